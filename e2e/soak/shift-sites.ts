/**
 * The demo on two sites (console on another site than Desktop Connect, as in production) and the
 * Chromium that drives it, as the shift soak and its growth probe (e2e/bench/shift-probe.ts) both
 * start them. The omni-mfe build is the shipped one, or a deliberate break's (bench-options.ts).
 */
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { omniBuild } from '../bench/bench-options';
import { latencySites } from '../bench/demo-harness';
import { serveStaticSite } from '../servers/static-site';

export interface ShiftSites {
  readonly servers: Server[];
  readonly chrome: Browser;
  close(): Promise<void>;
}

export async function startShiftSites(): Promise<ShiftSites> {
  const servers: Server[] = [
    await serveStaticSite({
      name: 'mfe',
      roots: [omniBuild(), resolve(omniBuild(), 'en')],
      port: 4201,
      noCache: /^remoteEntry\.js$/,
    }),
  ];
  for (const site of latencySites())
    servers.push(await serveStaticSite(site, site.name === 'console' ? 'localhost' : '127.0.0.1'));
  const chrome = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  return {
    servers,
    chrome,
    close: async () => {
      await chrome.close();
      servers.forEach((s) => s.close());
    },
  };
}

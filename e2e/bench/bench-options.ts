/**
 * What one `npm run bench` measures: every family, or those in OMNI_BENCH_ONLY (P1, P2, P3, P4,
 * P5, S, W, comma-separated); against the shipped omni-mfe, or against one deliberate break
 * (OMNI_BENCH_BREAK, e2e/bench/breaks) served in its place and switched on in every page.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { BREAKS } from './breaks/break-names';

export const FAMILIES = ['P2', 'P3', 'P4', 'S', 'W', 'P1', 'P5'] as const;
export type Family = (typeof FAMILIES)[number];

const only = process.env['OMNI_BENCH_ONLY']?.split(',').map((f) => f.trim().toUpperCase()) ?? null;
if (only?.some((f) => !(FAMILIES as readonly string[]).includes(f)))
  throw new Error(`OMNI_BENCH_ONLY: families are ${FAMILIES.join(', ')}`);
export const ONLY = only as Family[] | null;
export const measures = (f: Family): boolean => !ONLY || ONLY.includes(f);

const breakName = process.env['OMNI_BENCH_BREAK'] || null;
if (breakName && !(BREAKS as readonly string[]).includes(breakName))
  throw new Error(`OMNI_BENCH_BREAK: the breaks are ${BREAKS.join(', ')}`);
export const BREAK = breakName;

const dist = resolve(__dirname, '../../dist');
/** The omni-mfe build the run serves: the break build when a break is on. */
export function omniBuild(): string {
  if (!BREAK) return resolve(dist, 'omni-mfe');
  const dir = resolve(dist, 'breaks/omni-mfe');
  if (!existsSync(resolve(dir, 'en/remoteEntry.js'))) throw new Error(`${dir} is not built: npm run build:breaks`);
  return dir;
}

/** The browser, every new page of it switched to the break before any script runs. */
export function withBreak(browser: Browser): Browser {
  if (!BREAK) return browser;
  const name = BREAK;
  const broken = Object.create(browser) as Browser;
  broken.newPage = async (options) => {
    const page = await browser.newPage(options);
    await page.addInitScript((n) => {
      (globalThis as { __omniDeliberateBreak?: string }).__omniDeliberateBreak = n;
    }, name);
    return page;
  };
  return broken;
}

/**
 * What `npm run size -- --check` holds the builds to: the ratchet (size-ratchet.ts), the fixed
 * budgets (size-budgets.ts), the builds it needs, and no deliberate break in a shipped file.
 */
import { join } from 'node:path';
import type { measureSizes } from './report-size';
import {
  LOCALE_SPREAD,
  OPEN_CTI_MAX_GZ,
  PAGE_JS_MAX_GZ,
  RELAY_JS_MAX_GZ,
  REMOTE_ENTRY_MAX_GZ,
  SOURCE_LOCALE,
} from './size-budgets';
import { ratchetProblems, readSizeAccepted, shippedBreaks, type SizeFigures } from './size-ratchet';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The figures the ratchet holds, in gzip bytes. */
export function ratchetFigures(m: ReturnType<typeof measureSizes>): SizeFigures {
  return {
    'omni-mfe initial JS': m.total.gzip,
    'remoteEntry.js': m.remoteEntry.gzip,
    'bridge page JS': m.bridge.gzip,
    ...(m.relay ? { 'Lightning relay JS': m.relay.gzip } : {}),
  };
}

export function checkProblems(m: ReturnType<typeof measureSizes>, root: string): string[] {
  const problems: string[] = ratchetProblems(ratchetFigures(m), readSizeAccepted());
  if (!m.ratio) problems.push('the floor app is not built (npm run build:measure)');
  if (!m.openCti) problems.push('omni-mfe without the Open CTI transport is not built (npm run build:measure)');
  else if (m.openCti.gzip > OPEN_CTI_MAX_GZ)
    problems.push(`the Open CTI transport costs ${kb(m.openCti.gzip)} gz of initial JS, past ${kb(OPEN_CTI_MAX_GZ)}`);
  for (const l of m.locales)
    if (Math.abs(l.spread) > LOCALE_SPREAD)
      problems.push(
        `the ${l.locale} build's initial JS is ${kb(l.total.gzip)} gz, ${(l.spread * 100).toFixed(2)} % off ${SOURCE_LOCALE}'s (at most ${LOCALE_SPREAD * 100} %)`,
      );
  if (m.remoteEntry.gzip > REMOTE_ENTRY_MAX_GZ)
    problems.push(`remoteEntry.js is ${kb(m.remoteEntry.gzip)} gz, past ${kb(REMOTE_ENTRY_MAX_GZ)}`);
  for (const [r, max] of [
    [m.bridge, PAGE_JS_MAX_GZ],
    [m.relay, RELAY_JS_MAX_GZ],
  ] as const)
    if (r && r.gzip > max) problems.push(`the ${r.file} is ${kb(r.gzip)} gz, past ${kb(max)}`);
  const shipped = ['omni-mfe', 'shell', 'bridge', 'relay'].map((d) => join(root, d));
  for (const f of shippedBreaks(shipped)) problems.push(`${f} carries a deliberate break (e2e/bench/breaks)`);
  return problems;
}

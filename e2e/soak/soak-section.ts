/**
 * The shift soak's section of docs/BENCHMARKS.md, between markers: written by `npm run soak`,
 * kept as it is by `npm run bench`, so that each holds only what its own last run measured.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = resolve(__dirname, '../../docs/BENCHMARKS.md');
export const SOAK_START = '<!-- soak: written by npm run soak -->';
export const SOAK_END = '<!-- /soak -->';

/** The soak section as it stands in docs/BENCHMARKS.md, or a placeholder saying none ran yet. */
export function currentSoakSection(): string {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const a = text.indexOf(SOAK_START);
  const b = text.indexOf(SOAK_END);
  return a >= 0 && b > a
    ? text.slice(a, b + SOAK_END.length)
    : `${SOAK_START}\n## Shift soak\n\nNot run yet: \`npm run soak\`.\n${SOAK_END}`;
}

/** `command`: what ran the shift, as the section names it (the whole soak, or the shift alone at full length). */
export function writeSoakSection(figures: string[], problems: string[], command = 'npm run soak'): void {
  const section = [
    SOAK_START,
    '## Shift soak',
    '',
    `Measured by \`${command}\` on ${new Date().toISOString().slice(0, 10)}: ${problems.length ? '**failed**' : 'passed'}.`,
    '',
    ...figures.map((f) => `- ${f}`),
    ...problems.map((p) => `- **problem:** ${p}`),
    SOAK_END,
  ].join('\n');
  const text = readFileSync(FILE, 'utf8');
  const old = currentSoakSection();
  writeFileSync(
    FILE,
    text.includes(SOAK_START) ? text.replace(old, () => section) : `${text.trimEnd()}\n\n${section}\n`,
  );
}

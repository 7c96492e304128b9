/**
 * Prints omni-mfe's production initial JS: remoteEntry.js plus the chunks that mounting loads,
 * raw and gzip. Angular's own `main` bundle is built too but never loaded by a shell (the shell
 * loads `./lifecycles` through remoteEntry.js), so it is listed apart and not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(__dirname, '../../dist/omni-mfe');
/** Measured in TOOLCHAIN.md on a minimal Angular + NgRx remote; issue 6 measures a floor app in the same run. */
const FLOOR_GZ_KB = 47;

interface Row {
  file: string;
  raw: number;
  gzip: number;
}

function measure(file: string): Row {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let files: string[];
try {
  files = readdirSync(dist).filter((f) => f.endsWith('.js'));
} catch {
  console.error(`${dist} is missing: run "npm run build:mfe" first.`);
  process.exit(1);
}
if (!files.includes('remoteEntry.js')) {
  console.error(`${dist} has no remoteEntry.js: the federation config did not run.`);
  process.exit(1);
}
const angularEntry = files.filter((f) => /^main\./.test(f));
const initial = files.filter((f) => !angularEntry.includes(f)).sort((a, b) => (a === 'remoteEntry.js' ? -1 : b === 'remoteEntry.js' ? 1 : a.localeCompare(b)));
const rows = initial.map(measure);
const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { file: 'total', raw: 0, gzip: 0 });

console.log('omni-mfe production initial JS (remoteEntry + what mount loads)');
for (const r of [...rows, total]) console.log(`  ${r.file.padEnd(28)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip`);
console.log(`  ratio to the ${FLOOR_GZ_KB} KB gz floor of TOOLCHAIN.md: ${(total.gzip / 1024 / FLOOR_GZ_KB).toFixed(2)}×`);
console.log(`  not loaded by shells: ${angularEntry.join(', ') || '(none)'}`);

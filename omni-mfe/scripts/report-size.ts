/**
 * Prints omni-mfe's production initial JS (remoteEntry.js plus the chunks mounting loads), raw
 * and gzip, against the floor app built in the same run (e2e/bench/floor-app). Angular's own
 * `main` bundle is built too but never loaded by a shell, so it is listed apart, not counted.
 * Every agent also loads the console bridge page's JS (dist/bridge) and, in Lightning, the
 * relay's (dist/relay, when it is built): each has a row and a budget of its own.
 *
 * omni-mfe is built once per locale (dist/omni-mfe/<locale>/, angular.json `i18n`): English is
 * the one measured against the floor; every other locale has a row of its own and must stay
 * within 1 % of English, since translation is done at build time and must cost nothing at run time.
 *
 * What the Lightning console's Open CTI transport costs every agent is measured, not estimated:
 * `npm run build:measure` also builds English omni-mfe with that transport left out
 * (angular.json's `without-open-cti`), and its row is the difference between the two builds.
 *
 * With --check it fails when omni-mfe grows past its budget (see docs/BENCHMARKS.md) or past its
 * last accepted size + 1 % (size-ratchet.ts), or when a shipped file carries a deliberate break;
 * `--accept [--reason "…"]` makes the current sizes the accepted ones; `--omni <dir>` measures
 * another omni-mfe build (the break build, dist/breaks/omni-mfe) in place of dist/omni-mfe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { reasonArg } from './accept-log';
import { LOCALE_SPREAD, OPEN_CTI_MAX_GZ, PAGE_JS_MAX_GZ, RELAY_JS_MAX_GZ, SOURCE_LOCALE } from './size-budgets';
import { checkProblems, ratchetFigures } from './size-check';
import { acceptSizes, ratchetGains, readSizeAccepted } from './size-ratchet';

interface Row {
  file: string;
  raw: number;
  gzip: number;
}

function initialJs(dir: string): { rows: Row[]; unused: string[] } {
  if (!existsSync(join(dir, 'remoteEntry.js')))
    throw new Error(`${dir} has no remoteEntry.js: run "npm run build" first.`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const unused = files.filter((f) => /^main\./.test(f));
  const rows = files
    .filter((f) => !unused.includes(f))
    .sort((a, b) => (a === 'remoteEntry.js' ? -1 : b === 'remoteEntry.js' ? 1 : a.localeCompare(b)))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      parses(join(dir, file), bytes.toString('utf8'));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  return { rows, unused };
}

/**
 * Each locale's files are rewritten after the build, when the translations are inlined; a
 * $localize nested in another's substitution once came out as JavaScript that does not parse.
 * Compiling (not running) every file catches that here rather than as a blank panel.
 */
function parses(file: string, code: string): void {
  try {
    new Script(code, { filename: file });
  } catch (err) {
    throw new Error(
      `${file} is not valid JavaScript (${(err as Error).message}): its translations were inlined wrongly.`,
    );
  }
}

/** All the JS a page folder serves (the bridge page, the relay), as one row; null when not built. */
function pageJs(dir: string, name: string): Row | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (!files.length) throw new Error(`${dir} has no JavaScript: run "npm run build" again.`);
  return files.reduce(
    (t, f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: name, raw: t.raw + bytes.length, gzip: t.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { file: name, raw: 0, gzip: 0 },
  );
}

const sum = (rows: Row[]) =>
  rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), {
    file: 'total',
    raw: 0,
    gzip: 0,
  });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const line = (r: Row) => `  ${r.file.padEnd(28)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip`;

/** The locales omni-mfe was built for: the folders of dist/omni-mfe that hold a remoteEntry.js. */
function builtLocales(dir: string): string[] {
  if (!existsSync(join(dir, SOURCE_LOCALE, 'remoteEntry.js')))
    throw new Error(`${join(dir, SOURCE_LOCALE)} has no remoteEntry.js: run "npm run build" first.`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'remoteEntry.js')))
    .map((e) => e.name)
    .sort((a, b) => (a === SOURCE_LOCALE ? -1 : b === SOURCE_LOCALE ? 1 : a.localeCompare(b)));
}

/** Measures both builds; returns the figures the benchmark report uses too. */
export function measureSizes(root = resolve(__dirname, '../../dist'), omniDir = join(root, 'omni-mfe')) {
  const locales = builtLocales(omniDir).map((locale) => ({
    locale,
    total: sum(initialJs(join(omniDir, locale)).rows),
  }));
  const omni = initialJs(join(omniDir, SOURCE_LOCALE));
  const floorDir = join(root, 'bench-floor');
  const floor = existsSync(floorDir) ? initialJs(floorDir) : null;
  const total = sum(omni.rows);
  const floorTotal = floor ? sum(floor.rows) : null;
  const bridge = pageJs(join(root, 'bridge'), 'bridge page JS');
  if (!bridge) throw new Error(`${join(root, 'bridge')} does not exist: run "npm run build" first.`);
  const relay = pageJs(join(root, 'relay'), 'Lightning relay JS');
  const withoutOpenCtiDir = join(root, 'measure', 'omni-mfe-without-open-cti', SOURCE_LOCALE);
  const withoutOpenCti = existsSync(withoutOpenCtiDir) ? sum(initialJs(withoutOpenCtiDir).rows) : null;
  return {
    omni,
    floor,
    total,
    floorTotal,
    remoteEntry: omni.rows[0],
    bridge,
    relay,
    /** Initial JS with the Open CTI transport less without it (null when that build is missing). */
    openCti: withoutOpenCti
      ? { file: 'Open CTI transport', raw: total.raw - withoutOpenCti.raw, gzip: total.gzip - withoutOpenCti.gzip }
      : null,
    ratio: floorTotal ? total.gzip / floorTotal.gzip : null,
    /** Each locale's total initial JS and its difference from English's (gzip, as a share). */
    locales: locales.map((l) => ({ ...l, spread: l.total.gzip / total.gzip - 1 })),
  };
}

if (require.main === module) {
  try {
    const root = resolve(__dirname, '../../dist');
    const omniAt = process.argv.indexOf('--omni');
    const m = measureSizes(root, omniAt > 0 ? resolve(process.argv[omniAt + 1]) : undefined);
    console.log(`omni-mfe production initial JS (remoteEntry + what mount loads), ${SOURCE_LOCALE}`);
    [...m.omni.rows, m.total].forEach((r) => console.log(line(r)));
    console.log(`  not loaded by shells: ${m.omni.unused.join(', ') || '(none)'}`);
    if (m.openCti)
      console.log(
        `of which (the build less the same build without it, budget ${kb(OPEN_CTI_MAX_GZ)} gz):\n${line(m.openCti)}`,
      );
    else console.log('  (no dist/measure: run "npm run build:measure" to see what the Open CTI transport costs)');
    console.log(`each locale's build (budget: within ${LOCALE_SPREAD * 100} % of ${SOURCE_LOCALE}, gzip):`);
    m.locales.forEach((l) =>
      console.log(`${line({ ...l.total, file: l.locale })} ${(l.spread * 100).toFixed(2).padStart(6)} %`),
    );
    console.log('in the console, next to it:');
    console.log(`${line(m.bridge)}  (budget ${kb(PAGE_JS_MAX_GZ)})`);
    if (m.relay) console.log(`${line(m.relay)}  (budget ${kb(RELAY_JS_MAX_GZ)})`);
    if (!m.relay) console.log('  (no dist/relay: the Lightning relay is not built)');
    if (m.floorTotal) {
      console.log(`floor app (zoneless Angular 21 + NgRx + single-spa-angular), same build:\n${line(m.floorTotal)}`);
      console.log(`  ratio omni-mfe / floor (gzip): ${m.ratio!.toFixed(2)}x (target 1.3x)`);
    }
    if (process.argv.includes('--accept')) {
      if (omniAt > 0) throw new Error('--accept takes the shipped build only, not --omni');
      if (!acceptSizes(ratchetFigures(m), reasonArg(process.argv))) process.exit(1);
    } else if (process.argv.includes('--check')) {
      const problems = checkProblems(m, root);
      if (problems.length) {
        console.error(`Size check failed: ${problems.join('; ')}. See docs/BENCHMARKS.md.`);
        process.exit(1);
      }
      const gains = ratchetGains(ratchetFigures(m), readSizeAccepted());
      if (gains.length)
        console.log(`Smaller than accepted (lock in with npm run size -- --accept): ${gains.join('; ')}`);
      console.log('Size check passed.');
    }
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}

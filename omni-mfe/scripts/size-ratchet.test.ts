import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { logMoves, raised } from './accept-log';
import { acceptSizes, ratchetGains, ratchetProblems, shippedBreaks } from './size-ratchet';

test('the ratchet allows 1 % past the accepted size and fails beyond, saying by how much', () => {
  assert.deepEqual(ratchetProblems({ js: 10_100 }, { js: 10_000 }), []);
  const [p] = ratchetProblems({ js: 10_200 }, { js: 10_000 });
  assert.match(p, /js is 10200 B gz, 200 B \(2\.0 %\) past its accepted 10000 B/);
});

test('a size with no accepted figure fails; a smaller one passes and is offered for acceptance', () => {
  assert.equal(ratchetProblems({ js: 1 }, {}).length, 1);
  assert.deepEqual(ratchetProblems({ js: 9_000 }, { js: 10_000 }), []);
  assert.deepEqual(ratchetGains({ js: 9_000 }, { js: 10_000 }), ['js 10000 → 9000 B gz']);
});

test('accepting: shrinking needs no reason, growing does, and the log names every move', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ratchet-'));
  const file = join(dir, 'accepted.json');
  writeFileSync(file, JSON.stringify({ js: 10_000 }));
  assert.equal(acceptSizes({ js: 10_500 }, null, file), false);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { js: 10_000 });
  assert.equal(raised([{ key: 'js', from: 10_000, to: 9_000, unit: 'B' }]).length, 0);
  const log = join(dir, 'log.md');
  writeFileSync(log, '# log\n\nIntro.\n\n## 2026-12-01\n\nolder\n');
  logMoves('sizes', [{ key: 'js', from: 10_000, to: 10_500, unit: 'B gz' }], 'the agent asked for X', log);
  const text = readFileSync(log, 'utf8');
  assert.match(text, /Reason: the agent asked for X\n\n- `js`: 10000 B gz → 10500 B gz/);
  assert.ok(text.indexOf('the agent asked for X') < text.indexOf('## 2026-12-01'), 'newest first');
});

test('a shipped file carrying a deliberate break is found', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'en', 'a.js'), 'var x=1;');
  writeFileSync(join(dir, 'en', 'b.js'), 'var y="OMNI_DELIBERATE_BREAK";');
  assert.deepEqual(shippedBreaks([dir, join(dir, 'missing')]), [join(dir, 'en', 'b.js')]);
});

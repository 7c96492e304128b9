import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { acceptOnly, judge, nextAccepted, type Figure, type RunRecord } from './guard';

const fig = (key: string, value: number, minMargin = 0): Figure => ({
  key,
  figure: `row ${key}`,
  value,
  unit: 'ms',
  minMargin,
});
const run = (...figures: Figure[]): RunRecord => ({ at: '', mode: 'quick', break: null, only: null, figures });

test('a row worse than accepted + margin is a regression naming the row and by how much', () => {
  const v = judge([fig('P1.p50', 23.1)], { 'P1.p50': { accepted: 3, margin: 1, unit: 'ms' } });
  assert.equal(v.regressions.length, 1);
  assert.match(
    v.regressions[0],
    /row P1\.p50 \[P1\.p50\]: 23\.10 ms against 3 ms accepted \(margin 1 ms\): 20\.10 ms worse/,
  );
});

test('within the margin passes; past it on the better side is an improvement', () => {
  const accepted = { a: { accepted: 10, margin: 2, unit: 'ms' }, b: { accepted: 10, margin: 2, unit: 'ms' } };
  const v = judge([fig('a', 11.9), fig('b', 7)], accepted);
  assert.deepEqual(v.regressions, []);
  assert.equal(v.improvements.length, 1);
  assert.match(v.improvements[0], /\[b\]/);
});

test('a count that must stay 0 fails at 1, and a figure not measured (NaN) fails', () => {
  const v = judge([fig('lost', 1), fig('settle', Number.NaN)], {
    lost: { accepted: 0, margin: 0, unit: '' },
    settle: { accepted: 2, margin: 0.5, unit: 'x' },
  });
  assert.equal(v.regressions.length, 2);
  assert.match(v.regressions[1], /not measured/);
});

test('a row with no accepted figure is listed, not failed', () => {
  const v = judge([fig('new', 5)], {});
  assert.deepEqual(v.regressions, []);
  assert.equal(v.unaccepted.length, 1);
});

test('noise runs: the median is accepted, the margin twice the furthest run above it, never below the least margin', () => {
  const runs = [
    run(fig('a', 3, 0.5), fig('b', 0, 0)),
    run(fig('a', 4, 0.5), fig('b', 0, 0)),
    run(fig('a', 3.5, 0.5), fig('b', 0, 0)),
  ];
  const next = nextAccepted(runs[2], runs, {});
  assert.deepEqual(next['a'], { accepted: 3.5, margin: 1, unit: 'ms' });
  assert.deepEqual(next['b'], { accepted: 0, margin: 0, unit: 'ms' });
});

test('without noise runs the last figure is accepted and the current margin kept', () => {
  const next = nextAccepted(run(fig('a', 2.5, 0.5)), [], { a: { accepted: 3, margin: 1.2, unit: 'ms' } });
  assert.deepEqual(next['a'], { accepted: 2.5, margin: 1.2, unit: 'ms' });
});

test('--keys moves only the named rows and keeps every other accepted figure', () => {
  const current = { a: { accepted: 1, margin: 0.5, unit: 'x' }, b: { accepted: 2, margin: 0.5, unit: 'x' } };
  const next = { a: { accepted: 9, margin: 0.5, unit: 'x' }, c: { accepted: 3, margin: 0.5, unit: 'x' } };
  assert.deepEqual(acceptOnly(next, current, ['c']), { ...current, c: next.c });
  assert.throws(() => acceptOnly(next, current, ['d']), /did not measure d/);
});

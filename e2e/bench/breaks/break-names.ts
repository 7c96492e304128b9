/**
 * The deliberate breaks (break-lifecycles.ts), by name, and the benchmark family and guarded row
 * each must fail: `npm run bench:breaks` checks that every one does.
 */
export const BREAKS = [
  'extra-js',
  'listener-leak',
  'idle-timer',
  'busy-status',
  'drop-work-item',
  'reconnect',
  'growing-timer',
] as const;
export type BreakName = (typeof BREAKS)[number];

export const CAUGHT_BY: Record<BreakName, { family: string; key: string; what: string }> = {
  'extra-js': { family: 'P2', key: 'P2.initial.gzip', what: '20 KB more initial JS' },
  'listener-leak': { family: 'P4', key: 'P4.left', what: 'a window listener leaked by every mount' },
  'idle-timer': { family: 'W', key: 'W.wakeups.perMinute', what: 'a timer waking every 100 ms while idle' },
  'busy-status': { family: 'P1', key: 'P1.toOmni.p50', what: 'a 20 ms busy loop on every DC status change' },
  'drop-work-item': { family: 'P5', key: 'P5.lost', what: 'one work-item event dropped in a burst' },
  reconnect: { family: 'P5', key: 'P5.reconnects', what: 'one extra reconnect during a burst' },
  // Caught by the shift soak's short form, not by a bench row: see break-test.ts.
  'growing-timer': { family: 'soak', key: 'idle wake-ups', what: 'one more 100 ms timer at every reconnect' },
};

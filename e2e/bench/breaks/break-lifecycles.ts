/**
 * Deliberate breaks, for `npm run bench:breaks` only: omni-mfe's shipped lifecycles wrapped from
 * outside, so that the benchmarks can be seen to catch each regression they are meant to catch.
 * Built by angular.json's `breaks` configuration into dist/breaks (never into dist/omni-mfe: the
 * size check fails when the marker below is found in a shipped file). One build holds every
 * break; the bench picks one per page by setting `__omniDeliberateBreak` before any script runs.
 */
import type { AppProps } from 'single-spa';
import * as shipped from '../../../omni-mfe/src/main.single-spa';
import { EXTRA_INITIAL_JS } from './extra-initial-js';
import { afterBurstItems } from './burst-trigger';

type Props = AppProps & {
  domElement?: HTMLElement;
  dcSession$?: { subscribe(o: { next(v: unknown): void }): { unsubscribe(): void } };
};
type Lifecycle = (props: Props) => Promise<unknown>;

const active = (): string => (globalThis as { __omniDeliberateBreak?: string }).__omniDeliberateBreak ?? '';
const timers = new Set<ReturnType<typeof setInterval>>();

/** 20 ms of the main thread, as a slow handler of a DC status change would take. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* the break: spin */
  }
}

/** The shell's DC session, each change delivered 20 ms late by a busy main thread. */
function slowed(props: Props): Props {
  const source = props.dcSession$;
  if (!source) return props;
  return {
    ...props,
    dcSession$: {
      subscribe: (o) => source.subscribe({ next: (v) => (busy(20), o.next(v)) }),
    },
  };
}

function breakMount(props: Props): Props {
  switch (active()) {
    case 'extra-js':
      // Reading the string keeps it in the initial chunk: 20 KB that loading omni-mfe must fetch.
      (globalThis as { __omniExtraJs?: number }).__omniExtraJs = EXTRA_INITIAL_JS.length;
      return props;
    case 'listener-leak':
      window.addEventListener('resize', () => undefined);
      return props;
    case 'idle-timer':
      timers.add(setInterval(() => undefined, 100));
      return props;
    case 'busy-status':
      return slowed(props);
    case 'drop-work-item':
      afterBurstItems(50, 'drop');
      return props;
    case 'reconnect':
      afterBurstItems(50, 'reload-bridge');
      return props;
    case 'growing-timer':
      growingTimer();
      return props;
    default:
      return props;
  }
}

/**
 * Background work that grows over a shift: every bridge that says hello (each reconnect) starts
 * one more timer that wakes every 100 ms and works 0.5 ms, never stopped. Installed once a page.
 */
function growingTimer(): void {
  const w = globalThis as { __omniGrowingTimer?: boolean };
  if (w.__omniGrowingTimer) return;
  w.__omniGrowingTimer = true;
  window.addEventListener('message', (e: MessageEvent) => {
    if ((e.data as { kind?: unknown } | null)?.kind === 'hello') setInterval(() => busy(0.5), 100);
  });
}

const run = (l: Lifecycle | readonly Lifecycle[], props: Props): Promise<unknown> =>
  Array.isArray(l)
    ? (l as readonly Lifecycle[]).reduce<Promise<unknown>>((p, f) => p.then(() => f(props)), Promise.resolve())
    : (l as Lifecycle)(props);

export const bootstrap = shipped.bootstrap;
export const mount = (props: Props) => run(shipped.mount as Lifecycle, breakMount(props));
export const unmount = async (props: Props) => {
  timers.forEach((t) => clearInterval(t));
  timers.clear();
  await run(shipped.unmount as unknown as Lifecycle[], props);
};

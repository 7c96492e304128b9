/** The prose of docs/BENCHMARKS.md around the table the run measured. */
import { COLD_MOUNTS, CYCLES, MOUNTS } from './host-figures';

export function report(table: string, machine: string): string {
  return `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${machine}. Production builds;
Playwright drives Debian's Chromium. Every figure stands next to a baseline measured in the same
run, because these machines are shared and noisy: read the ratios, not the milliseconds.

${table}

Baselines: the floor app (\`e2e/bench/floor-app\`) is the least a zoneless Angular 21 + NgRx +
single-spa-angular remote can be, built by the same federation config in the same run. P3 and
P4 mount each remote directly through its \`./lifecycles\` on a bare host page (no shell, no
single-spa): P3 times the first mount in ${COLD_MOUNTS} fresh pages (what an agent's desktop does once a
shift) and ${MOUNTS} later mounts in one page after 3 warm-ups; P4 runs ${CYCLES} mount/unmount cycles,
forces garbage collection through the DevTools protocol, reads the JS heap, splits a heap
snapshot (\`e2e/bench/heap-split.ts\`) and counts listeners with
\`DOMDebugger.getEventListeners\`.

P1 and P5 run the whole demo (simulated console → Desktop Connect → omni-mfe → bridge page)
with the console on \`localhost\` and the shell on \`127.0.0.1\`, so that Chromium puts the
frames in separate processes as production does; the raw baseline is a MessagePort round trip
from the Desktop Connect frame to an echo page on the console's origin, over the same hops.
Times are taken in the frames themselves (\`performance.timeOrigin + performance.now()\`). DC →
Omni ends when omni-mfe has the console's answer to its write, a round trip like the baseline;
each change starts once the last is confirmed (the sync writes Omni in order, so changes fired
back to back would time a queue).

## Reproduce

\`\`\`
npm ci && npm run bench
\`\`\`

## What was found and fixed

- **The sync log cost 8 ms a change.** A CPU profile of the Desktop Connect frame during P1
  showed one function taking half its time: the "Sync details" list formatted the time of each
  of its 50 rows with \`toLocaleTimeString\`, which builds a date format every call, on every
  sync change. Each line is now formatted once (one shared \`Intl.DateTimeFormat\`, rows tracked
  by entry). DC → Omni confirmed went from p50 6 / p99 40 ms to p50 2 / p99 7–8 ms, and P5's
  "one more item" stopped swinging between 3 and 22 ms.
- **The reason-code dialog is the platform's \`<dialog>\`.** The Angular CDK dialog with its
  overlay, portal and focus trap was 21 KB gz of 93 KB (2.03x the floor). Loaded lazily it was
  worse, 2.95x: once a lazy chunk shares Angular's core, webpack can no longer concatenate core
  into omni-mfe's chunk ("referenced from different chunks") and the minifier keeps most of it.
  The modal \`<dialog>\` gives what the CDK gave (the page behind inert, Escape, top layer,
  focus back to the Decline button; \`closedby="any"\` for a click outside) for 1.69x. One
  thing it does not: it makes only its own document inert, and Desktop Connect is a frame in
  the console, so Tab past the last button walked out into the console. The dialog wraps Tab at
  its edges itself (a dozen lines; the CDK's focus trap would cost 3.8 KB gz).
- **Angular features used once cost kilobytes.** Attributing the chunk to Angular's sources
  against the floor's showed machinery that a single use pulls in: a view query (\`viewChild\`
  or \`@ViewChild\`, 2.8 KB gz), \`afterRenderEffect\` (1.2 KB), \`linkedSignal\` (0.4 KB) and
  class bindings (\`[class.x]\`, \`[class]\`: 2.3 KB for six bindings). The dialog finds its
  element in its own host and opens from an \`effect\`; state classes are \`data-\` attributes
  styled by attribute selectors. 1.69x → 1.54x (1.55x with the Tab wrap above). Keep to this
  when adding components: the size check in \`npm test\` stops at 1.65x.
- **P1 timed a queue.** DC → Omni used to fire the next change as soon as the console saw the
  last one, before omni-mfe had its answer; the sync writes Omni in order, so the next write
  waited: a few ms of the old p99 was that wait, not the path. Omni → DC no longer polls the
  header every frame while it waits (the polling drew frames of its own in the frame measured).

## Where a target is missed, and what it would take

- **P2 size (1.56x, target 1.3x; 1.55x before the panel learnt to keep the keyboard's
  place).** 1.3x leaves about 14 KB gz beyond the floor for everything omni-mfe is.
  Attributed through source-mapped builds of both: omni-mfe's own code (bridge connection,
  sync core, four store slices and their effects, seven components) is 16 KB gz on its own; the parts of Angular's core it uses beyond the floor's one button (\`@for\` and
  \`@if\` containers, listeners, bindings) 4 KB; valibot 3 KB; NgRx entity 2 KB. Reaching 1.3x
  would take dropping valibot and NgRx entity (both asked for by the architecture) *and* part of
  the product's own code, or sharing Angular with the shell (\`OMNI_SHARE_ANGULAR=1\`, worth it
  only when the shell hosts several Angular remotes). \`npm test\` fails past 1.65x or when
  remoteEntry.js passes 8 KB gz (\`npm run size -- --check\`).
- **P3 mount time.** The first mount in a fresh page is what an agent waits for, once a shift:
  1.7x–2.9x the floor across runs, in step with the code size (V8 compiles what mounting runs).
  Later mounts in the same page are 3x–5x a floor that mounts in half a millisecond: omni-mfe
  creates four store slices and starts twelve effects (about a third of a warm mount's profile,
  most of it NgRx's effect plumbing) and renders seven components where the floor renders one
  button (most of the rest). The bridge iframe already waits for the first render. Reaching 1.3x
  would take a first frame without the store and its effects, i.e. another architecture.
- **P4 heap (JS heap 1.12x, target 1.05x).** The page's own objects meet the target (1.04x to
  1.05x in runs here): JS objects, closures and arrays grow by about 60 over the first 200
  cycles and by none between cycles 300 and 500 (a warm-up, not a leak per cycle); no detached
  DOM; 0 listeners. What grows is V8's compiled code: hot functions get optimised as the cycles
  go on. The floor app shows the same, more so (JS heap 1.47x, its objects 1.00x). A heap
  snapshot diff between cycles 300 and 500 finds only code. The target as written would need
  V8 to stop optimising.
- **P1 latency (p99 5x–20x the quiet raw round trip across runs, target 3x).** The medians are a few
  times the raw trip and everything is far under Amazon's 100 ms between updates. The tail is
  delivery into frames busy drawing the change that was just made: the same raw round trip
  taken right after each confirmed change (its own row) has a p99 of 4–6 ms across runs, close
  to the whole path's 5–8 ms. Inside omni-mfe, port handler to header, p99 is 2–4 ms. Meeting 3x of a
  quiet raw trip would need frames that do not render the change, which an agent needs to see.
`;
}

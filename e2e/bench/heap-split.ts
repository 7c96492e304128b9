/**
 * P4's second look at the heap: a V8 heap snapshot split into what V8 keeps for itself
 * (compiled code, hidden classes, its `system / …` internals) and the page's own objects
 * (JS objects, closures, arrays, strings, DOM and other native objects). After a few hundred
 * mount/unmount cycles V8 has optimised more functions, so its code grows while nothing of
 * the app's is retained; only the second part can show a leak.
 *
 * V8 also keeps plain JS objects of its own: the boilerplate of an object or array literal,
 * made once per literal when the function holding it has run often enough to be given feedback
 * (held by an `AllocationSite` in the function's feedback vector; the app never sees them, it
 * gets copies). They appear over the first few dozen cycles as more of the bundle warms up, then
 * stop, and say nothing of a leak, so `objects` leaves out what only allocation sites hold.
 */
import type { CDPSession } from '@playwright/test';

export interface HeapSplit {
  /** Bytes of every node in the snapshot. */
  readonly total: number;
  /** Bytes V8 keeps for itself. */
  readonly v8: number;
  /** Bytes of the page's objects. */
  readonly page: number;
  /** How many JS objects, closures and arrays the page holds (without V8's literal boilerplates). */
  readonly objects: number;
  /** JS objects and arrays only V8's allocation sites hold: literal boilerplates. */
  readonly boilerplates: number;
  /** DOM nodes no longer in a document but still held. */
  readonly detachedDom: number;
}

export interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Takes a heap snapshot (V8 collects garbage first). */
export async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join('')) as Snapshot;
}

/** Takes a heap snapshot and splits it. */
export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  return split(await takeSnapshot(cdp));
}

const V8_TYPES = new Set(['code', 'object shape', 'hidden', 'synthetic']);
const OBJECT_TYPES = new Set(['object', 'closure', 'array']);
const ALLOCATION_SITE = 'system / AllocationSite';

/**
 * Marks the nodes held only through allocation sites: first every node reachable from the root
 * without leaving an allocation site, then what the sites reach beyond those.
 */
function onlyThroughSites(s: Snapshot): Uint8Array {
  const nf = s.snapshot.meta.node_fields;
  const ef = s.snapshot.meta.edge_fields;
  const [N, E] = [nf.length, ef.length];
  const [nameAt, countAt] = ['name', 'edge_count'].map((f) => nf.indexOf(f));
  const toAt = ef.indexOf('to_node');
  const count = s.nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) firstEdge[n + 1] = firstEdge[n] + s.nodes[n * N + countAt] * E;
  const isSite = (n: number) => s.strings[s.nodes[n * N + nameAt]] === ALLOCATION_SITE;
  // 0: not reached yet; 1: reached without an allocation site; 2: reached only through one.
  const mark = new Uint8Array(count);
  const walk = (starts: number[], as: 1 | 2, stopAtSites: boolean) => {
    const queue: number[] = [];
    const reach = (n: number) => {
      if (mark[n]) return;
      mark[n] = as;
      queue.push(n);
    };
    starts.forEach(reach);
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q];
      if (stopAtSites && isSite(n)) continue;
      for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += E) reach(s.edges[e + toAt] / N);
    }
  };
  walk([0], 1, true);
  const sites: number[] = [];
  for (let n = 0; n < count; n++) if (isSite(n) && mark[n] === 1) sites.push(n);
  const beyond: number[] = [];
  for (const site of sites)
    for (let e = firstEdge[site]; e < firstEdge[site + 1]; e += E) beyond.push(s.edges[e + toAt] / N);
  walk(beyond, 2, false);
  return mark;
}

export function split(s: Snapshot): HeapSplit {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  let total = 0;
  let v8 = 0;
  let objects = 0;
  let boilerplates = 0;
  let detachedDom = 0;
  const mark = onlyThroughSites(s);
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const type = types[s.nodes[i + typeAt]];
    const name = s.strings[s.nodes[i + nameAt]];
    const size = s.nodes[i + sizeAt];
    total += size;
    if (V8_TYPES.has(type) || (type === 'native' && name.startsWith('system / '))) v8 += size;
    else if (OBJECT_TYPES.has(type)) {
      if (mark[i / fields.length] === 2) boilerplates++;
      else objects++;
    }
    if (type === 'native' && name.startsWith('Detached ')) detachedDom++;
  }
  return { total, v8, page: total - v8, objects, boilerplates, detachedDom };
}

/**
 * P4's second look at the heap: a V8 heap snapshot split into what V8 keeps for itself
 * (compiled code, hidden classes, its `system / …` internals) and the page's own objects
 * (JS objects, closures, arrays, strings, DOM and other native objects). After a few hundred
 * mount/unmount cycles V8 has optimised more functions, so its code grows while nothing of
 * the app's is retained; only the second part can show a leak.
 */
import type { CDPSession } from '@playwright/test';

export interface HeapSplit {
  /** Bytes of every node in the snapshot. */
  readonly total: number;
  /** Bytes V8 keeps for itself. */
  readonly v8: number;
  /** Bytes of the page's objects. */
  readonly page: number;
  /** How many JS objects, closures and arrays the page holds. */
  readonly objects: number;
  /** DOM nodes no longer in a document but still held. */
  readonly detachedDom: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Takes a heap snapshot (V8 collects garbage first) and splits it. */
export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return split(JSON.parse(chunks.join('')) as Snapshot);
}

const V8_TYPES = new Set(['code', 'object shape', 'hidden', 'synthetic']);
const OBJECT_TYPES = new Set(['object', 'closure', 'array']);

export function split(s: Snapshot): HeapSplit {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  let total = 0;
  let v8 = 0;
  let objects = 0;
  let detachedDom = 0;
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const type = types[s.nodes[i + typeAt]];
    const name = s.strings[s.nodes[i + nameAt]];
    const size = s.nodes[i + sizeAt];
    total += size;
    if (V8_TYPES.has(type) || (type === 'native' && name.startsWith('system / '))) v8 += size;
    else if (OBJECT_TYPES.has(type)) objects++;
    if (type === 'native' && name.startsWith('Detached ')) detachedDom++;
  }
  return { total, v8, page: total - v8, objects, detachedDom };
}

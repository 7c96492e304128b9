/**
 * Reads what a run of cycles left behind, from heap snapshots taken in the bench host frame
 * (for e2e/bench/retained-diff.ts): the objects made between two snapshots and still alive in a
 * third, grouped by constructor, with the shortest strong path from the GC roots to each.
 */
import type { Snapshot } from './heap-split';

const OBJECT_TYPES = new Set(['object', 'closure', 'array']);

/** The ids of every node: V8 keeps an object's id from one snapshot to the next. */
export function nodeIds(s: Snapshot): Set<number> {
  const f = s.snapshot.meta.node_fields;
  const idAt = f.indexOf('id');
  const out = new Set<number>();
  for (let i = 0; i < s.nodes.length; i += f.length) out.add(s.nodes[i + idAt]);
  return out;
}

/**
 * The objects of `s` absent from `before` and present in `later`, by constructor, each group with
 * two retainer paths. A group is tagged when its path runs through one of V8's allocation sites
 * (a literal's boilerplate), with the function whose feedback vector holds that site.
 */
export function survivors(s: Snapshot, before: Set<number>, later: Set<number>): string[] {
  const nf = s.snapshot.meta.node_fields;
  const ef = s.snapshot.meta.edge_fields;
  const ntypes = s.snapshot.meta.node_types[0];
  const etypes = s.snapshot.meta.edge_types[0] as string[];
  const [N, E] = [nf.length, ef.length];
  const [typeAt, nameAt, idAt, countAt] = ['type', 'name', 'id', 'edge_count'].map((x) => nf.indexOf(x));
  const [etAt, enAt, toAt] = ['type', 'name_or_index', 'to_node'].map((x) => ef.indexOf(x));
  const count = s.nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) firstEdge[n + 1] = firstEdge[n] + s.nodes[n * N + countAt] * E;
  const name = (n: number) => s.strings[s.nodes[n * N + nameAt]];
  const label = (n: number) => `${ntypes[s.nodes[n * N + typeAt]]}:${name(n).slice(0, 60)}`;
  // Breadth first from the root over strong edges: each node's parent, the edge's label, and
  // which closure's feedback cell each cell is (to name the function a feedback vector serves).
  const parent = new Int32Array(count).fill(-1);
  const via: string[] = new Array<string>(count);
  const closureOfCell = new Map<number, number>();
  parent[0] = 0;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q];
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += E) {
      const et = etypes[s.edges[e + etAt]];
      const to = s.edges[e + toAt] / N;
      const edge = s.edges[e + enAt];
      if (et === 'internal' && s.strings[edge] === 'feedback_cell') closureOfCell.set(to, n);
      if (et === 'weak' || et === 'shortcut' || parent[to] !== -1) continue;
      parent[to] = n;
      via[to] = et === 'element' || et === 'hidden' ? `[${edge}]` : `.${s.strings[edge]}`;
      queue.push(to);
    }
  }
  const path = (n: number) => {
    const parts: string[] = [];
    for (let m = n, k = 0; m !== 0 && k < 25; m = parent[m], k++) parts.unshift(`${via[m]} → ${label(m)}`);
    return parts.join('\n      ');
  };
  const site = (n: number) => {
    let m = n;
    while (m > 0 && name(m) !== 'system / AllocationSite') m = parent[m];
    if (m <= 0) return '';
    const closure = closureOfCell.get(parent[parent[m]]);
    return ` [V8 literal boilerplate, site in ${closure === undefined ? 'a function not found' : label(closure)}]`;
  };
  const groups = new Map<string, number[]>();
  for (let n = 0; n < count; n++) {
    const id = s.nodes[n * N + idAt];
    if (!OBJECT_TYPES.has(ntypes[s.nodes[n * N + typeAt]]) || before.has(id) || !later.has(id)) continue;
    const key = label(n) + (parent[n] === -1 ? ' [not reached from the roots]' : site(n));
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const lines: string[] = [];
  for (const [key, ns] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`${String(ns.length).padStart(5)}  ${key}`);
    for (const n of ns.slice(0, 2)) if (parent[n] !== -1) lines.push(`      ${path(n)}\n`);
  }
  return lines;
}

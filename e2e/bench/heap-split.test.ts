import assert from 'node:assert/strict';
import { test } from 'node:test';
import { split, type Snapshot } from './heap-split';

type Node = { type: string; name: string; size?: number; to?: number[] };

/** A V8 heap snapshot in its wire format, from a list of nodes and their strong edges. */
function snapshot(nodes: Node[]): Snapshot {
  const nodeTypes = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic'];
  const strings: string[] = [];
  const str = (x: string) => (strings.includes(x) ? strings.indexOf(x) : strings.push(x) - 1);
  const fields = ['type', 'name', 'id', 'self_size', 'edge_count'];
  return {
    snapshot: {
      meta: {
        node_fields: fields,
        node_types: [nodeTypes],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak']],
      },
    },
    nodes: nodes.flatMap((n, i) => [
      nodeTypes.indexOf(n.type),
      str(n.name),
      i * 2 + 1,
      n.size ?? 10,
      n.to?.length ?? 0,
    ]),
    edges: nodes.flatMap((n) => (n.to ?? []).flatMap((to, k) => [1, k, to * fields.length])),
    strings,
  };
}

// 0 root → 1 window → 2 the app's state → 3 its array; the window's 4 function holds 5 its
// feedback vector → 6 an allocation site → 7 a literal's boilerplate → 8 its nested array.
const withBoilerplate: Node[] = [
  { type: 'synthetic', name: '', to: [1] },
  { type: 'object', name: 'Window', to: [2, 4] },
  { type: 'object', name: 'Object', to: [3] },
  { type: 'array', name: '(object elements)' },
  { type: 'closure', name: 'handler', to: [5] },
  { type: 'code', name: 'system / FeedbackVector', to: [6] },
  { type: 'code', name: 'system / AllocationSite', to: [7] },
  { type: 'object', name: 'Object', to: [8] },
  { type: 'array', name: '(object elements)' },
];

test("V8's literal boilerplates are counted apart from the page's objects", () => {
  const s = split(snapshot(withBoilerplate));
  assert.equal(s.objects, 4);
  assert.equal(s.boilerplates, 2);
});

test('an object the page holds counts as the page’s, even when an allocation site holds it too', () => {
  const nodes = withBoilerplate.map((n, i) => (i === 2 ? { ...n, to: [3, 7] } : n));
  const s = split(snapshot(nodes));
  assert.equal(s.objects, 6);
  assert.equal(s.boilerplates, 0);
});

test("an app object that grows one per cycle still shows, while V8's boilerplates do not", () => {
  const cycle = (n: number): Node[] => [
    ...withBoilerplate.map((node, i) =>
      i === 2 ? { ...node, to: [3, ...Array.from({ length: n }, (_, k) => 9 + k)] } : node,
    ),
    ...Array.from({ length: n }, () => ({ type: 'closure', name: 'retained' })),
  ];
  assert.equal(split(snapshot(cycle(3))).objects - split(snapshot(cycle(1))).objects, 2);
});

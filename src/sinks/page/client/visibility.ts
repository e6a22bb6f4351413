/**
 * What the page draws, from every control at once: the legend's ticks (entity and relation types),
 * the time range (articles in it), "in at least N articles", the co-mention layer, and whether
 * entities with nothing drawn to them are shown. Pure, on flat arrays, so a click costs a few
 * milliseconds at 20,000 entities and the rule can be tested in Node. Example: with Person unticked,
 * a MET between two persons is hidden, and (isolated entities hidden) a country whose only fact was
 * that person's visit is hidden too, and counted in `unlinked`.
 */
import type { PageData } from '../types.js';
import { graphIndex, type GraphIndex } from './ends.js';

export interface VisibilityIndex {
  nodeTypes: string[];
  edgeTypes: string[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Documents of node i: nodeDocs[nodeDocStart[i] .. nodeDocStart[i + 1]). */
  nodeDocStart: Int32Array;
  nodeDocs: Int32Array;
  /** Documents of the evidence of edge e, likewise. */
  edgeDocStart: Int32Array;
  edgeDocs: Int32Array;
  coSource: Int32Array;
  coTarget: Int32Array;
}

export interface VisibilityState {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Entities named in fewer articles (in the time range) are hidden. */
  minArticles: number;
  /** Documents in the time range (1) or not (0); undefined: every document. */
  documents?: Uint8Array;
  /** Draw the "mentioned together" layer. */
  coMentions: boolean;
  /** Show entities with no relation (or co-mention, when that layer is drawn) in view. */
  isolated: boolean;
  /** Node indexes shown whatever the filters say (the selection). */
  forced?: readonly number[];
}

export interface Visibility {
  nodes: Uint8Array;
  edges: Uint8Array;
  co: Uint8Array;
  /** Entities that pass the filters with nothing drawn linking them (hidden unless `isolated`). */
  unlinked: number;
  counts: { nodes: number; edges: number; co: number };
}

/** Lists of numbers as one flat array with start offsets (two passes: no intermediate arrays). */
function flatten<T>(items: readonly T[], size: (item: T) => number, fill: (item: T, out: Int32Array, at: number) => void): [Int32Array, Int32Array] {
  const start = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) start[i + 1] = start[i]! + size(items[i]!);
  const values = new Int32Array(start[items.length]!);
  for (let i = 0; i < items.length; i++) fill(items[i]!, values, start[i]!);
  return [start, values];
}

export function visibilityIndex(data: Pick<PageData, 'nodes' | 'edges' | 'coMentions'>, graph: GraphIndex = graphIndex(data)): VisibilityIndex {
  const [nodeDocStart, nodeDocs] = flatten(
    data.nodes,
    (n) => n.docs.length,
    (n, out, at) => n.docs.forEach(([d], k) => (out[at + k] = d)),
  );
  // An edge's evidence documents, repeats included (a document stating it twice is still in or out of range).
  const [edgeDocStart, edgeDocs] = flatten(
    data.edges,
    (e) => e.evidence.length,
    (e, out, at) => e.evidence.forEach((ev, k) => (out[at + k] = ev.doc)),
  );
  const pairs = data.coMentions.length / 4;
  return {
    nodeTypes: data.nodes.map((n) => n.type),
    edgeTypes: data.edges.map((e) => e.type),
    edgeSource: graph.source,
    edgeTarget: graph.target,
    nodeDocStart,
    nodeDocs,
    edgeDocStart,
    edgeDocs,
    coSource: Int32Array.from({ length: pairs }, (_, k) => data.coMentions[4 * k]!),
    coTarget: Int32Array.from({ length: pairs }, (_, k) => data.coMentions[4 * k + 1]!),
  };
}

export function computeVisibility(index: VisibilityIndex, state: VisibilityState): Visibility {
  const n = index.nodeTypes.length;
  const m = index.edgeTypes.length;
  const c = index.coSource.length;
  const docs = state.documents;
  // Entities that pass the type, time and article-count filters.
  const passes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!state.entities.has(index.nodeTypes[i]!)) continue;
    const [from, to] = [index.nodeDocStart[i]!, index.nodeDocStart[i + 1]!];
    // An entity known from no article (a hand-made graph) is not filtered by time.
    if (to === from) {
      passes[i] = state.minArticles <= 1 ? 1 : 0;
      continue;
    }
    let articles = to - from;
    if (docs) {
      articles = 0;
      for (let k = from; k < to; k++) articles += docs[index.nodeDocs[k]!]!;
    }
    if (articles >= Math.max(1, state.minArticles)) passes[i] = 1;
  }
  const edges = new Uint8Array(m);
  const linked = new Uint8Array(n);
  for (let e = 0; e < m; e++) {
    const [a, b] = [index.edgeSource[e]!, index.edgeTarget[e]!];
    if (!passes[a] || !passes[b] || !state.relations.has(index.edgeTypes[e]!)) continue;
    if (docs) {
      let inRange = index.edgeDocStart[e] === index.edgeDocStart[e + 1];
      for (let k = index.edgeDocStart[e]!; k < index.edgeDocStart[e + 1]! && !inRange; k++) inRange = docs[index.edgeDocs[k]!] === 1;
      if (!inRange) continue;
    }
    edges[e] = 1;
    linked[a] = linked[b] = 1;
  }
  const co = new Uint8Array(c);
  if (state.coMentions)
    for (let k = 0; k < c; k++) {
      const [a, b] = [index.coSource[k]!, index.coTarget[k]!];
      if (!passes[a] || !passes[b]) continue;
      co[k] = 1;
      linked[a] = linked[b] = 1;
    }
  const nodes = new Uint8Array(n);
  let unlinked = 0;
  let shownNodes = 0;
  for (let i = 0; i < n; i++) {
    if (!passes[i]) continue;
    if (!linked[i]) unlinked++;
    if (state.isolated || linked[i]) nodes[i] = 1;
  }
  for (const i of state.forced ?? []) if (i >= 0 && i < n) nodes[i] = 1;
  for (let i = 0; i < n; i++) shownNodes += nodes[i]!;
  let shownEdges = 0;
  for (let e = 0; e < m; e++) shownEdges += edges[e]!;
  let shownCo = 0;
  for (let k = 0; k < c; k++) shownCo += co[k]!;
  return { nodes, edges, co, unlinked, counts: { nodes: shownNodes, edges: shownEdges, co: shownCo } };
}

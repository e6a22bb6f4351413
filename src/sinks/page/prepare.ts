/**
 * Build-time preparation of the page, in Node: everything the browser would otherwise compute
 * (importance, communities, large-graph positions, evidence highlights) is done here, once, so the
 * page only draws. Pure: the same graph gives the same data.
 */
import type { KnowledgeGraph } from '../../graph/build.js';
import { detectCommunities } from '../../graph/communities.js';
import { importance as computeImportance } from '../../graph/importance.js';
import { strongestCoMentions } from '../../graph/co-mentions.js';
import { computePositions } from '../../graph/positions.js';
import { undirectedProjection } from '../../graph/projection.js';
import { evidenceMarks } from './marks.js';
import type { PageData, PageDocument, PageEdge, PageEvidence, PageNode } from './types.js';

export interface PrepareOptions {
  /** Above this many entities, positions are computed here instead of in the browser. */
  presetAbove?: number;
  seed?: number;
}

/** fCoSE in the browser stays well under a second up to a few hundred nodes. */
export const PRESET_ABOVE = 300;
const MIN_SIZE = 18;
const MAX_SIZE = 56;
/** The page keeps at most this many co-mentions per entity on average (the strongest). */
export const CO_MENTIONS_PER_ENTITY = 2;

/** Only http(s) addresses become links: a `javascript:` or `data:` URL in an input is never one. */
export function isWebAddress(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function preparePage(graph: KnowledgeGraph, options: PrepareOptions = {}): PageData {
  const { presetAbove = PRESET_ABOVE, seed = 1 } = options;
  const documents = Object.values(graph.getAttribute('documents') ?? {}).map((d): PageDocument => {
    const doc: PageDocument = { id: d.id };
    for (const k of ['title', 'date', 'source', 'path'] as const) if (d[k]) doc[k] = d[k];
    if (d.url && isWebAddress(d.url)) doc.url = d.url;
    return doc;
  });
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const indexOf = (id: string): number => {
    let i = docIndex.get(id);
    if (i === undefined) {
      // A mention of an article missing from the graph's document list still gets a row.
      i = documents.push({ id }) - 1;
      docIndex.set(id, i);
    }
    return i;
  };

  const network = undirectedProjection(graph);
  const importance = computeImportance(network);
  const communities = detectCommunities(network, seed);
  const layout = graph.order > presetAbove ? 'preset' : 'fcose';
  // Co-mentions the page keeps: a few per entity at most (the layer shows who is named together, it is not an index).
  const kept = strongestCoMentions(graph.getAttributes(), CO_MENTIONS_PER_ENTITY * graph.order).filter(([a, b]) => graph.hasNode(a) && graph.hasNode(b));
  // An entity named with others but in no fact is placed beside them (hidden at first, drawn with the
  // "mentioned together" layer), not in the block of entities with neither below the story.
  const satellites = new Map<string, string[]>();
  for (const [a, b] of kept)
    for (const [self, other] of [[a, b], [b, a]] as const)
      if (network.degree(self) === 0) satellites.set(self, [...(satellites.get(self) ?? []), other]);
  const isolatedOrder = graph
    .filterNodes((id) => network.degree(id) === 0)
    .sort((a, b) => graph.getNodeAttribute(b, 'documentIds').length - graph.getNodeAttribute(a, 'documentIds').length || (a < b ? -1 : 1));
  const positions = layout === 'preset' ? computePositions(network, { seed, communities: communities.of, isolatedOrder, satellites }) : undefined;

  const nodes = graph.mapNodes((id, a): PageNode => {
    const rank = importance.get(id) ?? 0;
    const mentionsPerDoc = new Map<number, number>();
    for (const d of a.documentIds) mentionsPerDoc.set(indexOf(d), 0);
    for (const m of a.mentions) {
      const i = indexOf(m.documentId);
      mentionsPerDoc.set(i, (mentionsPerDoc.get(i) ?? 0) + 1);
    }
    const node: PageNode = {
      id,
      name: a.name,
      type: a.type,
      aliases: a.aliases,
      size: Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(rank)),
      importance: Math.round(rank * 1e4) / 1e4,
      community: communities.of.get(id) ?? 0,
      docs: [...mentionsPerDoc],
    };
    const p = positions?.get(id);
    if (p) Object.assign(node, p);
    if (a.attributes && Object.keys(a.attributes).length) node.attributes = a.attributes;
    return node;
  });

  const edges = graph.mapEdges((id, a, source, target, sourceAttributes, targetAttributes): PageEdge => {
    const evidence = a.evidence.map((e): PageEvidence => {
      const item: PageEvidence = {
        doc: indexOf(e.documentId),
        text: e.text,
        marks: evidenceMarks(e, { source: sourceAttributes, target: targetAttributes }),
        confidence: e.confidence,
      };
      for (const k of ['date', 'modality', 'role', 'trigger'] as const) if (e[k]) item[k] = e[k] as never;
      return item;
    });
    const edge: PageEdge = { id, source, target, type: a.type, symmetric: a.symmetric, modality: a.modality, confidence: a.confidence, evidence };
    if (a.date) edge.date = a.date;
    if (a.role) edge.role = a.role;
    return edge;
  });

  const nodeIndex = new Map(graph.nodes().map((id, i) => [id, i]));
  const coMentions: number[] = [];
  for (const [a, b, sentences, articles] of kept) coMentions.push(nodeIndex.get(a)!, nodeIndex.get(b)!, sentences, articles);

  return {
    title: `Knowledge graph · ${documents.length.toLocaleString('en')} article${documents.length === 1 ? '' : 's'}`,
    layout,
    seed,
    documents,
    nodes,
    edges,
    communitySizes: communities.sizes,
    coMentions,
  };
}

/**
 * Merges per-article extractions into one graphology graph: one node per entity id (the same
 * entity across articles becomes one node), one edge per fact (source, type, target) carrying every
 * sentence that states it. Pure with respect to its inputs: the same extractions in the same order
 * give the same graph.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  SYMMETRIC_RELATIONS,
  type EdgeAttributes,
  type Evidence,
  type Extraction,
  type GraphAttributes,
  type NodeAttributes,
  type Relation,
} from '../model.js';

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes({ documents: {} });
  return graph;
}

export function buildGraph(extractions: Iterable<Extraction>): KnowledgeGraph {
  const graph = createGraph();
  for (const x of extractions) addExtraction(graph, x);
  return graph;
}

/**
 * Adds one article's extraction. An article already in the graph (same id, or same text under
 * another id) is skipped, so ingesting twice changes nothing. Returns false when skipped.
 */
export function addExtraction(graph: KnowledgeGraph, x: Extraction): boolean {
  const documents = graph.getAttribute('documents');
  if (documents[x.document.id] || Object.values(documents).some((d) => d.sha256 === x.document.sha256)) return false;
  graph.setAttribute('documents', { ...documents, [x.document.id]: x.document });

  for (const e of x.entities) {
    const mentions = e.mentions.map((m) => ({ documentId: x.document.id, start: m.start, end: m.end }));
    if (!graph.hasNode(e.id)) {
      const attrs: NodeAttributes = { type: e.type, name: e.name, aliases: [...e.aliases], mentions, documentIds: [x.document.id] };
      if (e.attributes) attrs.attributes = { ...e.attributes };
      graph.addNode(e.id, attrs);
      continue;
    }
    graph.updateNodeAttributes(e.id, (n) => {
      // Keep the fullest name seen; the others become aliases.
      const names = new Set([n.name, ...n.aliases, e.name, ...e.aliases]);
      const name = e.name.length > n.name.length ? e.name : n.name;
      names.delete(name);
      return {
        ...n,
        name,
        aliases: [...names].sort(),
        mentions: [...n.mentions, ...mentions],
        documentIds: [...n.documentIds, x.document.id],
        ...(e.attributes || n.attributes ? { attributes: { ...e.attributes, ...n.attributes } } : {}),
      };
    });
  }

  for (const r of x.relations) addRelation(graph, r);
  return true;
}

/** The edge key of a fact: symmetric facts are keyed with their ends in order. */
export function factKey(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

function addRelation(graph: KnowledgeGraph, r: Relation): void {
  if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || r.source === r.target) return;
  const symmetric = SYMMETRIC_RELATIONS.has(r.type);
  const [source, target] = symmetric && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
  const evidence: Evidence = { documentId: r.documentId, text: r.evidence, start: r.start, end: r.end, confidence: r.confidence };
  if (r.date) evidence.date = r.date;
  if (r.modality) evidence.modality = r.modality;
  if (r.role) evidence.role = r.role;
  if (r.trigger) evidence.trigger = r.trigger;

  const key = factKey(r.type, source, target);
  if (!graph.hasEdge(key)) {
    graph.addEdgeWithKey(key, source, target, summarise({ type: r.type, symmetric, evidence: [] }, evidence));
    return;
  }
  graph.updateEdgeAttributes(key, (a) => {
    const known = a.evidence.some((e) => e.documentId === evidence.documentId && e.start === evidence.start && e.end === evidence.end);
    return known ? a : summarise(a, evidence);
  });
}

/** Edge attributes with one more piece of evidence, and the summary fields derived from all of it. */
function summarise(a: Pick<EdgeAttributes, 'type' | 'symmetric' | 'evidence'>, added: Evidence): EdgeAttributes {
  const evidence = [...a.evidence, added];
  const dates = evidence.map((e) => e.date).filter((d): d is string => !!d).sort();
  const roles = [...new Set(evidence.map((e) => e.role).filter((r): r is string => !!r))];
  const out: EdgeAttributes = {
    type: a.type,
    symmetric: a.symmetric,
    evidence,
    confidence: Math.max(...evidence.map((e) => e.confidence)),
    modality: evidence.some((e) => !e.modality || e.modality === 'asserted') ? 'asserted' : (evidence[0]!.modality ?? 'asserted'),
  };
  if (dates[0]) out.date = dates[0];
  if (roles.length) out.role = roles.join('; ');
  return out;
}

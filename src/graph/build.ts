/**
 * Merges per-article extractions into one graphology graph: one node per entity id (the same
 * entity across articles becomes one node), one edge per fact (source, type, target) carrying every
 * sentence that states it. Pure with respect to its inputs: the same extractions in the same order
 * give the same graph.
 */
import { MultiDirectedGraph } from 'graphology';
import { articleCoMentions, mergeCoMentions } from './co-mentions.js';
import {
  SYMMETRIC_RELATIONS,
  type EdgeAttributes,
  type Evidence,
  type Extraction,
  type GraphAttributes,
  type Modality,
  type NodeAttributes,
  type Relation,
  type RelationType,
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
 *
 * Attributes are updated in place (arrays appended to, summaries updated incrementally), so adding
 * an article costs the size of that article, not of the graph: a corpus of 100,000 articles merges
 * in linear time.
 */
export function addExtraction(graph: KnowledgeGraph, x: Extraction): boolean {
  const documents = graph.getAttribute('documents');
  const hashes = documentHashes(graph, documents);
  if (documents[x.document.id] || hashes.has(x.document.sha256)) return false;
  documents[x.document.id] = x.document;
  hashes.add(x.document.sha256);
  graph.setAttribute('documents', documents);

  for (const e of x.entities) {
    const mentions = e.mentions.map((m) => ({ documentId: x.document.id, start: m.start, end: m.end }));
    if (!graph.hasNode(e.id)) {
      const attrs: NodeAttributes = { type: e.type, name: e.name, aliases: [...e.aliases], mentions, documentIds: [x.document.id] };
      if (e.attributes) attrs.attributes = { ...e.attributes };
      graph.addNode(e.id, attrs);
      continue;
    }
    const n = graph.getNodeAttributes(e.id);
    // Keep the fullest name seen; the others become aliases.
    const names = new Set([n.name, ...n.aliases, e.name, ...e.aliases]);
    const name = e.name.length > n.name.length ? e.name : n.name;
    names.delete(name);
    n.name = name;
    n.aliases = [...names].sort();
    for (const m of mentions) n.mentions.push(m);
    n.documentIds.push(x.document.id);
    if (e.attributes || n.attributes) n.attributes = { ...e.attributes, ...n.attributes };
  }

  for (const r of x.relations) addRelation(graph, r);
  // Entities named together are not facts: kept beside the graph's edges, not among them.
  const together = articleCoMentions(x);
  if (together.size) graph.setAttribute('coMentions', mergeCoMentions(graph.getAttribute('coMentions') ?? {}, together));
  return true;
}

/**
 * The texts' hashes of the graph's documents, kept beside the graph so the duplicate check does not
 * scan every document. Built on first use from the documents attribute (e.g. after an import).
 */
const hashesByGraph = new WeakMap<KnowledgeGraph, Set<string>>();

function documentHashes(graph: KnowledgeGraph, documents: GraphAttributes['documents']): Set<string> {
  let hashes = hashesByGraph.get(graph);
  if (!hashes) {
    hashes = new Set(Object.values(documents).map((d) => d.sha256));
    hashesByGraph.set(graph, hashes);
  }
  return hashes;
}

/** The edge key of a fact: symmetric facts are keyed with their ends in order. */
export function factKey(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

function addRelation(graph: KnowledgeGraph, r: Relation): void {
  const evidence: Evidence = { documentId: r.documentId, text: r.evidence, start: r.start, end: r.end, confidence: r.confidence };
  if (r.date) evidence.date = r.date;
  if (r.modality) evidence.modality = r.modality;
  if (r.role) evidence.role = r.role;
  if (r.trigger) evidence.trigger = r.trigger;
  addEvidence(graph, r.type, r.source, r.target, evidence);
}

/** Adds one piece of evidence for the fact (type, source, target): a new edge, or one more sentence on it. */
export function addEvidence(graph: KnowledgeGraph, type: RelationType, from: string, to: string, evidence: Evidence): void {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return;
  const symmetric = SYMMETRIC_RELATIONS.has(type);
  const [source, target] = symmetric && to < from ? [to, from] : [from, to];
  const key = factKey(type, source, target);
  if (!graph.hasEdge(key)) {
    graph.addEdgeWithKey(key, source, target, summarise({ type, symmetric, evidence: [] }, evidence));
    return;
  }
  const a = graph.getEdgeAttributes(key);
  // The same sentence can only repeat within this document, whose evidence is at the end of the list.
  for (let i = a.evidence.length - 1; i >= 0 && a.evidence[i]!.documentId === evidence.documentId; i--) {
    const e = a.evidence[i]!;
    if (e.start === evidence.start && e.end === evidence.end) return;
  }
  graph.replaceEdgeAttributes(key, summarise(a, evidence));
}

/**
 * Edge attributes with one more piece of evidence (appended to the same list), and the summary
 * fields updated from the previous summary rather than recomputed over every piece of evidence.
 */
function summarise(a: Pick<EdgeAttributes, 'type' | 'symmetric' | 'evidence'> & Partial<EdgeAttributes>, added: Evidence): EdgeAttributes {
  const first = a.evidence.length === 0;
  a.evidence.push(added);
  const asserted = (m: Modality | undefined) => !m || m === 'asserted';
  const roles = a.role ? a.role.split('; ') : [];
  if (added.role && !roles.includes(added.role)) roles.push(added.role);
  const date = [a.date, added.date].filter((d): d is string => !!d).sort()[0];
  const out: EdgeAttributes = {
    type: a.type,
    symmetric: a.symmetric,
    evidence: a.evidence,
    confidence: first ? added.confidence : Math.max(a.confidence!, added.confidence),
    // `asserted` if any evidence asserts it, else the first evidence's modality.
    modality: (first ? asserted(added.modality) : a.modality === 'asserted' || asserted(added.modality)) ? 'asserted' : (a.evidence[0]!.modality ?? 'asserted'),
  };
  if (date) out.date = date;
  if (roles.length) out.role = roles.join('; ');
  return out;
}

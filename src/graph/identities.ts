/**
 * Applies a run's resolved identities (src/resolve) to a graph built from per-article ids: the nodes
 * of one entity become one node under its resolved id, with its canonical name, every alias, all
 * mentions and articles; their edges move with them (facts stated about 'person:biden' and
 * 'person:joe-biden' become one edge with all the evidence). Per-article exceptions move only that
 * article's mentions and evidence.
 *   mergeIdentities(graph, { ids: { 'person:biden': 'person:joe-biden' }, entities: { … } })
 * Works in place and touches only the nodes that change and their edges.
 */
import type { EdgeAttributes, IdentityMap, NodeAttributes } from '../model.js';
import { addEvidence, type KnowledgeGraph } from './build.js';
import { resolveCoMentions } from './co-mentions.js';

export function mergeIdentities(graph: KnowledgeGraph, map: IdentityMap): void {
  // Ids that move in some article: every id of `ids`, and the ids of the per-article exceptions.
  const moving = new Set(Object.keys(map.ids).filter((id) => graph.hasNode(id)));
  for (const entries of Object.values(map.documents ?? {})) for (const id of Object.keys(entries)) if (graph.hasNode(id)) moving.add(id);
  if (!moving.size) return;
  const to = (id: string, documentId: string) => map.documents?.[documentId]?.[id] ?? map.ids[id] ?? id;

  // The edges of moving nodes are taken out and put back between the resolved ends, per article.
  const edges: { source: string; target: string; attributes: EdgeAttributes }[] = [];
  const taken = new Set<string>();
  for (const id of moving)
    graph.forEachEdge(id, (key, attributes, source, target) => {
      if (taken.has(key)) return;
      taken.add(key);
      edges.push({ source, target, attributes });
    });
  for (const key of taken) graph.dropEdge(key);

  const touched = new Set<string>();
  for (const id of [...moving].sort()) for (const t of moveNode(graph, id, map, to)) touched.add(t);
  // Articles and mentions of a merged node in the order the articles came in, as an unmerged node has them.
  const order = new Map(Object.keys(graph.getAttribute('documents')).map((d, i) => [d, i]));
  const rank = (d: string) => order.get(d) ?? Number.MAX_SAFE_INTEGER;
  for (const t of touched) {
    const n = graph.getNodeAttributes(t);
    n.documentIds.sort((a, b) => rank(a) - rank(b));
    n.mentions.sort((a, b) => rank(a.documentId) - rank(b.documentId) || a.start - b.start);
  }

  for (const { source, target, attributes } of edges) {
    for (const e of attributes.evidence) addEvidence(graph, attributes.type, to(source, e.documentId), to(target, e.documentId), e);
  }
  // Co-mentions (not facts, kept beside the edges) follow the ids too.
  const together = graph.getAttribute('coMentions');
  if (together) graph.setAttribute('coMentions', resolveCoMentions(together, map.ids));
  // Names of the resolved entities: the canonical name and every alias.
  for (const [id, { name, aliases }] of Object.entries(map.entities)) {
    if (!graph.hasNode(id)) continue;
    const n = graph.getNodeAttributes(id);
    const all = new Set([n.name, ...n.aliases, ...aliases]);
    all.delete(name);
    n.name = name;
    n.aliases = [...all].sort();
  }
}

/**
 * Moves the mentions and articles of node `id` to the node(s) they resolve to; drops it when nothing
 * stays. Returns the nodes it moved them to.
 */
function moveNode(graph: KnowledgeGraph, id: string, map: IdentityMap, to: (id: string, documentId: string) => string): Set<string> {
  const n = graph.getNodeAttributes(id);
  const stay: NodeAttributes['mentions'] = [];
  const staying = new Set<string>();
  for (const documentId of n.documentIds) if (to(id, documentId) === id) staying.add(documentId);
  const targets = new Set<string>();
  for (const m of n.mentions) {
    const target = to(id, m.documentId);
    if (target === id) stay.push(m);
    else targetNode(graph, target, n, map).mentions.push(m);
    targets.add(target);
  }
  for (const documentId of n.documentIds) {
    const target = to(id, documentId);
    if (target === id) continue;
    const t = targetNode(graph, target, n, map);
    if (!t.documentIds.includes(documentId)) t.documentIds.push(documentId);
    targets.add(target);
  }
  for (const target of targets) {
    if (target === id) continue;
    const t = graph.getNodeAttributes(target);
    const names = new Set([...t.aliases, n.name, ...n.aliases]);
    names.delete(t.name);
    t.aliases = [...names].sort();
    if (n.attributes) t.attributes = { ...n.attributes, ...t.attributes };
  }
  if (!staying.size) graph.dropNode(id);
  else {
    n.mentions = stay;
    n.documentIds = n.documentIds.filter((d) => staying.has(d));
  }
  targets.delete(id);
  return targets;
}

/** The node of a resolved id, made from the moving node when the run has none under that id yet. */
function targetNode(graph: KnowledgeGraph, target: string, from: NodeAttributes, map: IdentityMap): NodeAttributes {
  if (!graph.hasNode(target)) {
    const known = map.entities[target];
    const attrs: NodeAttributes = { type: from.type, name: known?.name ?? from.name, aliases: [...(known?.aliases ?? from.aliases)], mentions: [], documentIds: [] };
    if (from.attributes) attrs.attributes = { ...from.attributes };
    graph.addNode(target, attrs);
  }
  return graph.getNodeAttributes(target);
}

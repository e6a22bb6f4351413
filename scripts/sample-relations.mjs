#!/usr/bin/env node
/**
 * A deterministic random sample of relations with their evidence, from the graph of a corpus run, for a
 * reader to judge their precision (the README records the verdict and its date).
 *   node bin/kg.js ingest corpus.jsonl --out OUT --json
 *   node scripts/sample-relations.mjs OUT/graph.json [OUT2/graph.json …] [--n 100] [--seed 14] [--type ACCUSED]
 * Each line: "n. Source -TYPE-> Target [role] | document | evidence sentence". One evidence sentence per
 * edge (the first), edges ordered by key before sampling, so the same graph always gives the same sample.
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
if (!files.length) {
  console.error('usage: sample-relations.mjs GRAPH.json [GRAPH2.json …] [--n 100] [--seed 14] [--type TYPE]');
  process.exit(2);
}
const graph = { nodes: [], edges: [] };
for (const file of files) {
  try {
    const g = JSON.parse(readFileSync(file, 'utf8'));
    graph.nodes.push(...g.nodes);
    // Keys are unique within a graph; the file index keeps them apart across graphs.
    graph.edges.push(...g.edges.map((e) => ({ ...e, key: `${files.indexOf(file)}|${e.key}` })));
  } catch (e) {
    console.error(`sample-relations: cannot read ${file}: ${e.message}`);
    process.exit(1);
  }
}
const n = Number(option('n', '100'));
const type = option('type', undefined);
// mulberry32: a small seeded generator, so a sample is reproducible.
let state = Number(option('seed', '14')) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const names = new Map(graph.nodes.map((node) => [node.key, node.attributes?.name ?? node.key]));
const edges = graph.edges.filter((e) => !type || e.attributes?.type === type).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
// Partial Fisher–Yates: the first n of a seeded shuffle.
for (let i = 0; i < Math.min(n, edges.length); i++) {
  const j = i + Math.floor(random() * (edges.length - i));
  [edges[i], edges[j]] = [edges[j], edges[i]];
}
edges.slice(0, n).forEach((e, i) => {
  const a = e.attributes ?? {};
  const evidence = a.evidence?.[0] ?? {};
  const role = a.role ? ` [${a.role}]` : a.evidence?.[0]?.role ? ` [${a.evidence[0].role}]` : '';
  const modality = a.modality && a.modality !== "asserted" ? ` (${a.modality})` : "";
  console.log(`${i + 1}. ${names.get(e.source)} -${a.type}-> ${names.get(e.target)}${role}${modality} | ${evidence.documentId} | ${String(evidence.text ?? '').replace(/\s+/g, ' ')}`);
});

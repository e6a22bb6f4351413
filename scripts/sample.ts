/**
 * A deterministic random sample of what a corpus run produced, for a reviewer to judge by eye: entities
 * of one type with the passage of their first mention, or relations with their evidence sentence.
 *
 *   npm run sample -- --type Person --n 100 ../shared/corpus/wikinews-2019-2020.jsonl
 *   npm run sample -- --relations --n 100 ../shared/corpus/whitehouse-readouts.jsonl
 *   npm run sample -- --type Organization --graph out/graph.json ../shared/corpus/wikinews-2019-2020.jsonl
 *
 * The inputs are ingested the way a user would (`kg ingest … --out <temp dir>`), unless `--graph` names
 * the graph.json of such a run; the inputs are then read again only for the text around each mention.
 * The same inputs and `--seed` give the same sample: items are ordered by id, then drawn with a seeded
 * generator, so a review can be repeated and compared after a change.
 *
 * Output, one item a line (then its context indented):
 *   12. Kessy Marlow  [Person, 3 articles]
 *       … said Kessy Marlow, who led the …   (wikinews-2020-0042)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readInputs } from '../dist/input/read.js';

interface GraphNode {
  key: string;
  attributes: { type: string; name: string; mentions?: { documentId: string; start: number; end: number }[]; documentIds?: string[] };
}
interface GraphEdge {
  source: string;
  target: string;
  attributes: { type: string; role?: string; modality?: string; evidence: { documentId: string; text: string; role?: string; modality?: string }[] };
}
interface GraphFile {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    type: { type: 'string', default: 'Person' },
    relations: { type: 'boolean', default: false },
    n: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    graph: { type: 'string' },
  },
});

const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) fail(`--n must be a positive whole number, not "${values.n}"`);
if (!positionals.length && !values.graph) fail('give the inputs to ingest (files, folders, .jsonl) or --graph out/graph.json');

const graph = loadGraph();
const texts = await readTexts(positionals);

if (values.relations) {
  const names = new Map(graph.nodes.map((node) => [node.key, node.attributes.name]));
  const edges = [...graph.edges].sort((a, b) => edgeKey(a).localeCompare(edgeKey(b)));
  const picked = draw(edges, n, Number(values.seed));
  console.log(`${picked.length} of ${edges.length} relations, seed ${values.seed}\n`);
  picked.forEach((e, i) => {
    // The evidence that states the edge as it is shown: an asserted edge merged from a planned and a
    // real visit shows the real one, not a "will visit" sentence without its "(planned)".
    const edgeModality = e.attributes.modality ?? 'asserted';
    const evidence = e.attributes.evidence.find((x) => (x.modality ?? 'asserted') === edgeModality) ?? e.attributes.evidence[0];
    const role = e.attributes.role ?? evidence?.role;
    const modality = e.attributes.modality && e.attributes.modality !== 'asserted' ? ` (${e.attributes.modality})` : '';
    console.log(`${i + 1}. ${names.get(e.source)} -${e.attributes.type}-> ${names.get(e.target)}${role ? ` [${role}]` : ''}${modality}`);
    if (evidence) console.log(`    “${squeeze(evidence.text)}”   (${evidence.documentId})`);
  });
} else {
  const nodes = graph.nodes.filter((node) => node.attributes.type === values.type).sort((a, b) => a.key.localeCompare(b.key));
  const picked = draw(nodes, n, Number(values.seed));
  console.log(`${picked.length} of ${nodes.length} ${values.type} entities, seed ${values.seed}\n`);
  picked.forEach((node, i) => {
    const { name, mentions = [], documentIds = [] } = node.attributes;
    console.log(`${i + 1}. ${name}  [${node.attributes.type}, ${documentIds.length} article${documentIds.length === 1 ? '' : 's'}]`);
    const first = mentions[0];
    const text = first && texts.get(first.documentId);
    if (first && text) console.log(`    … ${passage(text, first.start, first.end)} …   (${first.documentId})`);
  });
}

function loadGraph(): GraphFile {
  if (values.graph) return JSON.parse(readFileSync(values.graph, 'utf8')) as GraphFile;
  const out = mkdtempSync(join(tmpdir(), 'kg-sample-'));
  try {
    const run = spawnSync(process.execPath, ['bin/kg.js', 'ingest', ...positionals, '--out', out, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0 && run.status !== 1) fail(`kg ingest failed (exit ${run.status})`);
    return JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphFile;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The article texts by document id, as the extractor read them (offsets point into these). */
async function readTexts(paths: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for await (const r of readInputs(paths)) if (r.ok) texts.set(r.document.id, r.document.text);
  return texts;
}

/** `count` items drawn without replacement by a seeded generator (mulberry32): the same seed, the same sample. */
function draw<T>(items: T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...items];
  const k = Math.min(count, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/** About 80 characters either side of a mention, on one line, the mention in [brackets]. */
function passage(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 80);
  const to = Math.min(text.length, end + 80);
  return squeeze(`${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`);
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function edgeKey(e: GraphEdge): string {
  return `${e.attributes.type}|${e.source}|${e.target}`;
}

function fail(message: string): never {
  process.stderr.write(`sample: ${message}\n`);
  process.exit(2);
}

/**
 * Neo4j writer benchmark: writes a synthetic corpus (deterministic, ≥ 50,000 evidence relationships)
 * with the batched writer, and compares it, in the same run, with two baselines on a slice of the same
 * corpus: one transaction per article (the same writer, batches of one) and one transaction per
 * relationship (a naive MERGE per fact).
 *
 *   npm run bench:neo4j [-- --articles 2000 --batch 100]
 *
 * Uses NEO4J_URI & co. when set, else the local server (started if needed, and stopped again after).
 * Only the benchmark's own nodes (ids with "bench-") are written and removed; other data stays.
 * The last line of stdout is `BENCH [...]` (JSON), for `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type EntityType, type Extraction, type Relation } from '../src/model.js';
import { connectNeo4j, type Neo4jConnection } from '../src/neo4j/connection.js';
import { createNeo4jSink } from '../src/sinks/neo4j/index.js';
import { startLocalNeo4j, stopLocalNeo4j } from './neo4j-local.js';

const ENTITIES_PER_ARTICLE = 12;
const POOL: Record<EntityType, number> = { Person: 3000, Country: 150, Organization: 400, Location: 600 };

/** mulberry32: a small seeded PRNG, so every run writes the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Skewed towards low numbers, as news is towards a few busy entities. */
function skewed(rand: () => number, n: number): number {
  return Math.floor(n * rand() ** 2.5);
}

export function syntheticCorpus(articles: number, relationsPerArticle: number, seed = 42): Extraction[] {
  const rand = random(seed);
  const corpus: Extraction[] = [];
  for (let a = 0; a < articles; a++) {
    const documentId = `bench-${String(a).padStart(6, '0')}`;
    const entities = new Map<string, Entity>();
    while (entities.size < ENTITIES_PER_ARTICLE) {
      const type = ENTITY_TYPES[Math.floor(rand() * ENTITY_TYPES.length)]!;
      const n = skewed(rand, POOL[type]);
      const id = `${type.toLowerCase()}:bench-${n}`;
      const name = `${type} ${n}`;
      entities.set(id, { id, type, name, aliases: rand() < 0.3 ? [`${type[0]}. ${n}`] : [], mentions: [{ start: 0, end: name.length }] });
    }
    const ids = [...entities.keys()];
    const relations: Relation[] = [];
    for (let r = 0; r < relationsPerArticle; r++) {
      const source = ids[Math.floor(rand() * ids.length)]!;
      let target = ids[Math.floor(rand() * ids.length)]!;
      if (target === source) target = ids[(ids.indexOf(source) + 1) % ids.length]!;
      const start = r * 100;
      relations.push({
        source,
        type: RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!,
        target,
        evidence: `Sentence ${r} of article ${a}, in which ${entities.get(source)!.name} and ${entities.get(target)!.name} appear.`,
        start,
        end: start + 90,
        confidence: 0.5 + rand() / 2,
        date: `2024-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (r % 28)).padStart(2, '0')}`,
        documentId,
      });
    }
    const sha256 = (a.toString(16).padStart(8, '0') + 'b'.repeat(56)).slice(0, 64);
    corpus.push({ document: { id: documentId, title: `Synthetic article ${a}`, date: '2024-06-01', sha256 }, entities: [...entities.values()], relations });
  }
  return corpus;
}

/** Removes the benchmark's nodes (and so its relationships), leaving everything else. */
async function clean(connection: Neo4jConnection): Promise<void> {
  await connection.autoCommit(`
MATCH (n) WHERE (n:Document AND n.id STARTS WITH 'bench-') OR (n:Entity AND n.id CONTAINS ':bench-')
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
}

/** Relationships the benchmark wrote: evidence (facts) and mentions. */
async function counts(connection: Neo4jConnection): Promise<{ evidence: number; mentions: number }> {
  const r = await connection.autoCommit(`
MATCH (d:Document) WHERE d.id STARTS WITH 'bench-'
CALL (d) { MATCH ()-[m:MENTIONED_IN]->(d) RETURN count(m) AS mentions }
RETURN sum(mentions) AS mentions`);
  const e = await connection.autoCommit(`MATCH (e:Entity)-[r]->(:Entity) WHERE e.id CONTAINS ':bench-' RETURN count(r) AS evidence`);
  return { evidence: e.records[0]!.get('evidence') as number, mentions: r.records[0]!.get('mentions') as number };
}

/** Writes the corpus in batches, `writers` batches at a time; returns seconds. */
async function timeSink(connection: Neo4jConnection, corpus: Extraction[], batch: number, writers = 1): Promise<number> {
  const sink = await createNeo4jSink({ connection });
  const batches: Extraction[][] = [];
  for (let i = 0; i < corpus.length; i += batch) batches.push(corpus.slice(i, i + batch));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let next = batches.shift(); next; next = batches.shift()) await sink.write(next);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await sink.close();
  return seconds;
}

/** The naive way: one transaction per relationship, nodes and relationship merged one at a time. */
async function timePerRelationship(connection: Neo4jConnection, relations: Relation[]): Promise<number> {
  const started = performance.now();
  for (const r of relations) {
    await connection.write((tx) =>
      tx.run(
        `MERGE (a:Entity {id: $source}) MERGE (b:Entity {id: $target})
         MERGE (a)-[rel:${r.type} {documentId: $documentId, start: $start, end: $end}]->(b)
         SET rel.evidence = $evidence, rel.confidence = $confidence, rel.date = $date`,
        { source: r.source, target: r.target, documentId: r.documentId, start: r.start, end: r.end, evidence: r.evidence, confidence: r.confidence, date: r.date },
      ),
    );
  }
  return (performance.now() - started) / 1000;
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

interface Rates {
  articles: number;
  evidence: number;
  all: number;
}

async function measure(connection: Neo4jConnection, label: string, corpus: Extraction[], batch: number, writers = 1): Promise<Rates> {
  await clean(connection);
  const seconds = await timeSink(connection, corpus, batch, writers);
  const n = await counts(connection);
  const rates = { articles: corpus.length / seconds, evidence: n.evidence / seconds, all: (n.evidence + n.mentions) / seconds };
  log(
    `${label}: ${corpus.length} articles, ${n.evidence} evidence + ${n.mentions} mention relationships in ${seconds.toFixed(2)} s: ` +
      `${rates.articles.toFixed(0)} articles/s, ${rates.evidence.toFixed(0)} evidence relationships/s (${rates.all.toFixed(0)}/s with mentions)`,
  );
  await clean(connection);
  return rates;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      batch: { type: 'string', default: '100' },
      'relations-per-article': { type: 'string', default: '25' },
      'baseline-articles': { type: 'string', default: '100' },
      'baseline-relationships': { type: 'string', default: '1000' },
    },
  });
  const articles = Number(args.articles);
  const batch = Number(args.batch);
  const relationsPerArticle = Number(args['relations-per-article']);
  const local = process.env.NEO4J_URI ? undefined : await startLocalNeo4j();
  const connection = await connectNeo4j();
  try {
    const corpus = syntheticCorpus(articles, relationsPerArticle);
    log(`corpus: ${corpus.length} synthetic articles, ${corpus.length * relationsPerArticle} relations, ${ENTITIES_PER_ARTICLE} entities each (pool ${Object.values(POOL).reduce((a, b) => a + b)})`);
    // Warm-up (not timed): plans cached and the JIT warm, so the first measurement is not penalised.
    await measure(connection, 'warm-up', syntheticCorpus(Math.min(300, articles), relationsPerArticle, 7), batch);

    const batched = await measure(connection, `batched (${batch} articles per transaction)`, corpus, batch);
    const twoWriters = await measure(connection, `batched, 2 transactions at a time`, corpus, batch, 2);
    const perArticle = await measure(connection, 'one article per transaction', corpus.slice(0, Number(args['baseline-articles'])), 1);

    await clean(connection);
    const relations = corpus.flatMap((x) => x.relations).slice(0, Number(args['baseline-relationships']));
    const perRelationshipSeconds = await timePerRelationship(connection, relations);
    const perRelationship = relations.length / perRelationshipSeconds;
    log(`one relationship per transaction: ${relations.length} relationships in ${perRelationshipSeconds.toFixed(2)} s: ${perRelationship.toFixed(0)} relationships/s`);
    await clean(connection);

    const round = (n: number) => Math.round(n * 10) / 10;
    const figure = (name: string, value: number, unit: string, baseline?: number) =>
      baseline === undefined ? { name, value: round(value), unit } : { name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) };
    const figures = [
      figure('neo4j.write.batched.relationships_per_s', batched.evidence, 'relationships/s', perRelationship),
      figure('neo4j.write.batched.articles_per_s', batched.articles, 'articles/s', perArticle.articles),
      figure('neo4j.write.batched_vs_per_article.relationships_per_s', batched.evidence, 'relationships/s', perArticle.evidence),
      figure('neo4j.write.batched.all_relationships_per_s', batched.all, 'relationships/s'),
      figure('neo4j.write.batched_2_writers.relationships_per_s', twoWriters.evidence, 'relationships/s', batched.evidence),
    ];
    log(`batched vs one relationship per transaction: ${figures[0]!.ratio}×; vs one article per transaction: ${figures[2]!.ratio}×`);
    log(`BENCH ${JSON.stringify(figures)}`);
  } finally {
    await connection.close();
    if (local?.started) stopLocalNeo4j();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench:neo4j: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNeo4j, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { namedQueryNames } from '../../src/neo4j/graph-files.js';
import { resetGraph } from '../../src/neo4j/maintenance.js';
import { createNeo4jSink } from '../../src/sinks/neo4j/index.js';
import { fixtureArticles, runKg } from './helpers.js';

const OSLO_MEETING = 'Foreign Minister Alice Moreau met Bruno Keller in Oslo on Tuesday.';
const SANTIAGO = 'SANTIAGO • Alice Moreau visited Chile on Monday and met Carla Diaz, a week after she met Keller in Oslo.';

let connection: Neo4jConnection;
const tested = new Set<string>();

beforeAll(async () => {
  connection = await connectNeo4j();
  await resetGraph(connection);
  const sink = await createNeo4jSink({ connection });
  await sink.write(withSentences(fixtureArticles()));
});

/** The fixture articles with where their sentences start (title first), for co-mentioned. */
const SENTENCE_STARTS: Record<string, number[]> = { 'oslo-talks': [0, 38, 105, 152, 202, 252, 307], 'santiago-visit': [0, 19, 124, 169] };
const withSentences = (articles: ReturnType<typeof fixtureArticles>) =>
  articles.map((x) => ({ ...x, document: { ...x.document, sentenceStarts: SENTENCE_STARTS[x.document.id] } }));
afterAll(async () => {
  await connection?.close();
});

/** Runs a named query through the CLI and returns its rows. */
async function named(name: string, ...params: string[]): Promise<Record<string, unknown>[]> {
  tested.add(name);
  const run = await runKg(['query', '--name', name, '--format', 'json', ...params.flatMap((p) => ['--param', p])]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

describe('named queries (graph/queries) on the fixture articles', () => {
  it('who-met-whom: each reported meeting once per sentence, planned ones left out', async () => {
    expect(await named('who-met-whom')).toEqual([
      { who: 'Alice Moreau', met: 'Bruno Keller', date: '2024-03-05', reported: '2024-03-07', evidence: OSLO_MEETING, article: 'oslo-talks' },
      { who: 'Alice Moreau', met: 'Bruno Keller', date: '2024-03-05', reported: '2024-03-12', evidence: SANTIAGO, article: 'santiago-visit' },
      { who: 'Alice Moreau', met: 'Carla Diaz', date: '2024-03-11', reported: '2024-03-12', evidence: SANTIAGO, article: 'santiago-visit' },
    ]);
    // From one side, by name in any case; the planned meeting with Bruno Keller is not a fact.
    expect(await named('who-met-whom', 'entity=carla DIAZ')).toEqual([
      { who: 'Carla Diaz', met: 'Alice Moreau', date: '2024-03-11', reported: '2024-03-12', evidence: SANTIAGO, article: 'santiago-visit' },
    ]);
  });

  it('who-accused-whom', async () => {
    expect(await named('who-accused-whom')).toEqual([
      { accuser: 'Alice Moreau', accused: 'Chile', date: null, reported: '2024-03-07', evidence: 'Ms Moreau accused Chile of stalling the talks.', article: 'oslo-talks' },
    ]);
    expect(await named('who-accused-whom', 'entity=Norway')).toEqual([]);
  });

  it('who-pledged-what: one row per pledge, in date order', async () => {
    expect(await named('who-pledged-what', 'entity=country:chile')).toEqual([
      { pledger: 'Norway', recipient: 'Chile', pledge: 'Norway pledged 40 million crowns in aid to Chile.', date: '2024-03-06', reported: '2024-03-07', article: 'oslo-talks' },
      { pledger: 'Norway', recipient: 'Chile', pledge: 'Norway pledged to send observers to Chile.', date: null, reported: '2024-03-12', article: 'santiago-visit' },
    ]);
  });

  it('neighbourhood: found by an alias, and only that person (not another of the same surname)', async () => {
    expect(await named('neighbourhood', 'entity=Keller')).toEqual([
      { entity: 'Bruno Keller', relation: 'MET', direction: 'both', neighbour: 'Alice Moreau', type: 'Person', sentences: 2, first: '2024-03-05', last: '2024-03-05' },
    ]);
  });

  it('shortest-path: the chain of facts and the sentence behind each step', async () => {
    expect(await named('shortest-path', 'from=Oslo', 'to=Ms Moreau')).toEqual([
      { step: 1, from: 'Oslo', relation: 'LOCATED_IN →', to: 'Norway', evidence: 'Oslo is the capital of Norway.', article: 'oslo-talks' },
      { step: 2, from: 'Norway', relation: '← HOLDS_ROLE', to: 'Alice Moreau', evidence: OSLO_MEETING, article: 'oslo-talks' },
    ]);
    expect(await named('shortest-path', 'from=Oslo', 'to=Oslo')).toEqual([]);
  });

  it('timeline: dated by the text, else by the article', async () => {
    const rows = await named('timeline', 'entity=person:alice-moreau');
    expect(rows.map((r) => [r.date, r.subject, r.relation, r.object, r.article])).toEqual([
      ['2024-03-05', 'Alice Moreau', 'MET', 'Bruno Keller', 'oslo-talks'],
      ['2024-03-05', 'Alice Moreau', 'MET', 'Bruno Keller', 'santiago-visit'],
      ['2024-03-07', 'Alice Moreau', 'HOLDS_ROLE', 'Norway', 'oslo-talks'],
      ['2024-03-07', 'Alice Moreau', 'ACCUSED', 'Chile', 'oslo-talks'],
      ['2024-03-11', 'Alice Moreau', 'MET', 'Carla Diaz', 'santiago-visit'],
      ['2024-03-11', 'Alice Moreau', 'VISITED', 'Chile', 'santiago-visit'],
    ]);
    expect(rows[3]!.evidence).toBe('Ms Moreau accused Chile of stalling the talks.');
  });

  it('most-connected', async () => {
    expect(await named('most-connected', 'limit=3')).toEqual([
      { entity: 'Alice Moreau', type: 'Person', neighbours: 4, sentences: 6 },
      { entity: 'Chile', type: 'Country', neighbours: 3, sentences: 6 },
      { entity: 'Norway', type: 'Country', neighbours: 3, sentences: 5 },
    ]);
  });

  it('articles-mentioning', async () => {
    expect(await named('articles-mentioning', 'entity=Moreau')).toEqual([
      { entity: 'Alice Moreau', article: 'oslo-talks', title: 'Oslo talks end with aid pledge', date: '2024-03-07', mentions: 2 },
      { entity: 'Alice Moreau', article: 'santiago-visit', title: 'Moreau in Santiago', date: '2024-03-12', mentions: 2 },
    ]);
  });

  it('co-mentioned: entities named in the same sentence, by sentences then articles (not facts)', async () => {
    expect(await named('co-mentioned', 'entity=Moreau')).toEqual([
      { entity: 'Alice Moreau', other: 'Bruno Keller', sentences: 2, articles: 2 },
      { entity: 'Alice Moreau', other: 'Chile', sentences: 2, articles: 2 },
      { entity: 'Alice Moreau', other: 'Carla Diaz', sentences: 1, articles: 1 },
      { entity: 'Alice Moreau', other: 'Oslo', sentences: 1, articles: 1 },
    ]);
    // Every pair once; Norway is named alone in its sentences.
    const all = await named('co-mentioned', 'limit=100');
    expect(all).toHaveLength(10);
    expect(all.slice(0, 2).map((r) => [r.sentences, r.articles])).toEqual([[2, 2], [2, 2]]);
    expect(all.some((r) => r.entity === 'Norway' || r.other === 'Norway')).toBe(false);
  });

  it('every named query has a test here', () => {
    expect([...tested].sort()).toEqual(namedQueryNames());
  });
});

describe('kg query', () => {
  it('prints a table with the evidence in full', async () => {
    const run = await runKg(['query', '--name', 'who-met-whom', '--param', 'entity=Bruno Keller']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^who\s+met\s+date\s+reported\s+evidence\s+article$/);
    expect(lines[1]).toMatch(/^─+(\s+─+){5}$/);
    expect(lines.slice(2)).toHaveLength(2);
    expect(lines[2]).toMatch(/^Bruno Keller\s+Alice Moreau\s+2024-03-05\s+2024-03-07\s+Foreign Minister Alice Moreau met Bruno Keller in Oslo on Tuesday\.\s+oslo-talks$/);
    expect(run.stderr).toBe('(2 rows)\n');
  });

  it('runs a Cypher query with typed parameters', async () => {
    const run = await runKg([
      'query',
      'MATCH (p:Person) WHERE p.name IN $names RETURN p.name AS name, p ORDER BY name LIMIT $limit',
      '--param',
      'names=["Carla Diaz","Alice Moreau","Bruno Keller"]',
      '--param',
      'limit=2',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { name: string; p: Record<string, unknown> }[];
    expect(rows.map((r) => r.name)).toEqual(['Alice Moreau', 'Bruno Keller']);
    expect(rows[0]!.p).toMatchObject({ _labels: ['Entity', 'Person'], id: 'person:alice-moreau', name: 'Alice Moreau' });
  });

  it('refuses to write', async () => {
    const run = await runKg(['query', "CREATE (:Entity {id: 'x'})"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^kg: Neo4j at \S+: .*\n$/);
    expect((await connection.autoCommit("MATCH (e:Entity {id: 'x'}) RETURN count(e) AS n")).records[0]!.get('n')).toBe(0);
  });

  it('reports bad Cypher, unknown queries and missing parameters in one line', async () => {
    for (const args of [
      ['query', 'MATCH (n RETURN n'],
      ['query', '--name', 'no-such-query'],
      ['query', '--name', '../schema'],
      ['query', '--name', 'neighbourhood'],
      ['query', '--name', 'neighbourhood', '--param', 'entity=x', '--param', 'typo=1'],
      ['query'],
    ]) {
      const run = await runKg(args);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr, args.join(' ')).toMatch(/^kg: [^\n]+\n$/);
    }
  });

  it('passes hostile parameter values as data', async () => {
    const run = await runKg(['query', '--name', 'neighbourhood', '--param', "entity=x'}) MATCH (n) DETACH DELETE n //", '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(await named('most-connected', 'limit=1')).toHaveLength(1);
  });
});

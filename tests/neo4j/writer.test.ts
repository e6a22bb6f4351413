import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model.js';
import { neo4jConfigFromEnv } from '../../src/neo4j/config.js';
import { connectNeo4j, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { graphStats, resetGraph } from '../../src/neo4j/maintenance.js';
import { createNeo4jSink } from '../../src/sinks/neo4j/index.js';
import { fixtureArticles } from './helpers.js';

let connection: Neo4jConnection;

beforeAll(async () => {
  connection = await connectNeo4j();
});
afterAll(async () => {
  await connection?.close();
});
beforeEach(async () => {
  await resetGraph(connection);
});

async function write(...batches: Extraction[][]) {
  const sink = await createNeo4jSink({ connection });
  for (const batch of batches) await sink.write(batch);
  await sink.close();
  return sink.totals;
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const result = await connection.autoCommit(cypher, params);
  return result.records.map((r) => r.toObject());
}

describe('Neo4j writer', () => {
  it('writes articles, typed entities, mentions and one relationship per piece of evidence', async () => {
    const totals = await write(fixtureArticles());
    expect(totals).toEqual({ articles: 2, duplicates: 0, relationships: 12 });

    const stats = await graphStats(connection);
    expect(stats.labels).toEqual({ Document: 2, Entity: 7, Person: 4, Country: 2, Location: 1 });
    expect(stats.relationshipTypes).toEqual({
      MENTIONED_IN: 13,
      MET: 4,
      ACCUSED: 1,
      PLEDGED: 2,
      URGED: 1,
      SUPPORTS: 1,
      VISITED: 1,
      HOLDS_ROLE: 1,
      LOCATED_IN: 1,
    });

    const [met] = await rows(
      `MATCH (:Entity {id: 'person:alice-moreau'})-[r:MET {documentId: 'oslo-talks'}]->(:Entity {id: 'person:bruno-keller'}) RETURN properties(r) AS r`,
    );
    expect(met!.r).toEqual({
      documentId: 'oslo-talks',
      evidence: 'Foreign Minister Alice Moreau met Bruno Keller in Oslo on Tuesday.',
      start: 38,
      end: 104,
      date: '2024-03-05',
      confidence: 0.9,
      modality: 'asserted',
      trigger: 'met',
    });

    const [role] = await rows(`MATCH (:Person)-[r:HOLDS_ROLE]->(:Country) RETURN r.role AS role`);
    expect(role!.role).toBe('Foreign Minister');

    const [mention] = await rows(
      `MATCH (:Entity {id: 'person:alice-moreau'})-[m:MENTIONED_IN]->(:Document {id: 'oslo-talks'}) RETURN m.count AS count, m.offsets AS offsets`,
    );
    expect(mention).toEqual({ count: 2, offsets: ['55-67', '105-114'] });

    const [doc] = await rows(`MATCH (d:Document {id: 'oslo-talks'}) RETURN properties(d) AS d`);
    expect(doc!.d).toEqual({
      id: 'oslo-talks',
      title: 'Oslo talks end with aid pledge',
      date: '2024-03-07',
      dateline: 'OSLO',
      source: 'TEST WIRE',
      path: 'fixtures/oslo-talks.txt',
      sha256: fixtureArticles()[0]!.document.sha256,
    });

    const [country] = await rows(`MATCH (c:Country {id: 'country:chile'}) RETURN properties(c) AS c, labels(c) AS labels`);
    expect(country).toEqual({ c: { id: 'country:chile', type: 'Country', name: 'Chile', aliases: [], iso2: 'CL' }, labels: ['Entity', 'Country'] });
  });

  it('keeps one node per entity across articles: the longest name, the other names as aliases', async () => {
    await write(fixtureArticles());
    const people = await rows(`MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id`);
    expect(people.map((p) => ({ ...p, aliases: [...(p.aliases as string[])].sort() }))).toEqual([
      { id: 'person:alice-moreau', name: 'Alice Moreau', aliases: ['Moreau', 'Ms Moreau'] },
      { id: 'person:bruno-keller', name: 'Bruno Keller', aliases: ['Keller'] }, // called just "Keller" in the second article
      { id: 'person:carla-diaz', name: 'Carla Diaz', aliases: ['Diaz'] },
      { id: 'person:daniel-keller', name: 'Daniel Keller', aliases: [] }, // same surname, another person: never merged
    ]);
  });

  it('merges names the same way when the articles come in separate transactions, in either order', async () => {
    const [first, second] = fixtureArticles();
    const people = () => rows(`MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id`);
    const sorted = (xs: Record<string, unknown>[]): Record<string, unknown>[] => xs.map((p) => ({ ...p, aliases: [...(p.aliases as string[])].sort() }));
    await write([first!], [second!]);
    const inOrder = sorted(await people());
    await resetGraph(connection);
    await write([second!], [first!]);
    expect(sorted(await people())).toEqual(inOrder);
    expect(inOrder.find((p) => p.id === 'person:bruno-keller')).toEqual({ id: 'person:bruno-keller', name: 'Bruno Keller', aliases: ['Keller'] });
  });

  it('changes nothing when the same articles are written again, in one batch or one by one', async () => {
    const articles = fixtureArticles();
    await write(articles);
    const first = await graphStats(connection);
    await write(articles);
    expect(await graphStats(connection)).toEqual(first);
    await write([articles[1]!], [articles[0]!]);
    expect(await graphStats(connection)).toEqual(first);
  });

  it('does not store an article twice under another name (same text)', async () => {
    const articles = fixtureArticles();
    await write(articles);
    const before = await graphStats(connection);
    const copy = structuredClone(articles[0]!);
    copy.document.id = 'copy-of-oslo-talks';
    copy.relations.forEach((r) => (r.documentId = 'copy-of-oslo-talks'));
    const totals = await write([copy]);
    expect(totals).toEqual({ articles: 0, duplicates: 1, relationships: 0 });
    expect(await graphStats(connection)).toEqual(before);
    // …and within one batch, the first of two copies wins.
    await resetGraph(connection);
    expect(await write([articles[0]!, copy])).toEqual({ articles: 1, duplicates: 1, relationships: 7 });
  });

  it('replaces what an article said before when it is written again with other facts', async () => {
    const articles = fixtureArticles();
    await write(articles);
    const revised = structuredClone(articles[0]!);
    revised.entities = revised.entities.filter((e) => e.id !== 'person:daniel-keller');
    revised.relations = revised.relations.filter((r) => r.type !== 'URGED');
    await write([revised]);
    const stats = await graphStats(connection);
    expect(stats.labels.Person).toBe(3); // Daniel Keller was only in the old version
    expect(stats.relationshipTypes.URGED).toBeUndefined();
    expect(stats.relationshipTypes.MET).toBe(4);
    expect(stats.relationshipTypes.MENTIONED_IN).toBe(12);
  });

  it('writes a batch all or nothing', async () => {
    const articles = fixtureArticles();
    // The second article states its pledge in the very words of the first, and a constraint forbids
    // that: the batch fails at its last statements, after both articles' nodes were created.
    const clash = structuredClone(articles[1]!);
    const pledge = articles[0]!.relations.find((r) => r.type === 'PLEDGED')!;
    clash.relations.filter((r) => r.type === 'PLEDGED').forEach((r) => (r.evidence = pledge.evidence));
    await connection.autoCommit('CREATE CONSTRAINT test_unique_pledge IF NOT EXISTS FOR ()-[r:PLEDGED]-() REQUIRE r.evidence IS UNIQUE');
    try {
      const sink = await createNeo4jSink({ connection });
      const failure = await sink.write([articles[0]!, clash]).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(failure?.name).toBe('UserError');
      expect(failure?.message).toMatch(/^Neo4j at bolt|^Neo4j at neo4j/);
      expect(failure?.message).not.toContain('\n');
      expect((await graphStats(connection)).nodes).toBe(0);
    } finally {
      await connection.autoCommit('DROP CONSTRAINT test_unique_pledge IF EXISTS');
    }
  });

  it('stores names with quotes, backticks, braces and Cypher verbatim, and harms nothing', async () => {
    await write(fixtureArticles());
    const before = await graphStats(connection);
    const evil = [`'}) DETACH DELETE n //`, `O'Brien "Bud" {x: 1}`, 'Robert `Bobby`) Tables', `"}]->(m) MATCH (n) DETACH DELETE n //`, 'back\\slash $entity {{x}}'];
    const text = evil.join('. ');
    const documentId = `evil-${'`'}doc'}) //`;
    const article: Extraction = {
      document: { id: documentId, title: evil[0]!, sha256: 'e'.repeat(64), source: evil[3]! },
      entities: evil.map((name, i) => ({
        id: `person:evil-${i}`,
        type: 'Person' as const,
        name,
        aliases: [evil[(i + 1) % evil.length]!],
        mentions: [{ start: 0, end: name.length }],
        attributes: { [`key\`${i}'}`]: name },
      })),
      relations: [
        { source: 'person:evil-0', type: 'MET', target: 'person:evil-1', evidence: text, start: 0, end: text.length, confidence: 0.5, documentId, trigger: evil[2]! },
        { source: 'person:evil-2', type: 'ACCUSED', target: 'person:evil-3', evidence: evil[4]!, start: 1, end: 2, confidence: 0.5, documentId, role: evil[0]! },
      ],
    };
    await write([article]);

    const stored = await rows(`MATCH (p:Person) WHERE p.id STARTS WITH 'person:evil-' RETURN p.name AS name, p.aliases AS aliases, properties(p) AS props ORDER BY p.id`);
    expect(stored.map((p) => p.name)).toEqual(evil);
    expect(stored.map((p) => p.aliases)).toEqual(evil.map((_, i) => [evil[(i + 1) % evil.length]]));
    stored.forEach((p, i) => expect((p.props as Record<string, unknown>)[`key\`${i}'}`]).toBe(evil[i]));
    const [doc] = await rows(`MATCH (d:Document {id: $id}) RETURN d.title AS title, d.source AS source`, { id: documentId });
    expect(doc).toEqual({ title: evil[0], source: evil[3] });
    const [met] = await rows(`MATCH (:Entity {id: 'person:evil-0'})-[r:MET]->() RETURN r.evidence AS evidence, r.trigger AS trigger`);
    expect(met).toEqual({ evidence: text, trigger: evil[2] });

    // Everything written before is still there, plus exactly what the article added.
    const after = await graphStats(connection);
    expect(after.labels).toEqual({ ...before.labels, Document: 3, Entity: 12, Person: 9 });
    expect(after.relationships).toBe(before.relationships + 5 + 2);
    // Writing it again changes nothing either.
    await write([article]);
    expect(await graphStats(connection)).toEqual(after);
  });

  it('writes through routing (neo4j://) and direct (bolt://) URIs alike', async () => {
    const config = neo4jConfigFromEnv();
    const routing = config.uri.replace(/^bolt/, 'neo4j');
    const direct = config.uri.replace(/^neo4j/, 'bolt');
    const [first, second] = fixtureArticles();
    for (const [uri, article] of [
      [routing, first!],
      [direct, second!],
    ] as const) {
      const sink = await createNeo4jSink({ config: { ...config, uri } });
      await sink.write([article]);
      await sink.close();
    }
    expect((await graphStats(connection)).labels.Document).toBe(2);
  });
});

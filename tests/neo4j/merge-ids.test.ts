/**
 * applyIdentityMap against the real Neo4j: an entity written by an earlier batch under another id
 * ("Biden", person:biden) is merged into the node a later batch wrote (person:joe-biden), or renamed
 * when there is none; re-running the map and re-ingesting the articles afterwards change nothing.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mapExtractionIds } from '../../src/identities/map-ids.js';
import type { Entity, Extraction, IdentityMap, Relation, RelationType } from '../../src/model.js';
import { connectNeo4j, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { graphStats, resetGraph } from '../../src/neo4j/maintenance.js';
import { createNeo4jSink } from '../../src/sinks/neo4j/index.js';
import { applyIdentityMap } from '../../src/sinks/neo4j/merge-ids.js';
import { applyArticleDecisions } from '../../src/sinks/neo4j/move-by-article.js';

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

const entity = (id: string, name: string, mentions: [number, number][], extra: Partial<Entity> = {}): Entity => ({
  id,
  type: id.startsWith('person:') ? 'Person' : id.startsWith('country:') ? 'Country' : 'Location',
  name,
  aliases: [],
  mentions: mentions.map(([start, end]) => ({ start, end })),
  ...extra,
});
const relation = (documentId: string, source: string, type: RelationType, target: string, start: number, extra: Partial<Relation> = {}): Relation => ({
  source,
  type,
  target,
  evidence: `sentence at ${start}`,
  start,
  end: start + 40,
  confidence: 0.8,
  documentId,
  ...extra,
});
const article = (id: string, entities: Entity[], relations: Relation[]): Extraction => ({
  document: { id, title: `Article ${id}`, sha256: createHash('sha256').update(id).digest('hex') },
  entities,
  relations,
});

/** Batch 1: only the surname ("Biden"), met Carla Diaz (stored biden → carla-diaz: MET runs from the smaller id). */
const early = article(
  'early',
  [
    entity('person:biden', 'Biden', [[0, 5], [60, 65]], { aliases: ['Mr Biden'], attributes: { source: 'test' } }),
    entity('person:carla-diaz', 'Carla Diaz', [[20, 30]]),
    entity('country:ukraine', 'Ukraine', [[40, 47]]),
    entity('country:united-states', 'United States', [[70, 83]]),
  ],
  [
    relation('early', 'person:biden', 'MET', 'person:carla-diaz', 0),
    relation('early', 'person:biden', 'VISITED', 'country:ukraine', 0),
    relation('early', 'person:carla-diaz', 'ACCUSED', 'person:biden', 100),
    relation('early', 'person:biden', 'HOLDS_ROLE', 'country:united-states', 200, { role: 'President' }),
  ],
);
/** Batch 2: the full name. */
const later = article(
  'later',
  [entity('person:joe-biden', 'Joe Biden', [[0, 9]], { aliases: ['Biden'] }), entity('person:zara-ahmed', 'Zara Ahmed', [[20, 30]]), entity('country:ukraine', 'Ukraine', [[40, 47]])],
  [relation('later', 'person:joe-biden', 'MET', 'person:zara-ahmed', 0), relation('later', 'person:joe-biden', 'PLEDGED', 'country:ukraine', 100)],
);
/** Batch 2 too: an article where both forms stayed apart, in one sentence meeting the same person. */
const both = article(
  'both',
  [entity('person:biden', 'Biden', [[50, 55], [0, 5]]), entity('person:joe-biden', 'Joe Biden', [[0, 5], [10, 19]]), entity('person:zara-ahmed', 'Zara Ahmed', [[30, 40]])],
  [
    relation('both', 'person:biden', 'MET', 'person:zara-ahmed', 0),
    relation('both', 'person:joe-biden', 'MET', 'person:zara-ahmed', 0),
    relation('both', 'person:biden', 'MET', 'person:joe-biden', 100),
  ],
);

const MAP: IdentityMap = { ids: { 'person:biden': 'person:joe-biden' }, entities: { 'person:joe-biden': { name: 'Joe Biden', aliases: ['Biden', 'Mr Biden'] } } };

async function write(batches: Extraction[][], identities?: IdentityMap) {
  const sink = await createNeo4jSink({ connection, ...(identities ? { identities } : {}) });
  for (const batch of batches) await sink.write(batch);
  await sink.close();
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return (await connection.autoCommit(cypher, params)).records.map((r) => r.toObject());
}

/** Every node and relationship kg wrote, as sorted plain text: two equal snapshots are the same graph. */
async function snapshot() {
  const nodes = await rows(`MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS props ORDER BY id`);
  const rels = await rows(`MATCH (a:Entity)-[r]->(b) RETURN a.id AS a, type(r) AS type, coalesce(b.id, '') AS b, properties(r) AS props`);
  return {
    nodes: nodes.map((n) => JSON.stringify({ ...n, labels: [...(n.labels as string[])].sort(), props: { ...(n.props as object), aliases: [...((n.props as { aliases: string[] }).aliases ?? [])].sort() } })),
    rels: rels.map((r) => JSON.stringify([r.a, r.type, r.b, Object.entries(r.props as object).sort()])).sort(),
  };
}

describe('applyIdentityMap', () => {
  it('merges an entity written earlier under another id into the node a later batch wrote', async () => {
    await write([[early], [later, both]]);
    expect((await rows(`MATCH (e:Person) RETURN count(e) AS n`))[0]!.n).toBe(4);

    const result = await applyIdentityMap(connection, MAP);
    expect(result).toEqual({ merged: 1, renamed: 0, relationships: 4, absent: 0, transactions: 1 });

    expect(await rows(`MATCH (e:Entity {id: 'person:biden'}) RETURN e`)).toEqual([]);
    const [joe] = await rows(`MATCH (e:Person {id: 'person:joe-biden'}) RETURN properties(e) AS p`);
    expect(joe!.p).toMatchObject({ name: 'Joe Biden', type: 'Person', source: 'test' });
    expect([...(joe!.p as { aliases: string[] }).aliases].sort()).toEqual(['Biden', 'Mr Biden']);

    const facts = await rows(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id = 'person:joe-biden' OR b.id = 'person:joe-biden'
       RETURN a.id + ' ' + type(r) + ' ' + b.id + ' @' + r.documentId AS fact ORDER BY fact`,
    );
    expect(facts.map((f) => f.fact)).toEqual([
      'person:carla-diaz ACCUSED person:joe-biden @early',
      'person:carla-diaz MET person:joe-biden @early', // MET turned round: from the smaller id again
      'person:joe-biden HOLDS_ROLE country:united-states @early',
      'person:joe-biden MET person:zara-ahmed @both', // the two names' same sentence is one piece of evidence
      'person:joe-biden MET person:zara-ahmed @later',
      'person:joe-biden PLEDGED country:ukraine @later',
      'person:joe-biden VISITED country:ukraine @early',
    ]);
    const [role] = await rows(`MATCH (:Entity {id: 'person:joe-biden'})-[r:HOLDS_ROLE]->() RETURN properties(r) AS p`);
    expect(role!.p).toEqual({ documentId: 'early', evidence: 'sentence at 200', start: 200, end: 240, confidence: 0.8, modality: 'asserted', role: 'President' });

    const mentions = await rows(`MATCH (:Entity {id: 'person:joe-biden'})-[m:MENTIONED_IN]->(d) RETURN d.id AS doc, m.count AS count, m.offsets AS offsets ORDER BY doc`);
    expect(mentions).toEqual([
      { doc: 'both', count: 3, offsets: ['0-5', '10-19', '50-55'] },
      { doc: 'early', count: 2, offsets: ['0-5', '60-65'] },
      { doc: 'later', count: 1, offsets: ['0-9'] },
    ]);
  });

  it('ends in the same graph as writing the articles with resolved ids in the first place', async () => {
    await write([[early], [later, both]]);
    await applyIdentityMap(connection, MAP);
    const merged = await snapshot();
    await resetGraph(connection);
    await write([[early, later, both].map((x) => mapExtractionIds(x, MAP))]);
    expect(merged).toEqual(await snapshot());
  });

  it('renames the old node (id, name, aliases, label) when no node has the new id', async () => {
    const georgia = article('tbilisi', [entity('location:georgia', 'Georgia', [[0, 7]]), entity('person:carla-diaz', 'Carla Diaz', [[10, 20]])], [relation('tbilisi', 'person:carla-diaz', 'VISITED', 'location:georgia', 0)]);
    await write([[early, georgia]]);
    const map: IdentityMap = { ids: { ...MAP.ids, 'location:georgia': 'country:georgia' }, entities: MAP.entities };
    const result = await applyIdentityMap(connection, map);
    expect(result).toMatchObject({ merged: 0, renamed: 2, absent: 0 });

    const [joe] = await rows(`MATCH (e:Entity {id: 'person:joe-biden'}) RETURN properties(e) AS p, labels(e) AS labels`);
    expect(joe!.p).toMatchObject({ name: 'Joe Biden', type: 'Person' });
    expect([...(joe!.p as { aliases: string[] }).aliases].sort()).toEqual(['Biden', 'Mr Biden']);
    const [country] = await rows(`MATCH (e:Entity {id: 'country:georgia'}) RETURN labels(e) AS labels, e.type AS type`);
    expect({ labels: [...(country!.labels as string[])].sort(), type: country!.type }).toEqual({ labels: ['Country', 'Entity'], type: 'Country' });
    expect((await rows(`MATCH (e:Entity) WHERE e.id IN ['person:biden', 'location:georgia'] RETURN e`)).length).toBe(0);

    const facts = await rows(`MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + ' ' + type(r) + ' ' + b.id AS fact ORDER BY fact`);
    expect(facts.map((f) => f.fact)).toEqual([
      'person:carla-diaz ACCUSED person:joe-biden',
      'person:carla-diaz MET person:joe-biden',
      'person:carla-diaz VISITED country:georgia',
      'person:joe-biden HOLDS_ROLE country:united-states',
      'person:joe-biden VISITED country:ukraine',
    ]);
    expect((await rows(`MATCH (:Entity {id: 'person:joe-biden'})-[m:MENTIONED_IN]->() RETURN m.offsets AS o`))[0]!.o).toEqual(['0-5', '60-65']);
  });

  it('changes nothing when the same map runs again, or when the articles are ingested again through it', async () => {
    await write([[early], [later, both]]);
    await applyIdentityMap(connection, MAP);
    const stats = await graphStats(connection);
    const merged = await snapshot();

    expect(await applyIdentityMap(connection, MAP)).toEqual({ merged: 0, renamed: 0, relationships: 0, absent: 1, transactions: 1 });
    expect(await snapshot()).toEqual(merged);

    await write([[early], [later, both]], MAP);
    expect(await graphStats(connection)).toEqual(stats);
    expect(await snapshot()).toEqual(merged);
  });

  it('the sink resolves what it wrote and writes later articles under the resolved ids', async () => {
    const sink = await createNeo4jSink({ connection });
    await sink.write([early]);
    await sink.write([later, both]);
    await sink.resolve(MAP);
    expect(sink.resolved).toMatchObject({ merged: 1, renamed: 0, transactions: 1 });
    const merged = await snapshot();
    await sink.write([early]); // written again, as an interrupted and continued run may
    await sink.close();
    expect(await snapshot()).toEqual(merged);
    expect(merged.nodes.some((n) => n.includes('"person:biden"'))).toBe(false);
  });

  it('merges several old ids of one entity, and a fact between two of them goes', async () => {
    const third = article(
      'third',
      [entity('person:joseph-biden', 'Joseph Biden', [[0, 12]]), entity('person:biden', 'Biden', [[20, 25]]), entity('person:zara-ahmed', 'Zara Ahmed', [[30, 40]])],
      [relation('third', 'person:biden', 'MET', 'person:joseph-biden', 0), relation('third', 'person:joseph-biden', 'URGED', 'person:zara-ahmed', 50)],
    );
    await write([[early, third]]);
    const map: IdentityMap = { ids: { 'person:biden': 'person:joe-biden', 'person:joseph-biden': 'person:joe-biden' }, entities: {} };
    expect(await applyIdentityMap(connection, map, { batchSize: 1 })).toMatchObject({ merged: 1, renamed: 1, transactions: 1 });
    const people = await rows(`MATCH (e:Person) RETURN e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY id`);
    expect(people.map((p) => p.id)).toEqual(['person:carla-diaz', 'person:joe-biden', 'person:zara-ahmed']);
    expect(people[1]!.name).toBe('Joseph Biden'); // no canonical name given: the longest
    expect(await rows(`MATCH (a:Entity)-[r:MET]->(b:Entity) WHERE a = b RETURN r`)).toEqual([]);
    expect((await rows(`MATCH (:Entity {id: 'person:joe-biden'})-[r:URGED]->(:Entity {id: 'person:zara-ahmed'}) RETURN count(r) AS n`))[0]!.n).toBe(1);
  });
});

describe('applyArticleDecisions', () => {
  /** "Biden" alone in two more articles: in one its title says it is Joe, in the other nothing decides. */
  const titled = article('titled', [entity('person:biden', 'Biden', [[0, 5]]), entity('country:ukraine', 'Ukraine', [[20, 27]])], [relation('titled', 'person:biden', 'VISITED', 'country:ukraine', 0)]);
  const plain = article('plain', [entity('person:biden', 'Biden', [[0, 5]]), entity('person:zara-ahmed', 'Zara Ahmed', [[20, 30]])], [relation('plain', 'person:biden', 'MET', 'person:zara-ahmed', 0)]);
  const DECIDED: IdentityMap = { ids: {}, entities: {}, documents: { titled: { 'person:biden': 'person:joe-biden' } } };

  it("moves only the decided article's facts and mentions to the resolved node, and is idempotent", async () => {
    await write([[later, titled, plain]]);
    const result = await applyArticleDecisions(connection, DECIDED);
    expect(result).toMatchObject({ applied: 1, relationships: 1, removed: 0, transactions: 1 });

    const facts = await rows(`MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH 'person:' RETURN a.id + ' ' + type(r) + ' ' + b.id + ' @' + r.documentId AS fact ORDER BY fact`);
    expect(facts.map((f) => f.fact)).toEqual([
      'person:biden MET person:zara-ahmed @plain',
      'person:joe-biden MET person:zara-ahmed @later',
      'person:joe-biden PLEDGED country:ukraine @later',
      'person:joe-biden VISITED country:ukraine @titled',
    ]);
    const mentions = await rows(`MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) WHERE e.id IN ['person:biden', 'person:joe-biden'] RETURN e.id + ' @' + d.id AS m ORDER BY m`);
    expect(mentions.map((m) => m.m)).toEqual(['person:biden @plain', 'person:joe-biden @later', 'person:joe-biden @titled']);
    expect((await rows(`MATCH (e:Entity {id: 'person:joe-biden'}) RETURN e.aliases AS a`))[0]!.a).toContain('Biden');

    const once = await snapshot();
    expect(await applyArticleDecisions(connection, DECIDED)).toMatchObject({ applied: 0, relationships: 0 });
    await write([[titled, plain]], DECIDED); // ingested again through the same map
    expect(await snapshot()).toEqual(once);
  });

  it('removes the old node when every article that named it decided otherwise', async () => {
    await write([[later, titled]]);
    await applyArticleDecisions(connection, DECIDED);
    expect(await rows(`MATCH (e:Entity {id: 'person:biden'}) RETURN e`)).toEqual([]);
  });
});

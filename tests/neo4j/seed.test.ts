/**
 * End to end on the seed article, as a user runs it: `kg ingest examples/ --neo4j`, then the named
 * queries. The facts asserted are the ones the article plainly states; the exact rows depend on the
 * extractor, so each test checks the rows it needs rather than every row.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNeo4j, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { graphStats, resetGraph } from '../../src/neo4j/maintenance.js';
import { runKg } from './helpers.js';

const SEED = 'examples/000_ac0a09345cc1fc79.txt';
const SEED_ID = '000_ac0a09345cc1fc79';
const text = readFileSync(SEED, 'utf8');

let connection: Neo4jConnection;
let out: string;

beforeAll(async () => {
  connection = await connectNeo4j();
  out = mkdtempSync(join(tmpdir(), 'kg-neo4j-seed-'));
  const reset = await runKg(['neo4j', 'reset', '--yes']);
  expect(reset.code).toBe(0);
  const ingest = await runKg(['ingest', 'examples', '--neo4j', '-q', '-o', out]);
  expect(ingest.stderr).toBe('');
  expect(ingest.code).toBe(0);
});
afterAll(async () => {
  await resetGraph(connection);
  await connection?.close();
  rmSync(out, { recursive: true, force: true });
});

async function named(name: string, ...params: string[]): Promise<Record<string, unknown>[]> {
  const run = await runKg(['query', '--name', name, '--format', 'json', ...params.flatMap((p) => ['--param', p])]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

const pair = (r: Record<string, unknown>, a: string, b: string) => [r[a], r[b]].sort().join(' – ');

describe('the seed article in Neo4j', () => {
  it('kg query --name who-met-whom prints Antony Blinken – Volodymyr Zelensky with the sentence that says so', async () => {
    const run = await runKg(['query', '--name', 'who-met-whom']);
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n').find((l) => /Antony Blinken\s+Volodymyr Zelensky|Volodymyr Zelensky\s+Antony Blinken/.test(l));
    expect(line).toBeDefined();
    expect(line).toContain(SEED_ID);

    const rows = (await named('who-met-whom')).filter((r) => pair(r, 'who', 'met') === 'Antony Blinken – Volodymyr Zelensky');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(text).toContain(r.evidence);
      expect(r.evidence).toMatch(/Zelensky/);
      expect(r.reported).toBe('2021-05-08');
    }
    // Joe Biden only plans to meet: no row.
    expect((await named('who-met-whom')).filter((r) => r.who === 'Joe Biden' || r.met === 'Joe Biden')).toEqual([]);
  });

  it('a second ingest, and the same article under another file name, leave every count unchanged', async () => {
    const before = await graphStats(connection);
    expect(before.labels.Document).toBe(1);
    expect(before.relationships).toBeGreaterThan(0);
    const again = await runKg(['ingest', 'examples', '--neo4j', '-q', '-o', out]);
    expect(again.code).toBe(0);
    expect(await graphStats(connection)).toEqual(before);

    const renamed = mkdtempSync(join(tmpdir(), 'kg-neo4j-renamed-'));
    try {
      copyFileSync(SEED, join(renamed, 'the-same-article.txt'));
      const copy = await runKg(['ingest', renamed, '--neo4j', '-q', '-o', out]);
      expect(copy.code).toBe(0);
      expect(await graphStats(connection)).toEqual(before);
    } finally {
      rmSync(renamed, { recursive: true, force: true });
    }
  });

  it('who-accused-whom: Antony Blinken accused Russia', async () => {
    const rows = await named('who-accused-whom', 'entity=Mr Blinken');
    expect(rows.map((r) => `${r.accuser} → ${r.accused}`)).toContain('Antony Blinken → Russia');
    rows.forEach((r) => expect(text).toContain(r.evidence));
  });

  it('who-pledged-what: Joe Biden pledged "unwavering support" to Volodymyr Zelensky', async () => {
    const rows = await named('who-pledged-what');
    const pledge = rows.find((r) => r.pledger === 'Joe Biden' && r.recipient === 'Volodymyr Zelensky');
    expect(pledge?.pledge).toMatch(/unwavering support/);
  });

  it('neighbourhood of Antony Blinken (found by an alias)', async () => {
    const rows = await named('neighbourhood', 'entity=mr blinken');
    expect(new Set(rows.map((r) => r.entity))).toEqual(new Set(['Antony Blinken']));
    const facts = rows.map((r) => `${r.relation} ${r.neighbour}`);
    expect(facts).toEqual(expect.arrayContaining(['MET Volodymyr Zelensky', 'ACCUSED Russia']));
  });

  it('shortest-path: Antony Blinken and Volodymyr Zelensky are one meeting apart', async () => {
    const rows = await named('shortest-path', 'from=Antony Blinken', 'to=Volodymyr Zelensky');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ step: 1, from: 'Antony Blinken', relation: 'MET', to: 'Volodymyr Zelensky', article: SEED_ID });
    expect(text).toContain(rows[0]!.evidence);
  });

  it('timeline of Antony Blinken: in date order, with the meeting', async () => {
    const rows = await named('timeline', 'entity=Antony Blinken');
    const dates = rows.map((r) => r.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(rows.some((r) => r.relation === 'MET' && [r.subject, r.object].includes('Volodymyr Zelensky'))).toBe(true);
  });

  it('most-connected: Antony Blinken is among the three most connected', async () => {
    const rows = await named('most-connected', 'limit=3');
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.entity)).toContain('Antony Blinken');
  });

  it('articles-mentioning: Volodymyr Zelensky, several times in the one article', async () => {
    const rows = await named('articles-mentioning', 'entity=Zelensky');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity: 'Volodymyr Zelensky', article: SEED_ID, date: '2021-05-08' });
    expect(rows[0]!.mentions).toBeGreaterThanOrEqual(3);
  });
});

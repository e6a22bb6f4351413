import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jConfigFromEnv } from '../../src/neo4j/config.js';
import { connectNeo4j, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { graphStats, resetGraph } from '../../src/neo4j/maintenance.js';
import { runKg } from './helpers.js';

const WRONG_PASSWORD = 'not-the-password-4711';
let connection: Neo4jConnection;
let silent: Server;
let silentPort: number;
let closedPort: number;
const sockets: Socket[] = [];
let out: string;

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  connection = await connectNeo4j();
  await resetGraph(connection);
  closedPort = await freePort();
  // A server that accepts connections and never says a word.
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as AddressInfo).port;
  out = mkdtempSync(join(tmpdir(), 'kg-neo4j-errors-'));
});
afterAll(async () => {
  sockets.forEach((s) => s.destroy());
  await new Promise((resolve) => silent?.close(resolve));
  await connection?.close();
  rmSync(out, { recursive: true, force: true });
});

function expectOneLineError(run: { code: number; stderr: string; stdout: string; ms: number }, uri: string, what: RegExp) {
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^kg: [^\n]+\n$/);
  expect(run.stderr).toContain(uri);
  expect(run.stderr).toMatch(what);
  expect(run.stderr).not.toContain(WRONG_PASSWORD);
  expect(run.stderr).not.toContain(neo4jConfigFromEnv().password);
  expect(run.ms).toBeLessThan(10_000);
}

describe('Neo4j errors: one line naming the URI, never the password, a non-zero exit, within 10 s', () => {
  for (const scheme of ['bolt', 'neo4j']) {
    it(`server down (${scheme}://)`, async () => {
      const uri = `${scheme}://127.0.0.1:${closedPort}`;
      const run = await runKg(['query', 'RETURN 1'], { NEO4J_URI: uri, NEO4J_PASSWORD: WRONG_PASSWORD });
      expectOneLineError(run, uri, /not reachable|no answer/);
    });
  }

  it('server that never answers', async () => {
    const uri = `bolt://127.0.0.1:${silentPort}`;
    const run = await runKg(['neo4j', 'stats'], { NEO4J_URI: uri });
    expectOneLineError(run, uri, /not reachable|no answer/);
  });

  it('wrong password', async () => {
    const { uri } = neo4jConfigFromEnv();
    const run = await runKg(['query', 'RETURN 1'], { NEO4J_PASSWORD: WRONG_PASSWORD });
    expectOneLineError(run, uri, /authentication failed/);
  });

  it('unknown database', async () => {
    const { uri } = neo4jConfigFromEnv();
    const run = await runKg(['neo4j', 'stats'], { NEO4J_DATABASE: 'nosuchdatabase' });
    expectOneLineError(run, uri, /database "nosuchdatabase" does not exist/);
  });

  it('a URI that is not a Neo4j URI', async () => {
    const run = await runKg(['query', 'RETURN 1'], { NEO4J_URI: 'http://user:secret@127.0.0.1:7474' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^kg: NEO4J_URI http:\/\/127\.0\.0\.1:7474: [^\n]+\n$/);
    expect(run.stderr).not.toContain('secret');
  });

  it('kg ingest --neo4j with a wrong password writes nothing to Neo4j', async () => {
    const { uri } = neo4jConfigFromEnv();
    const run = await runKg(['ingest', 'examples', '--neo4j', '-q', '-o', out], { NEO4J_PASSWORD: WRONG_PASSWORD });
    expectOneLineError(run, uri, /authentication failed/);
    expect((await graphStats(connection)).nodes).toBe(0);
  });

  it('kg neo4j reset asks for --yes', async () => {
    const run = await runKg(['neo4j', 'reset']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^kg: [^\n]*--yes[^\n]*\n$/);
  });
});

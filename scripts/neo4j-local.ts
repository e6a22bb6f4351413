/**
 * A real local Neo4j Community server without Docker: its jars come from Maven Central (see
 * scripts/neo4j/pom.xml) into .neo4j/lib, and Neo4j's own bootloader runs it with .neo4j as its home
 * (data in .neo4j/data survives restarts; .neo4j is git-ignored). Loopback only, authentication on.
 *
 *   tsx scripts/neo4j-local.ts install|start|stop|status
 *
 * `start` is idempotent and returns once Bolt answers a query; `status` exits 0 when running, 3 when not.
 * Tests import `startLocalNeo4j`/`stopLocalNeo4j` from here (tests/setup/neo4j.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { NEO4J_DEFAULTS } from '../src/neo4j/config.js';

export const NEO4J_VERSION = '5.26.30';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOME = join(ROOT, '.neo4j');
const LIB = join(HOME, 'lib');
const CONF = join(HOME, 'conf');
const POM = join(ROOT, 'scripts', 'neo4j', 'pom.xml');
const BOLT_PORT = 7687;
const HTTP_PORT = 7474;
export const LOCAL_URI = `bolt://127.0.0.1:${BOLT_PORT}`;
const START_TIMEOUT_MS = 180_000;

/** Loopback only, auth on, a modest heap (the machine is shared), no phoning home. Rewritten on every start. */
const CONFIG = `# Written by scripts/neo4j-local.ts on every start: change that script, not this file.
server.directories.import=import
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:${BOLT_PORT}
server.bolt.advertised_address=127.0.0.1:${BOLT_PORT}
server.http.enabled=true
server.http.listen_address=127.0.0.1:${HTTP_PORT}
server.http.advertised_address=127.0.0.1:${HTTP_PORT}
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.heap.initial_size=256m
server.memory.heap.max_size=512m
server.memory.pagecache.size=256m
db.tx_log.rotation.retention_policy=100M size
server.jvm.additional=-XX:+UseG1GC
server.jvm.additional=-XX:-OmitStackTraceInFastThrow
server.jvm.additional=-XX:+UnlockExperimentalVMOptions
server.jvm.additional=-XX:+TrustFinalNonStaticFields
server.jvm.additional=-XX:+DisableExplicitGC
server.jvm.additional=-Djdk.nio.maxCachedBufferSize=1024
server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
server.jvm.additional=-Dlog4j2.disable.jmx=true
`;

class LocalNeo4jError extends Error {}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  /** False when it was already running. */
  started: boolean;
}

function password(): string {
  return process.env.NEO4J_PASSWORD ?? NEO4J_DEFAULTS.password;
}

/** Java 17 or 21 (what Neo4j 5.26 supports): JAVA_HOME's, else the one on PATH. */
function java(): string {
  const candidates = [process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java'), 'java'].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    const r = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
    const major = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`)?.[1];
    if (major === '17' || major === '21') return candidate;
  }
  throw new LocalNeo4jError('Neo4j 5.26 needs Java 17 or 21: none found (set JAVA_HOME, or apt-get install openjdk-17-jre-headless)');
}

/** Fetches the server's jars from Maven Central into .neo4j/lib, unless this version is already there. */
export function installLocalNeo4j(): void {
  const marker = join(LIB, '.version');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION) return;
  const staging = `${LIB}.download`;
  rmSync(staging, { recursive: true, force: true });
  log(`fetching Neo4j ${NEO4J_VERSION} from Maven Central into ${relative(ROOT, LIB)} (about 125 MB) …`);
  const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'], {
    encoding: 'utf8',
  });
  if (r.error) throw new LocalNeo4jError(`cannot run mvn (${r.error.message}): install Maven, e.g. apt-get install maven`);
  if (r.status !== 0) throw new LocalNeo4jError(`mvn could not fetch Neo4j ${NEO4J_VERSION}:\n${lastLines(`${r.stdout}${r.stderr}`, 30)}`);
  writeFileSync(join(staging, '.version'), `${NEO4J_VERSION}\n`);
  rmSync(LIB, { recursive: true, force: true });
  renameSync(staging, LIB);
}

function boot(tool: 'Neo4jBoot' | 'Neo4jAdminBoot', args: string[]) {
  return spawnSync(java(), ['-cp', `${LIB}/*`, `org.neo4j.server.startup.${tool}`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: HOME, NEO4J_CONF: CONF },
  });
}

/** The local server's process id, when it is running. */
export function localNeo4jPid(): number | undefined {
  return pid();
}

function pid(): number | undefined {
  try {
    const n = Number(readFileSync(join(HOME, 'run', 'neo4j.pid'), 'utf8').trim());
    if (!Number.isInteger(n) || n <= 0) return undefined;
    process.kill(n, 0);
    return n;
  } catch {
    return undefined;
  }
}

export function localNeo4jRunning(): boolean {
  return pid() !== undefined;
}

/** Starts the local server (installing it first if needed) and waits until Bolt answers. */
export async function startLocalNeo4j(): Promise<LocalNeo4j> {
  const local = { uri: LOCAL_URI, username: NEO4J_DEFAULTS.username, password: password() };
  if (localNeo4jRunning()) {
    await waitForBolt(local.password);
    return { ...local, started: false };
  }
  installLocalNeo4j();
  mkdirSync(CONF, { recursive: true });
  writeFileSync(join(CONF, 'neo4j.conf'), CONFIG);
  for (const port of [BOLT_PORT, HTTP_PORT])
    if (await portTaken(port))
      throw new LocalNeo4jError(`port ${port} on 127.0.0.1 is taken by another process (another Neo4j?): stop it, or point NEO4J_URI at it`);
  if (!existsSync(join(HOME, 'data', 'dbms', 'auth.ini'))) {
    if (local.password.length < 8) throw new LocalNeo4jError('NEO4J_PASSWORD must have at least 8 characters');
    const r = boot('Neo4jAdminBoot', ['dbms', 'set-initial-password', local.password]);
    if (r.status !== 0) throw new LocalNeo4jError(`could not set the initial password:\n${lastLines(`${r.stdout}${r.stderr}`, 20)}`);
  }
  log(`starting Neo4j ${NEO4J_VERSION} at ${LOCAL_URI} (data in ${relative(ROOT, join(HOME, 'data'))}) …`);
  const r = boot('Neo4jBoot', ['start']);
  if (r.status !== 0) throw new LocalNeo4jError(`Neo4j did not start:\n${lastLines(`${r.stdout}${r.stderr}`, 20)}\n${serverLog()}`);
  await waitForBolt(local.password);
  return { ...local, started: true };
}

export function stopLocalNeo4j(): void {
  if (!localNeo4jRunning()) return;
  const r = boot('Neo4jBoot', ['stop']);
  if (r.status !== 0) throw new LocalNeo4jError(`Neo4j did not stop:\n${lastLines(`${r.stdout}${r.stderr}`, 20)}`);
}

async function waitForBolt(pass: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    if (!localNeo4jRunning()) throw new LocalNeo4jError(`Neo4j stopped while starting:\n${serverLog()}`);
    const driver = neo4j.driver(LOCAL_URI, neo4j.auth.basic(NEO4J_DEFAULTS.username, pass), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      await driver.executeQuery('RETURN 1'); // answers only once the default database is online
      return;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'Neo.ClientError.Security.Unauthorized')
        throw new LocalNeo4jError(
          `the local server in ${relative(ROOT, HOME)} was set up with another password: set NEO4J_PASSWORD to it, ` +
            `or stop it and delete ${relative(ROOT, join(HOME, 'data'))} to start afresh`,
        );
      last = (e as Error).message;
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new LocalNeo4jError(`Bolt did not answer at ${LOCAL_URI} within ${START_TIMEOUT_MS / 1000} s (${last})\n${serverLog()}`);
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 1_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function serverLog(): string {
  const file = join(HOME, 'logs', 'neo4j.log');
  return existsSync(file) ? `last lines of ${relative(ROOT, file)}:\n${lastLines(readFileSync(file, 'utf8'), 15)}` : '';
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

function log(line: string): void {
  process.stderr.write(`neo4j: ${line}\n`);
}

async function cli(command: string | undefined): Promise<number> {
  switch (command) {
    case 'install':
      installLocalNeo4j();
      log(`Neo4j ${NEO4J_VERSION} is installed in ${relative(ROOT, LIB)}`);
      return 0;
    case 'start': {
      const s = await startLocalNeo4j();
      log(`${s.started ? 'started' : 'already running'}: Neo4j ${NEO4J_VERSION} at ${s.uri} (pid ${pid()}), user ${s.username}`);
      return 0;
    }
    case 'stop':
      if (!localNeo4jRunning()) log('not running');
      else (stopLocalNeo4j(), log('stopped'));
      return 0;
    case 'status': {
      const p = pid();
      process.stdout.write(
        p ? `Neo4j ${NEO4J_VERSION} is running (pid ${p}) at ${LOCAL_URI}, data in ${relative(ROOT, join(HOME, 'data'))}\n` : 'Neo4j is not running\n',
      );
      return p ? 0 : 3;
    }
    default:
      process.stderr.write('usage: tsx scripts/neo4j-local.ts install|start|stop|status\n');
      return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  cli(process.argv[2]).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`neo4j: ${e instanceof LocalNeo4jError ? e.message : (e as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * One connection to Neo4j for a command: a driver checked up front (so a wrong address, password or
 * database is reported within seconds, as one line naming the URI), and the three ways the tool
 * talks to the server: managed write and read transactions (retried by the driver on transient
 * errors) and auto-commit queries (schema commands, CALL … IN TRANSACTIONS).
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session, type SessionMode } from 'neo4j-driver';
import { UserError, errorMessage } from '../errors.js';
import { neo4jConfigFromEnv, safeUri, type Neo4jConfig } from './config.js';

export interface Neo4jConnection {
  readonly config: Neo4jConfig;
  readonly driver: Driver;
  /** One managed write transaction: all or nothing, retried on transient errors (deadlocks, leader switches). */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** One managed read transaction; the server refuses writes in it. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** One auto-commit query, for what cannot run inside a transaction function. */
  autoCommit(query: string, params?: Record<string, unknown>): Promise<QueryResult<RecordShape>>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** How long the first contact may take before it is reported as a failure (ms). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 6_000;

export async function connectNeo4j(config: Neo4jConfig = neo4jConfigFromEnv(), options: ConnectOptions = {}): Promise<Neo4jConnection> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true, // counts and offsets fit in a JS number; users see plain numbers
      connectionTimeout: Math.min(5_000, timeoutMs),
      connectionAcquisitionTimeout: timeoutMs,
      maxTransactionRetryTime: 15_000,
      userAgent: 'kg-news',
      logging: { level: 'error', logger: () => {} }, // failures surface as errors, not as driver log lines
    });
  } catch (e) {
    throw neo4jUserError(e, config);
  }
  const sessionConfig = config.database ? { database: config.database } : {};
  /** A session for one piece of work; errors come out as one-line UserErrors. */
  const inSession = async <T>(mode: SessionMode, use: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ ...sessionConfig, defaultAccessMode: mode });
    try {
      return await use(session);
    } catch (e) {
      throw neo4jUserError(e, config);
    } finally {
      await session.close();
    }
  };
  const connection: Neo4jConnection = {
    config,
    driver,
    write: (work) => inSession(neo4j.session.WRITE, (s) => s.executeWrite(work)),
    read: (work) => inSession(neo4j.session.READ, (s) => s.executeRead(work)),
    autoCommit: (query, params = {}) => inSession(neo4j.session.WRITE, (s) => s.run(query, params)),
    close: () => driver.close(),
  };
  try {
    // Not a managed transaction: its retries would hide a dead server for 15 s. One plain query on the
    // configured database proves the address, the credentials and the database at once.
    await withTimeout(probe(driver, sessionConfig), timeoutMs, `no answer within ${Math.round(timeoutMs / 1000)} s`);
  } catch (e) {
    await driver.close().catch(() => {});
    throw neo4jUserError(e, config);
  }
  return connection;
}

async function probe(driver: Driver, sessionConfig: { database?: string }): Promise<void> {
  const session = driver.session(sessionConfig);
  try {
    await session.run('RETURN 1');
  } finally {
    await session.close();
  }
}

class Timeout extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Turns a driver or server error into one line for users, naming the URI and never the password.
 * Errors that are already UserErrors pass through.
 */
export function neo4jUserError(e: unknown, config: Neo4jConfig): UserError {
  if (e instanceof UserError) return e;
  const where = `Neo4j at ${safeUri(config.uri)}`;
  const code = (e as { code?: string } | null)?.code ?? '';
  const detail = oneLine(errorMessage(e), config.password);
  let message: string;
  if (e instanceof Timeout) message = `${where}: ${detail} (is the server running? \`npm run neo4j:start\` starts the local one)`;
  else if (code === 'Neo.ClientError.Security.Unauthorized')
    message = `${where}: authentication failed for user "${config.username}" (check NEO4J_USERNAME and NEO4J_PASSWORD)`;
  else if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    message = `${where}: too many failed logins for user "${config.username}"; wait a few seconds and check NEO4J_PASSWORD`;
  else if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    message = `${where}: database "${config.database ?? '(default)'}" does not exist (check NEO4J_DATABASE)`;
  else if (code === 'ServiceUnavailable' || code === 'SessionExpired')
    message = `${where} is not reachable: ${oneLine(unreachableCause(errorMessage(e)), config.password)} (is the server running? \`npm run neo4j:start\` starts the local one)`;
  else message = `${where}: ${detail}`;
  return new UserError(message);
}

/** The useful part of the driver's long explanations: the socket error, or the routing failure. */
function unreachableCause(detail: string): string {
  const cause = /Caused by: (.*)$/m.exec(detail)?.[1];
  return (cause ?? detail.replace(/\s*Known routing table:.*$/, '')).trim();
}

/** First meaningful line of a message, with any accidental copy of the password masked. */
function oneLine(message: string, password: string): string {
  const line = message.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? 'unknown error';
  return password.length >= 4 ? line.split(password).join('***') : line;
}

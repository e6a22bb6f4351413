/**
 * Where kg-news finds Neo4j: the standard variables NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
 * NEO4J_DATABASE, with defaults that match the local server started by `npm run neo4j:start`.
 */
import { UserError } from '../errors.js';

export interface Neo4jConfig {
  /** bolt://, bolt+s://, neo4j://, neo4j+s:// (routing: clusters, Aura) … */
  uri: string;
  username: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
}

export const NEO4J_DEFAULTS = {
  uri: 'bolt://127.0.0.1:7687',
  username: 'neo4j',
  /** For the local development server only; Neo4j wants at least 8 characters. */
  password: 'kg-news-local',
} as const;

const SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const uri = env.NEO4J_URI?.trim() || NEO4J_DEFAULTS.uri;
  const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !SCHEMES.includes(scheme))
    throw new UserError(`NEO4J_URI ${safeUri(uri)}: expected a URI starting with ${SCHEMES.map((s) => `${s}://`).join(', ')}`);
  const config: Neo4jConfig = {
    uri,
    username: env.NEO4J_USERNAME || NEO4J_DEFAULTS.username,
    password: env.NEO4J_PASSWORD ?? NEO4J_DEFAULTS.password,
  };
  const database = env.NEO4J_DATABASE?.trim();
  if (database) config.database = database;
  return config;
}

/** The URI as it may be shown to users: any user:password@ part is removed. */
export function safeUri(uri: string): string {
  return uri.replace(/^([a-z0-9+]+:\/\/)[^@/]*@/i, '$1');
}

import { describe, expect, it } from 'vitest';
import { NEO4J_DEFAULTS, neo4jConfigFromEnv, safeUri } from '../../src/neo4j/config.js';
import { neo4jUserError } from '../../src/neo4j/connection.js';

describe('Neo4j configuration', () => {
  it('defaults to the local server', () => {
    expect(neo4jConfigFromEnv({})).toEqual({ uri: 'bolt://127.0.0.1:7687', username: 'neo4j', password: NEO4J_DEFAULTS.password });
    expect(NEO4J_DEFAULTS.password.length).toBeGreaterThanOrEqual(8);
  });

  it('reads the standard variables, routing URIs included', () => {
    expect(
      neo4jConfigFromEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'news' }),
    ).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'u', password: 'p', database: 'news' });
  });

  it('refuses a URI that is not Bolt or Neo4j, without showing credentials', () => {
    expect(() => neo4jConfigFromEnv({ NEO4J_URI: 'http://u:secret@host:7474' })).toThrow(/^NEO4J_URI http:\/\/host:7474: expected/);
    expect(safeUri('neo4j://user:pw@host:7687')).toBe('neo4j://host:7687');
  });
});

describe('Neo4j errors for users', () => {
  const config = { uri: 'bolt://h:1', username: 'neo4j', password: 'sesame-secret' };
  const error = (code: string, message: string) => Object.assign(new Error(message), { code });

  it('one line naming the URI, never the password', () => {
    const cases: [Error, RegExp][] = [
      [error('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized'), /authentication failed for user "neo4j"/],
      [error('Neo.ClientError.Database.DatabaseNotFound', 'Database does not exist'), /database "\(default\)" does not exist/],
      [error('ServiceUnavailable', 'Failed to connect.\nCaused by: connect ECONNREFUSED h:1'), /is not reachable: connect ECONNREFUSED h:1/],
      [error('Neo.ClientError.Statement.SyntaxError', 'Invalid input sesame-secret\n  "MATCH"\n   ^'), /: Invalid input \*\*\*$/],
    ];
    for (const [e, expected] of cases) {
      const message = neo4jUserError(e, config).message;
      expect(message).toMatch(/^Neo4j at bolt:\/\/h:1/);
      expect(message).toMatch(expected);
      expect(message).not.toContain('\n');
      expect(message).not.toContain('sesame-secret');
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_DIR, loadNamedQuery, namedQueryNames, parseNamedQuery, schemaStatements, splitStatements } from '../../src/neo4j/graph-files.js';
import { RELATION_TYPES } from '../../src/model.js';

describe('Cypher files', () => {
  it('splits a script into statements at line-ending semicolons, without comment lines', () => {
    expect(splitStatements("// a comment\nCREATE INDEX a;\n\nRETURN 'x;y';  \n// end\nRETURN 2")).toEqual(['CREATE INDEX a', "RETURN 'x;y'", 'RETURN 2']);
  });

  it('schema: every statement is idempotent, and every relationship type has its documentId index', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) expect(s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
    for (const type of RELATION_TYPES) expect(statements.some((s) => s.includes(`()-[r:${type}]-() ON (r.documentId)`))).toBe(true);
  });

  it('parses a named query header: description, optional and required parameters', () => {
    const q = parseNamedQuery('x', '// Finds things.\n// More words.\n// @param entity = null  only this one\n// @param limit  how many\nMATCH (n) RETURN n;\n');
    expect(q).toEqual({
      name: 'x',
      description: 'Finds things. More words.',
      params: [
        { name: 'entity', default: null, description: 'only this one' },
        { name: 'limit', description: 'how many' },
      ],
      cypher: 'MATCH (n) RETURN n',
    });
  });

  it('every named query has a description, documented parameters and only read clauses', () => {
    expect(namedQueryNames()).toEqual(
      expect.arrayContaining(['who-met-whom', 'who-accused-whom', 'who-pledged-what', 'neighbourhood', 'shortest-path', 'timeline', 'most-connected', 'articles-mentioning']),
    );
    for (const name of namedQueryNames()) {
      const q = loadNamedQuery(name);
      expect(q.description.length, name).toBeGreaterThan(10);
      const used = new Set([...q.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      expect(new Set(q.params.map((p) => p.name)), name).toEqual(used);
      expect(q.cypher, name).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE)\b/);
    }
  });

  it('refuses names that are not queries', () => {
    expect(() => loadNamedQuery('../schema')).toThrow(/no query named/);
    expect(() => loadNamedQuery('nope')).toThrow(/known: .*who-met-whom/);
    expect(readFileSync(join(GRAPH_DIR, 'schema.cypher'), 'utf8')).toContain('kg_entity_id');
  });
});

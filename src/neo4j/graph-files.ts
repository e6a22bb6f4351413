/**
 * The Cypher files shipped in graph/: the schema the writer applies, and the named queries users run
 * with `kg query --name`. Found relative to this module, so they work from src/ (tsx, tests) and dist/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';

export const GRAPH_DIR = fileURLToPath(new URL('../../graph/', import.meta.url));
export const QUERIES_DIR = join(GRAPH_DIR, 'queries');

/** Statements of a Cypher script: `//` comment lines dropped, split at semicolons that end a line. */
export function splitStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;[ \t]*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function schemaStatements(): string[] {
  return splitStatements(readFileSync(join(GRAPH_DIR, 'schema.cypher'), 'utf8'));
}

export interface QueryParam {
  name: string;
  /** Absent: the parameter must be given. */
  default?: unknown;
  description: string;
}

export interface NamedQuery {
  name: string;
  /** The header comment, without the @param lines. */
  description: string;
  params: QueryParam[];
  cypher: string;
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Parses a named query file: a header of `//` comment lines (a description, then `@param` lines:
 * `// @param entity = null  description` for an optional one, `// @param entity  description` for a
 * required one), followed by one read query.
 */
export function parseNamedQuery(name: string, text: string): NamedQuery {
  const lines = text.split('\n');
  const header: string[] = [];
  for (const line of lines) {
    if (!line.trim().startsWith('//')) break;
    header.push(line.trim().replace(/^\/\/ ?/, ''));
  }
  const params: QueryParam[] = [];
  const description: string[] = [];
  for (const line of header) {
    const m = /^@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(\S+))?\s*(.*)$/.exec(line);
    if (!m) {
      description.push(line);
      continue;
    }
    const param: QueryParam = { name: m[1]!, description: m[3]!.trim() };
    if (m[2] !== undefined) {
      try {
        param.default = JSON.parse(m[2]);
      } catch {
        throw new Error(`graph/queries/${name}.cypher: default of @param ${param.name} is not JSON: ${m[2]}`);
      }
    }
    params.push(param);
  }
  const cypher = lines.slice(header.length).join('\n').trim().replace(/;\s*$/, '');
  return { name, description: description.join(' ').trim(), params, cypher };
}

export function namedQueryNames(): string[] {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

export function loadNamedQuery(name: string): NamedQuery {
  const names = namedQueryNames();
  if (!NAME.test(name) || !names.includes(name)) throw new UserError(`no query named "${name}" (known: ${names.join(', ')})`);
  return parseNamedQuery(name, readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8'));
}

import { Option, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { connectNeo4j } from '../../neo4j/connection.js';
import { loadNamedQuery, namedQueryNames, type NamedQuery } from '../../neo4j/graph-files.js';
import { runReadQuery } from '../../neo4j/query.js';
import { parseParam } from '../../neo4j/values.js';
import { formatTable } from '../table.js';

interface QueryOptions {
  name?: string;
  param: [string, unknown][];
  format: 'table' | 'json';
  list: boolean;
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run a read-only Cypher query (or a named one from graph/queries) against the configured Neo4j and print the rows.')
    .argument('[cypher]', 'the query, e.g. "MATCH (p:Person) RETURN p.name LIMIT 5"')
    .option('-n, --name <name>', 'run a named query from graph/queries (see --list)')
    .option('-p, --param <key=value>', 'a query parameter, repeatable; JSON values are read as JSON', collectParam, [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('-l, --list', 'list the named queries and their parameters', false)
    .addHelpText('after', '\nConnection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (see docs/neo4j.md).')
    .action(async (cypher: string | undefined, opts: QueryOptions) => {
      if (opts.list) {
        process.stdout.write(namedQueryNames().map((n) => describeQuery(loadNamedQuery(n))).join('\n') + '\n');
        return;
      }
      if (!!cypher === !!opts.name) throw new UserError('give either a Cypher query or --name NAME (see kg query --list)');
      const params = Object.fromEntries(opts.param);
      let text = cypher ?? '';
      if (opts.name) {
        const query = loadNamedQuery(opts.name);
        Object.assign(params, namedQueryParams(query, params));
        text = query.cypher;
      }
      const connection = await connectNeo4j();
      try {
        const { columns, rows } = await runReadQuery(connection, text, params);
        if (opts.format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        else {
          process.stdout.write(formatTable(columns, rows));
          process.stderr.write(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
        }
      } finally {
        await connection.close();
      }
    });
}

function collectParam(value: string, previous: [string, unknown][]): [string, unknown][] {
  return [...previous, parseParam(value)];
}

/** The parameters of a named query: defaults filled in, required ones and unknown ones reported. */
export function namedQueryParams(query: NamedQuery, given: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length)
    throw new UserError(`query ${query.name} has no parameter ${unknown.join(', ')} (it takes: ${[...known].join(', ') || 'none'})`);
  const params: Record<string, unknown> = {};
  for (const p of query.params) {
    if (p.name in given) params[p.name] = given[p.name];
    else if ('default' in p) params[p.name] = p.default;
    else throw new UserError(`query ${query.name} needs --param ${p.name}=… (${p.description})`);
  }
  return params;
}

function describeQuery(q: NamedQuery): string {
  const params = q.params.map((p) => `    --param ${p.name}=…${'default' in p ? ` (optional, default ${JSON.stringify(p.default)})` : ''}  ${p.description}`);
  return [`${q.name}: ${q.description}`, ...params].join('\n');
}

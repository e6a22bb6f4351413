/** Runs a user's query in a read transaction and returns its rows as plain values. */
import type { Neo4jConnection } from './connection.js';
import { toDriverValue, toPlain, type Plain } from './values.js';

export interface QueryRows {
  columns: string[];
  rows: Record<string, Plain>[];
}

export async function runReadQuery(connection: Neo4jConnection, cypher: string, params: Record<string, unknown>): Promise<QueryRows> {
  return connection.read(async (tx) => {
    const result = tx.run(cypher, toDriverValue(params) as Record<string, unknown>);
    const columns = (await result.keys()).map(String);
    const { records } = await result;
    return { columns, rows: records.map((r) => Object.fromEntries(columns.map((k) => [k, toPlain(r.get(k))]))) };
  });
}

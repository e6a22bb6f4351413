/**
 * Between the command line and the driver: `--param key=value` parsing on the way in, and plain JSON
 * values (nodes, relationships, paths, temporal and spatial values turned into objects and strings)
 * on the way out.
 */
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';
import { UserError } from '../errors.js';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * `key=value`: the value is read as JSON when it is JSON (`limit=5`, `flag=true`, `ids=["a","b"]`,
 * `name="123"`), and as a plain string otherwise (`entity=Antony Blinken`).
 */
export function parseParam(text: string): [string, unknown] {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text);
  if (!m) throw new UserError(`--param ${text}: expected key=value, e.g. --param entity="Antony Blinken"`);
  const raw = m[2]!;
  try {
    return [m[1]!, JSON.parse(raw) as unknown];
  } catch {
    return [m[1]!, raw];
  }
}

/** Whole numbers go to Neo4j as integers (so `LIMIT $limit` works), not as floats. */
export function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverValue(v)]));
  return value;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return { _labels: value.labels, ...plainMap(value.properties) };
  if (isRelationship(value)) return { _type: value.type, ...plainMap(value.properties) };
  if (isPath(value)) return [toPlain(value.start), ...value.segments.flatMap((s) => [toPlain(s.relationship), toPlain(s.end)])];
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value) || isPoint(value))
    return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return String(value);
}

function plainMap(map: Record<string, unknown>): { [key: string]: Plain } {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toPlain(v)]));
}

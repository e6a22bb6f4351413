/** Shared by the tests that run against the real Neo4j. */
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { extractionSchema, type Extraction } from '../../src/model.js';

export const FIXTURES = new URL('../fixtures/neo4j/', import.meta.url);

/** Two hand-made articles that share people and countries (see tests/fixtures/neo4j/articles.json). */
export function fixtureArticles(): Extraction[] {
  const raw = JSON.parse(readFileSync(new URL('articles.json', FIXTURES), 'utf8')) as unknown[];
  return raw.map((x) => extractionSchema.parse(x) as Extraction);
}

export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the `kg` CLI in this process (so it runs the current sources, not dist/), with extra
 * environment variables for the run, and captures what it prints.
 */
export async function runKg(args: string[], env: Record<string, string | undefined> = {}): Promise<KgRun> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  setEnv(env);
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  const started = performance.now();
  try {
    const code = await main(['node', 'kg', ...args]);
    return { code, stdout: out.join(''), stderr: err.join(''), ms: performance.now() - started };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    process.exitCode = undefined; // a command's exit code must not become the test run's
    setEnv(saved);
  }
}

function setEnv(env: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

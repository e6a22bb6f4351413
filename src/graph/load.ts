/**
 * Reads a graph.json written by `kg ingest` (graphology's own serialisation) back into a graph, for
 * the commands that work on an existing graph (`kg export`). Checks the shape first, so a wrong file
 * gets a one-line error naming it and the problem rather than a crash later.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UserError, errorMessage } from '../errors.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../model.js';
import { createGraph, type KnowledgeGraph } from './build.js';

/** Where `kg ingest` writes the graph by default. */
export const DEFAULT_GRAPH_FILE = 'out/graph.json';

const serialisedGraph = z.object({
  attributes: z.object({ documents: z.record(z.string(), z.object({ id: z.string() }).passthrough()) }).passthrough(),
  nodes: z.array(
    z.object({
      key: z.string(),
      attributes: z.object({ type: z.enum(ENTITY_TYPES), name: z.string(), aliases: z.array(z.string()), mentions: z.array(z.unknown()), documentIds: z.array(z.string()) }).passthrough(),
    }),
  ),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.object({ type: z.enum(RELATION_TYPES), symmetric: z.boolean(), evidence: z.array(z.object({ text: z.string(), documentId: z.string() }).passthrough()) }).passthrough(),
    }),
  ),
});

export async function loadGraph(file: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: not found (run \`kg ingest\` first, or name the graph with --graph FILE)`);
    if (code === 'EISDIR') throw new UserError(`${file}: is a folder, not a graph.json file`);
    throw new UserError(`${file}: cannot be read (${errorMessage(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not valid JSON (${errorMessage(e)})`);
  }
  const parsed = serialisedGraph.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`${file}: not a kg-news graph (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  const graph = createGraph();
  try {
    graph.import(json as Parameters<KnowledgeGraph['import']>[0]);
  } catch (e) {
    throw new UserError(`${file}: not a kg-news graph (${errorMessage(e)})`);
  }
  return graph;
}

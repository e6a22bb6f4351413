/**
 * The checkpoint an interrupted ingest leaves in its output folder (`DIR/.kg-checkpoint.json`): the
 * graph of every article committed so far (to every sink), and what the run was given. Re-running
 * the same command on the same inputs starts from it and skips those articles; a completed run
 * deletes it. Written to a temporary name and renamed, so it is whole or absent.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { createGraph, type KnowledgeGraph } from '../graph/build.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model.js';
import { writeFilesAtomically } from '../sinks/atomic.js';
import { graphJsonChunks } from '../sinks/graph-json.js';

export const CHECKPOINT_FILE = '.kg-checkpoint.json';

/** What must be the same for a run to continue another: the inputs, the reading limits, the sinks. */
export interface CheckpointKey {
  inputs: string[];
  maxBytes: number;
  sinks: string[];
}

export interface CheckpointInfo {
  /** Articles in the checkpoint's graph. */
  articles: number;
  /** The last input item (file or JSONL line) that was dealt with. */
  stoppedAfter?: string;
  savedAt: string;
}

interface CheckpointFile extends CheckpointInfo {
  version: 1;
  key: CheckpointKey;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
}

export type CheckpointLookup =
  | { found: false }
  | { found: true; matches: false; path: string }
  | { found: true; matches: true; path: string; info: CheckpointInfo; graph: KnowledgeGraph };

/** The key of a run; undefined when the run cannot be resumed (stdin is read once). */
export function checkpointKey(paths: string[], maxBytes: number, sinks: string[]): CheckpointKey | undefined {
  if (paths.includes('-')) return undefined;
  return { inputs: paths.map((p) => resolve(p)), maxBytes, sinks: [...sinks].sort() };
}

export const checkpointPath = (outDir: string) => join(outDir, CHECKPOINT_FILE);

export async function readCheckpoint(outDir: string, key: CheckpointKey): Promise<CheckpointLookup> {
  const path = checkpointPath(outDir);
  let file: CheckpointFile;
  try {
    file = JSON.parse(await readFile(path, 'utf8')) as CheckpointFile;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { found: false };
    return { found: true, matches: false, path }; // unreadable: treat as another run's
  }
  if (file.version !== 1 || JSON.stringify(file.key) !== JSON.stringify(key)) return { found: true, matches: false, path };
  const graph = createGraph();
  graph.import(file.graph);
  const { articles, stoppedAfter, savedAt } = file;
  return { found: true, matches: true, path, graph, info: { articles, savedAt, ...(stoppedAfter ? { stoppedAfter } : {}) } };
}

export async function writeCheckpoint(outDir: string, key: CheckpointKey, graph: KnowledgeGraph, info: CheckpointInfo): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = checkpointPath(outDir);
  // The graph is streamed after the small fields: `{"version":1,…,"graph":<graph.json>}`.
  const head = JSON.stringify({ version: 1, key, ...info } satisfies Omit<CheckpointFile, 'graph'>);
  function* chunks() {
    yield `${head.slice(0, -1)},"graph":`;
    yield* graphJsonChunks(graph);
    yield '}';
  }
  await writeFilesAtomically([{ path, chunks: chunks() }]);
  return path;
}

export async function removeCheckpoint(outDir: string): Promise<void> {
  await rm(checkpointPath(outDir), { force: true });
}

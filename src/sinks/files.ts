/**
 * Writes the graph files of an ingest: `graph.json` (graphology's own serialisation) and
 * `index.html` (the Cytoscape page). Both are written to temporary names first and renamed into
 * place, so a failure or an interruption never leaves a half-written graph behind; graph.json is
 * streamed, never held as one string.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../graph/build.js';
import { writeFilesAtomically } from './atomic.js';
import { graphJsonChunks } from './graph-json.js';
import { renderPageChunks } from './page/render.js';

export interface WrittenFiles {
  graphJson: string;
  page: string;
}

export async function writeGraphFiles(graph: KnowledgeGraph, dir: string): Promise<WrittenFiles> {
  await mkdir(dir, { recursive: true });
  const files = { graphJson: join(dir, 'graph.json'), page: join(dir, 'index.html') };
  await writeFilesAtomically([
    { path: files.graphJson, chunks: graphJsonChunks(graph) },
    { path: files.page, chunks: await renderPageChunks(graph) },
  ]);
  return files;
}

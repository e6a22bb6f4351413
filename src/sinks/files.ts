/**
 * Writes the graph files of an ingest: `graph.json` (graphology's own serialisation) and
 * `index.html` (the Cytoscape page). Both are written to temporary names first and renamed into
 * place, so a failure never leaves a half-written graph behind.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../graph/build.js';
import { renderPage } from './page/render.js';

export interface WrittenFiles {
  graphJson: string;
  page: string;
}

export async function writeGraphFiles(graph: KnowledgeGraph, dir: string): Promise<WrittenFiles> {
  await mkdir(dir, { recursive: true });
  const files = { graphJson: join(dir, 'graph.json'), page: join(dir, 'index.html') };
  const contents: [string, string][] = [
    [files.graphJson, JSON.stringify(graph.export())],
    [files.page, await renderPage(graph)],
  ];
  const temps = contents.map(([path]) => `${path}.${process.pid}.tmp`);
  try {
    await Promise.all(contents.map(([, text], i) => writeFile(temps[i]!, text)));
    for (const [i, [path]] of contents.entries()) await rename(temps[i]!, path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw e;
  }
  return files;
}

/**
 * Writes files under temporary names next to them, then renames them into place once all are
 * written: a reader (or a run interrupted half-way) sees the old files or the new ones, never half
 * of one. The text comes in chunks, so a large graph is never held as one string.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

export interface FileContent {
  path: string;
  chunks: Iterable<string>;
}

export async function writeFilesAtomically(files: FileContent[]): Promise<void> {
  const temps = files.map((f) => `${f.path}.${process.pid}.tmp`);
  try {
    for (const [i, f] of files.entries()) await writeChunks(temps[i]!, f.chunks);
    for (const [i, f] of files.entries()) await rename(temps[i]!, f.path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw e;
  }
}

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([e]) => Promise.reject(e as Error));
  failed.catch(() => undefined);
  try {
    for (const chunk of chunks) if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    out.end();
    await finished(out);
  } finally {
    out.destroy();
  }
}

/**
 * Counts the articles an ingest will go through (one per file, one per non-blank JSONL line), for
 * the progress bar's total and ETA. It streams like the reader does, so it never holds a file's text;
 * stdin cannot be read twice, so its count is unknown.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { formatOf, walk } from '../input/read.js';

/** How many items `readInputs(paths)` will yield (articles and failures), or undefined if unknowable. */
export async function countInputs(paths: string[]): Promise<number | undefined> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return undefined;
    const info = await stat(path).catch(() => undefined);
    if (!info) total++;
    else if (info.isDirectory()) for await (const file of walk(path)) total += await countFile(file);
    else total += await countFile(path);
  }
  return total;
}

async function countFile(path: string): Promise<number> {
  if (formatOf(path) !== 'jsonl') return 1;
  try {
    const lines = await countNonBlankLines(path);
    return lines === 0 ? 1 : lines; // an empty JSONL file is one failure
  } catch {
    return 1; // unreadable: one failure
  }
}

const NEWLINE = 0x0a;
const isBlankByte = (b: number) => b === 0x20 || b === 0x09 || b === 0x0d || b === NEWLINE;

export async function countNonBlankLines(path: string): Promise<number> {
  let lines = 0;
  let lineHasText = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, from);
      const end = newline < 0 ? chunk.length : newline;
      // Text lines almost always start with a non-blank byte, so this scan stops at once.
      for (let i = from; !lineHasText && i < end; i++) if (!isBlankByte(chunk[i]!)) lineHasText = true;
      if (newline < 0) break;
      if (lineHasText) lines++;
      lineHasText = false;
      from = newline + 1;
    }
  }
  return lineHasText ? lines + 1 : lines;
}

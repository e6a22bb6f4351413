import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, renderJsonLine, renderTxt } from '../../scripts/corpus/generate.js';

export const tempDir = (prefix = 'kg-ingest-') => mkdtempSync(join(tmpdir(), prefix));

/** `count` synthetic articles as .txt files in a new folder. */
export function txtCorpus(count: number, seed = 'tests'): string {
  const dir = tempDir('kg-corpus-');
  for (const a of generateCorpus({ seed, count })) writeFileSync(join(dir, `${a.id}.txt`), renderTxt(a));
  return dir;
}

/** `count` synthetic articles as one JSONL file. */
export function jsonlCorpus(count: number, seed = 'tests'): string {
  const file = join(tempDir('kg-corpus-'), 'corpus.jsonl');
  writeFileSync(file, [...generateCorpus({ seed, count })].map((a) => `${renderJsonLine(a)}\n`).join(''));
  return file;
}

/** A folder with three good articles and one of each kind of bad file. */
export function mixedFolder(): { dir: string; good: string[]; bad: Record<string, RegExp> } {
  const dir = tempDir('kg-mixed-');
  const articles = [...generateCorpus({ seed: 'mixed', count: 3 })];
  for (const a of articles) writeFileSync(join(dir, `${a.id}.txt`), renderTxt(a));
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Le ministre a rencontr\xe9 son homologue \xe0 Paris.\n', 'latin1'));
  writeFileSync(join(dir, 'more', 'huge.txt'), 'The minister said the talks went well. '.repeat(30_000)); // > 1 MB
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  return {
    dir,
    good: articles.map((a) => a.id),
    bad: {
      'empty.txt': /empty/,
      'binary.txt': /binary/,
      'latin1.txt': /UTF-8/,
      'huge.txt': /too large/,
      'notes.pdf': /unknown format/,
    },
  };
}

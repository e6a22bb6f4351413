/**
 * Writes one JSON file per article into a folder, named after the article's id
 * (`03_summit.txt` → `DIR/03_summit.json`; a JSONL record `{"id": "a-1"}` → `DIR/a-1.json`).
 * A name made from an id never leaves the folder: every character outside letters, digits, '_', '-'
 * and inner dots is written as %XX ('../../x' → '%2E.%2F..%2Fx.json': no slash, no leading dot; 'a/b' → 'a%2Fb.json',
 * NUL → '%00'), so two different ids never share a file either.
 */
import { resolve, dirname } from 'node:path';

/** The file name of an article id: letters, digits, '_', '-', '.' kept (a leading dot escaped), the rest %XX. */
export function fileNameOf(id: string): string {
  let out = '';
  for (const ch of id) {
    if (/^[A-Za-z0-9_-]$/u.test(ch) || (ch === '.' && out !== '')) out += ch;
    else out += [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  if (!out) throw new Error('an article id is empty');
  // A name that ends in dots ('a..') is legal but reads as a path trick: the last dot is escaped.
  if (out.endsWith('.')) out = out.slice(0, -1) + '%2E';
  return `${out}.json`;
}

/** The path of an article's file in `dir`, checked to be directly inside it. */
export function pathIn(dir: string, id: string): string {
  const path = resolve(dir, fileNameOf(id));
  if (dirname(path) !== resolve(dir)) throw new Error(`the article id ${JSON.stringify(id)} does not make a file name inside ${dir}`);
  return path;
}

/**
 * Reads the inputs named on the command line (files, folders searched recursively, `-` for stdin)
 * and yields one result per article, in a stable order, without holding more than one file's text
 * at a time. Problems are yielded as failures naming where they happened, never thrown, so one bad
 * file does not stop a folder.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError, errorMessage } from '../errors.js';
import type { SourceDocument } from '../model.js';
import { decodeText, looksEnglish } from './decode.js';
import { parseHtml } from './formats/html.js';
import { parseJsonLine } from './formats/jsonl.js';
import { parseMarkdown } from './formats/markdown.js';
import { parsePlainText } from './formats/txt.js';
import { defaultInputOptions, type InputOptions } from './limits.js';

export interface ReadFailure {
  where: string;
  problem: string;
}

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; failure: ReadFailure };

type Format = 'txt' | 'md' | 'html' | 'jsonl';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

const fail = (where: string, problem: string): ReadResult => ({ ok: false, failure: { where, problem } });

export async function* readInputs(paths: string[], options: InputOptions = defaultInputOptions()): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      yield fail(path, 'no such file or folder');
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFileInput(file, options);
    } else yield* readFileInput(path, options);
  }
}

/** Files under a folder, sorted, skipping hidden entries: the order in which a folder is read. */
export async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}

export function formatOf(path: string): Format | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

async function* readFileInput(path: string, options: InputOptions): AsyncGenerator<ReadResult> {
  const format = formatOf(path);
  if (!format) {
    yield fail(path, `unknown format '${extname(path) || '(no extension)'}' (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonLines(path, options);
    return;
  }
  try {
    const { size } = await stat(path);
    if (size > options.maxBytes) {
      yield fail(path, `file too large (${formatBytes(size)}, limit ${formatBytes(options.maxBytes)}; raise it with --max-size)`);
      return;
    }
    const text = decodeText(await readFile(path));
    yield checked(parseArticle(format, text, articleId(path), path), path);
  } catch (e) {
    yield fail(path, errorMessage(e));
  }
}

export function parseArticle(format: Exclude<Format, 'jsonl'>, text: string, id: string, path?: string): SourceDocument {
  if (format === 'md') return parseMarkdown(text, id, path);
  if (format === 'html') return parseHtml(text, id, path);
  return parsePlainText(text, id, path);
}

/** Streams a JSONL file line by line; each line is its own article with its own failures. */
async function* readJsonLines(path: string, options: InputOptions): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const where = `${path}:${n}`;
      if (Buffer.byteLength(line) > options.maxBytes) {
        yield fail(where, `article too large (limit ${formatBytes(options.maxBytes)}; raise it with --max-size)`);
        continue;
      }
      if (line.includes('\uFFFD')) {
        yield fail(where, 'invalid UTF-8 (save the file as UTF-8 text)');
        continue;
      }
      try {
        yield checked(parseJsonLine(line, where, `${articleId(path)}-${n}`), where);
      } catch (e) {
        yield fail(where, e instanceof InputError ? e.problem : errorMessage(e));
      }
    }
  } catch (e) {
    yield fail(path, errorMessage(e));
  }
  if (n === 0) yield fail(path, 'empty file');
}

async function* readStdin(options: InputOptions): AsyncGenerator<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > options.maxBytes) {
      yield fail('stdin', `input too large (limit ${formatBytes(options.maxBytes)}; raise it with --max-size)`);
      return;
    }
    chunks.push(chunk);
  }
  let text: string;
  try {
    text = decodeText(Buffer.concat(chunks));
  } catch (e) {
    yield fail('stdin', errorMessage(e));
    return;
  }
  const head = text.trimStart();
  if (head.startsWith('{')) {
    let n = 0;
    for (const line of text.split('\n')) {
      n++;
      if (!line.trim()) continue;
      try {
        yield checked(parseJsonLine(line, `stdin:${n}`, `stdin-${n}`), `stdin:${n}`);
      } catch (e) {
        yield fail(`stdin:${n}`, e instanceof InputError ? e.problem : errorMessage(e));
      }
    }
    return;
  }
  try {
    yield checked(parseArticle(head.startsWith('<') ? 'html' : 'txt', text, 'stdin', '-'), 'stdin');
  } catch (e) {
    yield fail('stdin', errorMessage(e));
  }
}

/** Last checks on a parsed article: some text, and English. */
function checked(document: SourceDocument, where: string): ReadResult {
  const body = document.text.slice(document.body.start, document.body.end);
  if (!body.trim() && !document.title) return fail(where, 'no article text');
  if (!looksEnglish(body)) return fail(where, 'not English text (kg reads English-language news)');
  return { ok: true, document };
}

/** Article id from a file name: `path/to/000_abc.txt` → `000_abc`. */
export function articleId(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '') || 'article';
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

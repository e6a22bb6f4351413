import { createHash } from 'node:crypto';
import type { SourceDocument, Span } from '../model.js';
import { copyPresent } from '../objects.js';

export interface DocumentParts {
  id: string;
  text: string;
  title?: string;
  titleSpan?: Span;
  body?: Span;
  date?: string;
  dateline?: string;
  source?: string;
  path?: string;
  url?: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Assembles a SourceDocument, dropping empty optional fields so the JSON stays tidy. */
export function makeDocument(parts: DocumentParts): SourceDocument {
  const doc: SourceDocument = {
    id: parts.id,
    text: parts.text,
    body: parts.body ?? { start: 0, end: parts.text.length },
    sha256: sha256(parts.text),
  };
  copyPresent<SourceDocument, keyof DocumentParts & keyof SourceDocument>(doc, parts, ['title', 'titleSpan', 'date', 'dateline', 'source', 'path', 'url']);
  return doc;
}

/** Text with a title line: `title\n\nbody`, spans set accordingly (for JSONL and HTML). */
export function joinTitleAndBody(title: string | undefined, body: string): Pick<DocumentParts, 'text' | 'title' | 'titleSpan' | 'body'> {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t) return { text: body, body: { start: 0, end: body.length } };
  const text = `${t}\n\n${body}`;
  return { text, title: t, titleSpan: { start: 0, end: t.length }, body: { start: t.length + 2, end: text.length } };
}

/** Normalises many date spellings to ISO `YYYY-MM-DD`; undefined when it cannot. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

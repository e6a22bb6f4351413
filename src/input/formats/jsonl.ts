/**
 * JSON Lines dumps: one article per line, `{ "id", "title", "date", "text" }` (also accepted:
 * `body`/`content` for the text, `published`/`published_at` for the date, `url`, `source`, `dateline`).
 */
import { InputError } from '../../errors.js';
import { isoDate, joinTitleAndBody, makeDocument } from '../document.js';
import type { SourceDocument } from '../../model.js';

export function parseJsonLine(line: string, where: string, fallbackId: string): SourceDocument {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new InputError(where, `invalid JSON (${(e as Error).message.replace(/\s+/g, ' ')})`);
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new InputError(where, 'expected a JSON object per line');
  const r = record as Record<string, unknown>;
  const text = [r.text, r.body, r.content].find((v) => typeof v === 'string' && v.trim()) as string | undefined;
  if (!text) throw new InputError(where, 'no "text" field');
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return makeDocument({
    id,
    path: where,
    ...joinTitleAndBody(str(r.title), text.replace(/\r\n?/g, '\n')),
    date: isoDate(r.date ?? r.published ?? r.published_at),
    dateline: str(r.dateline),
    source: str(r.source),
    url: str(r.url),
  });
}

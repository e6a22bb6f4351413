/**
 * The extraction pipeline: one article in, its entities and relations out.
 *   read → mentions → entities → relations → assemble
 */
import type { Extraction, SourceDocument } from '../model.js';
import { read } from './reading.js';

export function extractDocument(document: SourceDocument): Extraction {
  const reading = read(document);
  void reading;
  return {
    document: documentMeta(document),
    entities: [],
    relations: [],
  };
}

export function documentMeta(d: SourceDocument): Extraction['document'] {
  const meta: Extraction['document'] = { id: d.id, sha256: d.sha256 };
  if (d.title) meta.title = d.title;
  if (d.date) meta.date = d.date;
  if (d.dateline) meta.dateline = d.dateline;
  if (d.source) meta.source = d.source;
  if (d.path) meta.path = d.path;
  return meta;
}

import { extractDocument } from '../src/extract/index.js';
import { makeDocument } from '../src/input/document.js';
import type { Extraction, Relation, SourceDocument } from '../src/model.js';

/** A document from plain article text (no title), dated when a date is given. */
export function doc(text: string, date?: string, id = 'test'): SourceDocument {
  return makeDocument({ id, text, ...(date ? { date } : {}) });
}

export function extract(text: string, date?: string): Extraction {
  return extractDocument(doc(text, date));
}

/** Relations as readable triples "Source Name -TYPE-> Target Name". */
export function triples(x: Extraction, filter?: (r: Relation) => boolean): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => !filter || filter(r)).map((r) => `${name.get(r.source)} -${r.type}-> ${name.get(r.target)}`);
}

export function entityNames(x: Extraction, type?: string): string[] {
  return x.entities.filter((e) => !type || e.type === type).map((e) => e.name).sort();
}

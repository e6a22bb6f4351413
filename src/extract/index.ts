/**
 * The extraction pipeline: one article in, its entities and relations out.
 *   read → mentions → entities (coreference) → relations → assemble
 * Each stage is a pure function of the previous stages' output; an error inside one names it
 * (stage.ts).
 */
import type { Extraction, SourceDocument } from '../model.js';
import { resolveEntities } from './coref.js';
import { findMentions } from './mentions.js';
import { read } from './reading.js';
import { copyPresent } from '../objects.js';
import { findRelations } from './relations/index.js';
import { runStage } from './stage.js';

/** Throws an `ExtractionError` naming the stage that failed ("extraction failed in coreference: …"). */
export function extractDocument(document: SourceDocument): Extraction {
  const reading = runStage('reading', () => read(document));
  const analysis = runStage('mentions', () => findMentions(reading));
  const resolution = runStage('coreference', () => resolveEntities(reading, analysis));
  const relations = runStage('relations', () => findRelations(reading, analysis, resolution));
  return runStage('assembling', () => ({
    document: { ...documentMeta(document), sentenceStarts: reading.sentences.map((s) => s.start) },
    entities: resolution.entities,
    relations,
  }));
}

export function documentMeta(d: SourceDocument): Extraction['document'] {
  const meta: Extraction['document'] = { id: d.id, sha256: d.sha256 };
  copyPresent(meta, d, ['title', 'date', 'dateline', 'source', 'path', 'url']);
  return meta;
}

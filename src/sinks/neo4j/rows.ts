/**
 * Extractions → the parameter rows of the writer's UNWIND statements. Pure: no driver, no I/O.
 * Entities seen in several articles of one batch become one row (names merged as the writer merges
 * them with what is stored); relations become one row per piece of evidence, grouped by type so each
 * type has its own statement with a fixed relationship type.
 */
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type Entity,
  type EntityType,
  type Extraction,
  type RelationType,
} from '../../model.js';

export type Scalar = string | number | boolean;

export interface DocumentRow {
  id: string;
  sha256: string;
  title?: string;
  date?: string;
  dateline?: string;
  source?: string;
  path?: string;
  url?: string;
  /** Where each sentence starts: with MENTIONED_IN offsets, which entities share a sentence (graph/queries/co-mentioned). */
  sentenceStarts?: number[];
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  attributes: Record<string, Scalar>;
}

export interface MentionRow {
  entityId: string;
  documentId: string;
  count: number;
  /** `start-end` character offsets into the article text. */
  offsets: string[];
}

/** The properties of one evidence relationship; (documentId, start, end) identify it between its two entities. */
export interface EvidenceProps {
  documentId: string;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  modality: string;
  date?: string;
  role?: string;
  trigger?: string;
}

/**
 * Every key of EvidenceProps, for the writer's CREATE pattern (a missing key arrives as null, and
 * CREATE sets no property for null). The Record type makes the compiler check the list is complete.
 */
const EVIDENCE_KEY_SET: Record<keyof EvidenceProps, true> = {
  documentId: true,
  evidence: true,
  start: true,
  end: true,
  confidence: true,
  modality: true,
  date: true,
  role: true,
  trigger: true,
};
export const EVIDENCE_KEYS = Object.keys(EVIDENCE_KEY_SET) as (keyof EvidenceProps)[];

export interface RelationRow {
  source: string;
  target: string;
  props: EvidenceProps;
}

export interface BatchRows {
  documents: DocumentRow[];
  entities: Record<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  relations: Record<RelationType, RelationRow[]>;
}

/** Properties the writer sets itself; an entity attribute of the same name is dropped. */
const RESERVED = new Set(['id', 'name', 'aliases', 'type']);

/**
 * The articles of a batch that should be written: the first of each id and of each text hash, in
 * order. (Articles whose text is already stored under another id are filtered by the writer.)
 */
export function uniqueArticles(batch: readonly Extraction[]): Extraction[] {
  const ids = new Set<string>();
  const hashes = new Set<string>();
  return batch.filter((x) => {
    if (ids.has(x.document.id) || hashes.has(x.document.sha256)) return false;
    ids.add(x.document.id);
    hashes.add(x.document.sha256);
    return true;
  });
}

export function batchRows(articles: readonly Extraction[]): BatchRows {
  const entities = new Map<string, { type: EntityType; row: EntityRow }>();
  const mentions: MentionRow[] = [];
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, [] as RelationRow[]])) as Record<RelationType, RelationRow[]>;
  const seenEvidence = new Set<string>();

  for (const x of articles) {
    const documentId = x.document.id;
    for (const e of x.entities) {
      const known = entities.get(e.id);
      entities.set(e.id, { type: e.type, row: known ? mergeEntity(known.row, e) : entityRow(e) });
      mentions.push({ entityId: e.id, documentId, count: e.mentions.length, offsets: e.mentions.map((m) => `${m.start}-${m.end}`) });
    }
    const local = new Set(x.entities.map((e) => e.id));
    for (const r of x.relations) {
      if (r.source === r.target || !local.has(r.source) || !local.has(r.target)) continue;
      // A symmetric fact (MET) is stored once, from the smaller id to the larger, like the in-memory graph.
      const [source, target] = SYMMETRIC_RELATIONS.has(r.type) && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
      const key = [r.type, source, target, documentId, r.start, r.end].join('\u0000');
      if (seenEvidence.has(key)) continue;
      seenEvidence.add(key);
      const props: EvidenceProps = {
        documentId,
        evidence: r.evidence,
        start: r.start,
        end: r.end,
        confidence: r.confidence,
        modality: r.modality ?? 'asserted',
      };
      if (r.date) props.date = r.date;
      if (r.role) props.role = r.role;
      if (r.trigger) props.trigger = r.trigger;
      relations[r.type].push({ source, target, props });
    }
  }

  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as EntityRow[]])) as Record<EntityType, EntityRow[]>;
  // In id order: concurrent batches then lock shared entities in the same order, which avoids deadlocks.
  for (const { type, row } of [...entities.values()].sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0))) byType[type].push(row);
  return { documents: articles.map((x) => documentRow(x.document)), entities: byType, mentions, relations };
}

function documentRow(d: Extraction['document']): DocumentRow {
  const row: DocumentRow = { id: d.id, sha256: d.sha256 };
  for (const key of ['title', 'date', 'dateline', 'source', 'path', 'url'] as const) if (d[key]) row[key] = d[key];
  if (d.sentenceStarts?.length) row.sentenceStarts = d.sentenceStarts;
  return row;
}

function entityRow(e: Entity): EntityRow {
  const attributes: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(e.attributes ?? {})) if (!RESERVED.has(k)) attributes[k] = v;
  return { id: e.id, name: e.name, aliases: uniqueNames(e.aliases, e.name), attributes };
}

/** The same rule as the writer's Cypher and the in-memory graph: the longest name wins, the others are aliases. */
function mergeEntity(a: EntityRow, e: Entity): EntityRow {
  const b = entityRow(e);
  const name = b.name.length > a.name.length ? b.name : a.name;
  return { id: a.id, name, aliases: uniqueNames([...a.aliases, a.name, ...b.aliases, b.name], name), attributes: { ...a.attributes, ...b.attributes } };
}

function uniqueNames(names: string[], except: string): string[] {
  return [...new Set(names)].filter((n) => n !== except);
}

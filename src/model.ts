/**
 * The one data model of kg-news. Every stage reads and writes these types, in one direction:
 *
 *   SourceDocument → Sentence/Token → Mention → Entity → Relation → Extraction → graphology graph → sinks
 *
 * The zod schemas below describe the public JSON contract (`kg extract --format json`), and are the
 * single source of the JSON Schema in `graph/extraction.schema.json`.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Vocabulary. Labels and relationship types written to Neo4j come from these lists only.
// ---------------------------------------------------------------------------------------------

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'MET',
  'VISITED',
  'ACCUSED',
  'PLEDGED',
  'URGED',
  'SUPPORTS',
  'ANNEXED',
  'HOLDS_ROLE',
  'LOCATED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that hold both ways; stored once, drawn without an arrow. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['MET']);

/**
 * How the text presents a relation. `asserted` is a reported fact; `planned` and `hypothetical`
 * ("keen to visit", "would like to meet", "could increase") are not facts, and queries for facts skip them.
 * Negated relations are dropped before they get here.
 */
export const MODALITIES = ['asserted', 'planned', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

// ---------------------------------------------------------------------------------------------
// Input: one article.
// ---------------------------------------------------------------------------------------------

export interface Span {
  /** Character offset into SourceDocument.text, inclusive. */
  start: number;
  /** Character offset into SourceDocument.text, exclusive. */
  end: number;
}

export interface SourceDocument {
  /** Stable id: the file's base name (or the JSONL `id`). */
  id: string;
  /** The whole text as read; every offset in the model points into it. */
  text: string;
  /** Title, when the input has one (first short line, HTML title, JSONL title, Markdown heading). */
  title?: string;
  /** Where the title sits in `text`, when it does. */
  titleSpan?: Span;
  /** The article body inside `text` (without a header line or a trailing agency signature). */
  body: Span;
  /** Publication date, ISO `YYYY-MM-DD`, from a header, front matter or metadata. */
  date?: string;
  /** Dateline city, e.g. `KIEV`. */
  dateline?: string;
  /** News agency signature or publisher, e.g. `REUTERS`. */
  source?: string;
  /** Where it was read from (file path, `-` for stdin, `file.jsonl:12`). */
  path?: string;
  /** Where the article is published (http or https), when the input says (JSONL `url`). */
  url?: string;
  /** SHA-256 of `text`, so the same article under another name is recognised. */
  sha256: string;
}

// ---------------------------------------------------------------------------------------------
// Reading: sentences and tokens.
// ---------------------------------------------------------------------------------------------

/** Universal POS tags, as produced by the tagger. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  /** Index in Reading.tokens. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  /** Index of the sentence holding it. */
  sentence: number;
  /** Inside a quotation (between quote marks). */
  inQuote: boolean;
}

export interface Sentence extends Span {
  i: number;
  text: string;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** True for the title line. */
  isTitle: boolean;
}

export interface Reading {
  document: SourceDocument;
  sentences: Sentence[];
  tokens: Token[];
}

// ---------------------------------------------------------------------------------------------
// Mentions and entities.
// ---------------------------------------------------------------------------------------------

export type MentionKind =
  | 'name' // a proper name: "Antony Blinken", "Mr Blinken", "Nato"
  | 'demonym' // "Russian" standing for Russia
  | 'pronoun' // "he", "she", "it", "they"
  | 'nominal' // "the secretary", "the delegation"
  | 'title'; // a title standing alone ("Mr President", "the President said")

export interface Mention extends Span {
  /** Index in the mentions list. */
  i: number;
  text: string;
  kind: MentionKind;
  type: EntityType;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** The name as it should be shown (honorifics and titles removed). */
  name: string;
  /** Gazetteer key when the mention was recognised from general knowledge (e.g. `country:ua`). */
  knowledgeId?: string;
  /** Role title that marks the mention ("Secretary of State" in "Secretary of State Antony Blinken"). */
  role?: string;
  /** Honorific in front ("Mr", "Ms", "Dr"): evidence of a person, and of gender. */
  honorific?: string;
  /** A capital or seat of government standing for its country ("Washington said"): the country's knowledge key. */
  metonymFor?: string;
  /** Grammatical gender when the text shows it (honorific, pronoun). */
  gender?: 'm' | 'f';
  /** Plural pronouns, plural demonyms ("Russians") and groups. */
  plural?: boolean;
  /** Head noun of a nominal ("embassy" in "the embassy", "minister" in "the foreign minister"). */
  head?: string;
  /** For a group nominal ("the two ministers"): how many people it stands for. */
  count?: number;
  /** The type is a guess from weak evidence (a lone unknown capitalised word): coreference may drop it. */
  tentative?: boolean;
  /** Why the mention has its type ('gazetteer', 'given-name', 'honorific', 'head:Observatory'): see src/extract/typing.ts. */
  evidence?: string;
}

export interface Entity {
  /** Stable across runs and articles: `person:antony-blinken`, `country:ukraine`. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form in the text. */
  name: string;
  /** Other names used for it in the text. */
  aliases: string[];
  mentions: Span[];
  /** Extra facts from general knowledge (ISO codes, the country of a city). */
  attributes?: Record<string, string | number | boolean>;
  /** Why the entity has its type: 'gazetteer', 'given-name', 'honorific', 'title', 'apposition:age', 'head:Observatory' … */
  evidence?: string;
}

/** A role title tying a person mention to the country or organisation it is held in. */
export interface RoleLink {
  /** Mention index of the person. */
  person: number;
  /** The title as written ("Secretary of State", "trade and industry commissioner"). */
  role: string;
  /** Mention index of the country/organisation (or a nominal or pronoun standing for one); absent when the text names none. */
  of?: number;
  /** Character span of the whole phrase that states the role (for evidence). */
  start: number;
  end: number;
}

/** A nominal standing for several people ("a delegation led by A, B and C"). */
export interface GroupLink {
  /** Mention index of the group nominal. */
  group: number;
  /** Mention indexes of its members. */
  members: number[];
}

/** What the mention stage hands to coreference. */
export interface MentionAnalysis {
  mentions: Mention[];
  roles: RoleLink[];
  groups: GroupLink[];
}

// ---------------------------------------------------------------------------------------------
// Relations.
// ---------------------------------------------------------------------------------------------

export interface Relation {
  source: string;
  type: RelationType;
  target: string;
  /** The exact sentence (or title) it was read from. */
  evidence: string;
  /** Offsets of `evidence` in the document text. */
  start: number;
  end: number;
  /** ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) resolved against the article date, when the text gives one. */
  date?: string;
  /** 0..1: how sure the pattern that found it is. */
  confidence: number;
  /** Absent means `asserted`. */
  modality?: Modality;
  /** For HOLDS_ROLE: the title ("Foreign Minister"). */
  role?: string;
  /** The word or phrase that triggered it ("pledged", "visit"). */
  trigger?: string;
  documentId: string;
}

export interface DocumentMeta {
  id: string;
  title?: string;
  date?: string;
  dateline?: string;
  source?: string;
  path?: string;
  url?: string;
  sha256: string;
  /**
   * Where each sentence starts in the text (ascending offsets; the title counts as one). With the
   * entities' mention offsets this says which entities are named in the same sentence (co-mentions,
   * src/graph/co-mentions.ts) without keeping the text.
   */
  sentenceStarts?: number[];
}

/** What one article yields; the JSON contract of `kg extract --format json`. */
export interface Extraction {
  document: DocumentMeta;
  entities: Entity[];
  relations: Relation[];
}

// ---------------------------------------------------------------------------------------------
// The graph (graphology) built from extractions; serialised as graph.json.
// ---------------------------------------------------------------------------------------------

export interface MentionRef extends Span {
  documentId: string;
}

export interface NodeAttributes {
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: MentionRef[];
  /** Ids of the documents that mention it. */
  documentIds: string[];
  attributes?: Record<string, string | number | boolean>;
}

/** One piece of evidence for a fact. */
export interface Evidence extends Span {
  documentId: string;
  text: string;
  date?: string;
  confidence: number;
  modality?: Modality;
  role?: string;
  trigger?: string;
}

/**
 * One edge per fact (source, type, target); every sentence that states it is kept in `evidence`.
 * Symmetric facts (MET) are stored once, with source < target.
 */
export interface EdgeAttributes {
  type: RelationType;
  symmetric: boolean;
  evidence: Evidence[];
  /** Highest confidence among the evidence. */
  confidence: number;
  /** Earliest resolved date among the evidence. */
  date?: string;
  /** `asserted` if any evidence asserts it. */
  modality: Modality;
  /** HOLDS_ROLE title(s). */
  role?: string;
}

export interface GraphAttributes {
  /** Every document that fed the graph, by id. */
  documents: Record<string, DocumentMeta>;
  /**
   * Entities named in the same sentence (not facts): `a|b` (ids in order) → [sentences, articles].
   * Bounded in size; built by src/graph/co-mentions.ts.
   */
  coMentions?: Record<string, [sentences: number, articles: number]>;
}

// ---------------------------------------------------------------------------------------------
// Identity across a whole run: corpus-level resolution and what users say about it.
// ---------------------------------------------------------------------------------------------

/**
 * The result of corpus-level resolution (src/resolve): `ids` maps each per-article id that changes to
 * its resolved id (`person:biden` → `person:joe-biden`); `entities` gives every resolved id its
 * canonical name (the fullest form seen) and all other forms as aliases. Ids absent from `ids` stay.
 * `documents` holds the exceptions of single articles (an id that names different entities in
 * different articles: a surname decided by the article's context, a body of one country): document id
 * → old id → resolved id, taking precedence over `ids` for that article.
 */
export interface IdentityMap {
  /** old id → resolved id, only ids that change */
  ids: Record<string, string>;
  /** resolved id → canonical name, all aliases */
  entities: Record<string, { name: string; aliases: string[] }>;
  /** document id → old id → resolved id, for that article only (before `ids`) */
  documents?: Record<string, Record<string, string>>;
}

/**
 * What resolution reads about one entity of one article: small, so a run of 10,000+ articles
 * resolves in bounded memory without keeping the articles.
 *   { documentId: 'a1', id: 'person:biden', type: 'Person', name: 'Biden', aliases: ['Mr Biden'],
 *     context: { countries: ['country:us'], roles: ['President'] } }
 */
export interface EntitySummary {
  documentId: string;
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  attributes?: Record<string, string | number | boolean>;
  /**
   * What the article says around it: the countries the article names (knowledge keys such as
   * `country:us`), the role titles it gives the entity and the ids of the countries or organisations
   * those roles are held in.
   */
  context?: { countries?: string[]; roles?: string[]; of?: string[] };
}

/** What a user says about identity: groups of ids that are one entity, groups that must stay apart. */
export interface UserIdentities {
  same: string[][];
  apart: string[][];
}

/** An entity as `kg entities --suspects` shows it: enough for a user to decide, with the articles naming it. */
export interface SuspectEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Ids of the articles that mention it, in graph order. */
  articles: string[];
}

/**
 * One thing a user may want to correct in the merges file:
 * - `surname`: a surname-only Person that fits exactly one full-named Person (likely one person);
 * - `ambiguous-surname`: a surname-only Person that fits several (which one, if any?);
 * - `variant`: names of one type that look like forms of one name (initials, spelling, diacritics, given-name forms);
 * - `shared-surname`: full names sharing a surname that are not variants (likely different people: keep apart?);
 * - `two-countries`: one node tied to two different countries (likely two bodies or places under one name).
 */
export interface Suspect {
  kind: 'surname' | 'ambiguous-surname' | 'variant' | 'shared-surname' | 'two-countries';
  /** `duplicate`: probably one entity under several ids; `false-merge`: probably several entities under one id. */
  likely: 'duplicate' | 'false-merge' | 'unsure';
  /** Why, in a few words ("same name without diacritics", "countries: France, United States"). */
  reason: string;
  entities: SuspectEntity[];
  /** For `two-countries`: each country's name and the articles that tie the node to it. */
  countries?: { id: string; name: string; articles: string[] }[];
}

// ---------------------------------------------------------------------------------------------
// JSON contract, validated with zod.
// ---------------------------------------------------------------------------------------------

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY, YYYY-MM or YYYY-MM-DD');

export const documentMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  date: isoDate.optional(),
  dateline: z.string().optional(),
  source: z.string().optional(),
  path: z.string().optional(),
  url: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sentenceStarts: z.array(z.number().int().nonnegative()).optional(),
});

export const entitySchema = z.object({
  id: z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'type:slug'),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(spanSchema),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** Why the entity has its type ('gazetteer', 'given-name', 'honorific', 'title', 'head:Observatory' …). */
  evidence: z.string().optional(),
});

export const relationSchema = z.object({
  source: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  target: z.string().min(1),
  evidence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: isoDate.optional(),
  confidence: z.number().min(0).max(1),
  modality: z.enum(MODALITIES).optional(),
  role: z.string().optional(),
  trigger: z.string().optional(),
  documentId: z.string().min(1),
});

export const extractionSchema = z
  .object({
    document: documentMetaSchema,
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
  })
  .superRefine((x, ctx) => {
    const ids = new Set(x.entities.map((e) => e.id));
    if (ids.size !== x.entities.length) ctx.addIssue({ code: 'custom', message: 'entity ids must be unique' });
    x.relations.forEach((r, i) => {
      for (const end of ['source', 'target'] as const)
        if (!ids.has(r[end])) ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `unknown entity ${r[end]}` });
    });
  });

/** JSON Schema of the extraction contract (draft 2020-12). */
export function extractionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(extractionSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}

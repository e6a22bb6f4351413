/**
 * Scoring an extraction against a gold annotation: pure functions, no I/O.
 *
 * Entities: a predicted entity matches the gold entity one of whose names equals (normalised) its
 * name, or else one of its aliases. A match counts for untyped F1 whatever the type, and for typed
 * F1 only with the gold type. A second prediction matching the same gold entity is a duplicate (a
 * false positive). Predictions matching an optional gold entity are neither rewarded nor penalised;
 * predictions of types other than the four scored ones are not scored at all (but may still be
 * relation endpoints).
 *
 * Relations: endpoints are mapped to gold entities through the entity matches; each distinct
 * (source, type, target) counts once. A prediction earns the first required, not yet matched gold
 * relation of its type whose endpoint lists contain its endpoints (either way round for MET);
 * otherwise, if it fits any gold relation (optional, or already matched, e.g. another member of a
 * group), it is ignored; otherwise it is a false positive. Unmatched required gold relations are
 * false negatives. The matching is greedy in prediction order, as in the shared `score.mjs`.
 *
 * Evidence: when the article text is known, each scored predicted relation's evidence is checked to
 * occur in it (after folding whitespace and quotes).
 *
 * Several documents are micro-averaged: their counts are added, then P/R/F1 computed once.
 */
import { ENTITY_TYPES, SYMMETRIC_RELATIONS, type EntityType, type RelationType } from '../model.js';
import { asList, type GoldAnnotation, type GoldEntity, type GoldRelation, type Prediction, type PredictedRelation } from './formats.js';
import { foldText, normalizeName } from './normalize.js';

/** The relation types that are scored (LOCATED_IN is derived from general knowledge, not the text). */
export const SCORED_RELATION_TYPES = ['MET', 'VISITED', 'ACCUSED', 'PLEDGED', 'URGED', 'SUPPORTS', 'ANNEXED', 'HOLDS_ROLE'] as const satisfies readonly RelationType[];
export type ScoredRelationType = (typeof SCORED_RELATION_TYPES)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** One missed or spurious item, for `--verbose`. */
export interface Finding {
  document: string;
  item: string;
}

/** What counts and summaries share: per-type breakdowns of T, evidence, and the findings. */
interface Scores<T> {
  documents: number;
  byEntityType: Record<EntityType, T>;
  byRelationType: Record<ScoredRelationType, T>;
  evidence: EvidenceCounts;
  missed: Finding[];
  spurious: Finding[];
}

export interface EvalCounts extends Scores<Tally> {
  entities: Tally & { typedTp: number; duplicates: number };
  relations: Tally;
}

export interface EvidenceCounts {
  /** Documents whose text was available for the check. */
  documents: number;
  /** Predicted (scored) relations whose evidence was checked against the text. */
  checked: number;
  /** How many of those were found in it. */
  grounded: number;
}

export interface Figures extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalSummary extends Scores<Figures> {
  /** Entities matched by name, whatever their type. */
  entities: Figures;
  /** Entities matched by name and type. */
  entitiesTyped: Figures;
  duplicates: number;
  relations: Figures;
}

const zero = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const tallies = <K extends string>(keys: readonly K[]): Record<K, Tally> => Object.fromEntries(keys.map((k) => [k, zero()])) as Record<K, Tally>;

export function emptyCounts(): EvalCounts {
  return {
    documents: 0,
    entities: { ...zero(), typedTp: 0, duplicates: 0 },
    relations: zero(),
    byEntityType: tallies(ENTITY_TYPES),
    byRelationType: tallies(SCORED_RELATION_TYPES),
    evidence: { documents: 0, checked: 0, grounded: 0 },
    missed: [],
    spurious: [],
  };
}

export interface ScoreOptions {
  /** Name shown in findings (the gold file's base name). */
  document: string;
  /** The article text, to check that evidence is grounded; omitted → not checked. */
  text?: string;
}

export function scoreDocument(gold: GoldAnnotation, prediction: Prediction, options: ScoreOptions): EvalCounts {
  const counts = emptyCounts();
  counts.documents = 1;
  const goldIdOf = scoreEntities(gold, prediction, options.document, counts);
  scoreRelations(gold, prediction, goldIdOf, options, counts);
  return counts;
}

/** Scores the entities into `counts`; returns the gold id each matched predicted entity id stands for. */
function scoreEntities(gold: GoldAnnotation, prediction: Prediction, document: string, counts: EvalCounts): Map<string, string> {
  const byName = new Map<string, GoldEntity>();
  for (const g of gold.entities) for (const name of g.names) byName.set(normalizeName(name), g);
  const find = (name: string | undefined) => (name === undefined ? undefined : byName.get(normalizeName(name)));

  const goldIdOf = new Map<string, string>();
  const found = new Set<string>();
  const note = (item: string) => counts.spurious.push({ document, item });

  for (const p of prediction.entities) {
    const g = find(p.name ?? '') ?? (p.aliases ?? []).map(find).find((x) => x !== undefined);
    if (g) goldIdOf.set(p.id, g.id);
    const type = scoredEntityType(p.type);
    if (!type) continue;
    if (!g) {
      counts.entities.fp++;
      counts.byEntityType[type].fp++;
      note(`entity ${type} "${p.name ?? p.id}"`);
    } else if (g.optional) {
      continue;
    } else if (found.has(g.id)) {
      counts.entities.fp++;
      counts.entities.duplicates++;
      counts.byEntityType[type].fp++;
      note(`duplicate ${type} "${p.name ?? p.id}" (gold ${g.id} already matched)`);
    } else {
      found.add(g.id);
      counts.entities.tp++;
      if (type === g.type) {
        counts.entities.typedTp++;
        counts.byEntityType[type].tp++;
      } else {
        counts.byEntityType[type].fp++;
        counts.byEntityType[g.type].fn++;
        note(`wrong type ${type} for "${p.name ?? p.id}" (gold ${g.id} is ${g.type})`);
      }
    }
  }
  for (const g of gold.entities) {
    if (g.optional || found.has(g.id)) continue;
    counts.entities.fn++;
    counts.byEntityType[g.type].fn++;
    counts.missed.push({ document, item: `entity ${g.type} ${g.id} "${g.names[0]}"` });
  }
  return goldIdOf;
}

function scoreRelations(gold: GoldAnnotation, prediction: Prediction, goldIdOf: Map<string, string>, options: ScoreOptions, counts: EvalCounts): void {
  const { document } = options;
  const golds = gold.relations.filter((r): r is GoldRelation & { type: ScoredRelationType } => isScoredRelationType(r.type));
  const matched = new Set<GoldRelation>();
  const seen = new Set<string>();
  const text = options.text === undefined ? undefined : foldText(options.text);
  if (text !== undefined) counts.evidence.documents = 1;

  for (const p of prediction.relations) {
    const type = p.type.toUpperCase();
    if (!isScoredRelationType(type)) continue;
    if (text !== undefined && p.evidence !== undefined) {
      counts.evidence.checked++;
      if (text.includes(foldText(p.evidence))) counts.evidence.grounded++;
    }
    const source = goldIdOf.get(p.source);
    const target = goldIdOf.get(p.target);
    // Unmatched endpoints are keyed by their predicted id, so repeats still count once.
    const key = [source ?? `?${p.source}`, type, target ?? `?${p.target}`].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);

    if (source === undefined || target === undefined) {
      reject(p, type, source, target);
      continue;
    }
    const candidates = golds.filter((g) => g.type === type && fits(g, source, target));
    const earned = candidates.find((g) => !g.optional && !matched.has(g));
    if (earned) {
      matched.add(earned);
      counts.relations.tp++;
      counts.byRelationType[type].tp++;
    } else if (candidates.length === 0) reject(p, type, source, target);
  }
  for (const g of golds) {
    if (g.optional || matched.has(g)) continue;
    counts.relations.fn++;
    counts.byRelationType[g.type].fn++;
    counts.missed.push({ document, item: `relation ${asList(g.source).join('|')} ${g.type} ${asList(g.target).join('|')}: "${g.evidence}"` });
  }

  function reject(p: PredictedRelation, type: ScoredRelationType, source: string | undefined, target: string | undefined): void {
    counts.relations.fp++;
    counts.byRelationType[type].fp++;
    const end = (gold: string | undefined, predicted: string) => gold ?? `"${predicted}" (no gold entity)`;
    counts.spurious.push({ document, item: `relation ${end(source, p.source)} ${type} ${end(target, p.target)}${p.evidence ? `: "${p.evidence}"` : ''}` });
  }
}

function fits(g: GoldRelation, source: string, target: string): boolean {
  const sources = asList(g.source);
  const targets = asList(g.target);
  if (sources.includes(source) && targets.includes(target)) return true;
  return SYMMETRIC_RELATIONS.has(g.type) && sources.includes(target) && targets.includes(source);
}

function scoredEntityType(type: string | undefined): EntityType | undefined {
  const lower = type?.toLowerCase();
  return ENTITY_TYPES.find((t) => t.toLowerCase() === lower);
}

function isScoredRelationType(type: string): type is ScoredRelationType {
  return (SCORED_RELATION_TYPES as readonly string[]).includes(type);
}

/** Sum of two documents' (or sets of documents') counts: the basis of micro-averaging. */
export function addCounts(a: EvalCounts, b: EvalCounts): EvalCounts {
  const add = (x: Tally, y: Tally): Tally => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
  const addAll = <K extends string>(x: Record<K, Tally>, y: Record<K, Tally>) =>
    Object.fromEntries(Object.keys(x).map((k) => [k, add(x[k as K], y[k as K])])) as Record<K, Tally>;
  return {
    documents: a.documents + b.documents,
    entities: { ...add(a.entities, b.entities), typedTp: a.entities.typedTp + b.entities.typedTp, duplicates: a.entities.duplicates + b.entities.duplicates },
    relations: add(a.relations, b.relations),
    byEntityType: addAll(a.byEntityType, b.byEntityType),
    byRelationType: addAll(a.byRelationType, b.byRelationType),
    evidence: { documents: a.evidence.documents + b.evidence.documents, checked: a.evidence.checked + b.evidence.checked, grounded: a.evidence.grounded + b.evidence.grounded },
    missed: [...a.missed, ...b.missed],
    spurious: [...a.spurious, ...b.spurious],
  };
}

/** Precision, recall and F1 of a tally (0 when undefined). */
export function figures(t: Tally): Figures {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...t, precision, recall, f1 };
}

export function summarize(c: EvalCounts): EvalSummary {
  // A match with the wrong type is, for typed scoring, both a false positive and a false negative.
  const mistyped = c.entities.tp - c.entities.typedTp;
  const mapValues = <K extends string>(r: Record<K, Tally>) => Object.fromEntries(Object.entries<Tally>(r).map(([k, v]) => [k, figures(v)])) as Record<K, Figures>;
  return {
    documents: c.documents,
    entities: figures(c.entities),
    entitiesTyped: figures({ tp: c.entities.typedTp, fp: c.entities.fp + mistyped, fn: c.entities.fn + mistyped }),
    duplicates: c.entities.duplicates,
    relations: figures(c.relations),
    byEntityType: mapValues(c.byEntityType),
    byRelationType: mapValues(c.byRelationType),
    evidence: c.evidence,
    missed: c.missed,
    spurious: c.spurious,
  };
}

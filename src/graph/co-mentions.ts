/**
 * Co-mentions: which entities are named in the same sentence, across a corpus. They are not facts
 * (no verb says anything about the two), so they never become edges of the knowledge graph; they
 * are kept apart, in the graph attribute `coMentions`, for the page's faint "mentioned together"
 * layer. Example: an article whose sentence 3 names Ana Ruiz, Peru and Lima gives the pairs
 * (Ana Ruiz, Peru), (Ana Ruiz, Lima), (Lima, Peru), each with 1 sentence and 1 article; a second
 * article naming Ana Ruiz and Peru in two sentences makes that pair 3 sentences, 2 articles.
 *
 * Sentences come from the extraction's `document.sentenceStarts` and mentions from the entities'
 * offsets (pronouns and titles included: coreference says whom they name). Size is bounded so a
 * 10,000-article ingest stays small: a sentence counts its first PER_SENTENCE entities (a list of
 * twenty countries is one list, not 190 pairs), an article its PER_ARTICLE strongest pairs, and the
 * corpus at most twice TOTAL pairs, cut back to its TOTAL strongest (by sentences, then articles)
 * when it gets there. A stress test of 10,000 articles of 60 new pairs each merges in about 4 s
 * (0.4 ms an article, against ~40 ms to extract one) and keeps 4 MB of JSON.
 */
import type { Extraction, GraphAttributes } from '../model.js';

export const CO_MENTION_LIMITS = { perSentence: 8, perArticle: 60, total: 60_000 };

export type CoMentionLimits = typeof CO_MENTION_LIMITS;

/** Sentences and articles in which a pair of entities is named together. */
export type CoMentionWeight = [sentences: number, articles: number];

/** Key of an unordered pair: the two ids in order, joined by `|` (ids are `type:slug`, never holding one). */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The sentence holding `offset`: the last sentence starting at or before it. */
export function sentenceOf(starts: readonly number[], offset: number): number {
  let [lo, hi] = [0, starts.length - 1];
  if (hi < 0 || offset < starts[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * One article's co-mentions: pair key → number of sentences naming both. Empty when the extraction
 * carries no sentence starts (an older graph.json or a hand-made extraction).
 */
export function articleCoMentions(x: Extraction, limits: CoMentionLimits = CO_MENTION_LIMITS): Map<string, number> {
  const starts = x.document.sentenceStarts;
  const pairs = new Map<string, number>();
  if (!starts?.length) return pairs;
  // Sentence → its entities, by first mention in the sentence.
  const named = new Map<number, { id: string; at: number }[]>();
  for (const e of x.entities)
    for (const m of e.mentions) {
      const s = sentenceOf(starts, m.start);
      if (s < 0) continue;
      const list = named.get(s) ?? [];
      const seen = list.find((n) => n.id === e.id);
      if (seen) seen.at = Math.min(seen.at, m.start);
      else list.push({ id: e.id, at: m.start });
      named.set(s, list);
    }
  for (const list of named.values()) {
    if (list.length < 2) continue;
    const ids = list.sort((a, b) => a.at - b.at).slice(0, limits.perSentence).map((n) => n.id);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i]!, ids[j]!);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  if (pairs.size <= limits.perArticle) return pairs;
  return new Map([...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limits.perArticle));
}

const stronger = (a: [string, CoMentionWeight], b: [string, CoMentionWeight]): number =>
  b[1][0] - a[1][0] || b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Adds one article's pairs to the corpus totals (in place) and returns the totals. Past twice the
 * total limit only the strongest `total` pairs are kept (among equals, the ones seen first), in a new
 * object that is returned: pruning happens rarely and the result depends only on the articles and
 * their order.
 */
export function mergeCoMentions(
  totals: Record<string, CoMentionWeight>,
  article: ReadonlyMap<string, number>,
  limits: CoMentionLimits = CO_MENTION_LIMITS,
): Record<string, CoMentionWeight> {
  // How many pairs the totals hold, kept beside them: counting the keys on every article would cost
  // the whole corpus's pairs per article.
  let size = sizes.get(totals) ?? Object.keys(totals).length;
  for (const [key, sentences] of article) {
    const w = totals[key];
    if (w) {
      w[0] += sentences;
      w[1] += 1;
    } else {
      totals[key] = [sentences, 1];
      size++;
    }
  }
  if (size > limits.total * 2) {
    // Weakest out; among equals the later pairs (a stable sort keeps the order they came in). A new
    // object: deleting tens of thousands of keys leaves a slow one behind.
    const ranked = Object.entries(totals).sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1]);
    const kept: Record<string, CoMentionWeight> = {};
    for (let k = 0; k < limits.total; k++) kept[ranked[k]![0]] = ranked[k]![1];
    sizes.set(kept, limits.total);
    return kept;
  }
  sizes.set(totals, size);
  return totals;
}

const sizes = new WeakMap<Record<string, CoMentionWeight>, number>();

/** The graph's co-mentions, strongest first: [a, b, sentences, articles]. */
export function strongestCoMentions(attributes: Pick<GraphAttributes, 'coMentions'>, limit = Infinity): [string, string, number, number][] {
  const entries = Object.entries(attributes.coMentions ?? {}).sort(stronger);
  return entries.slice(0, limit).map(([key, [s, n]]) => {
    const bar = key.indexOf('|');
    return [key.slice(0, bar), key.slice(bar + 1), s, n];
  });
}

/**
 * The totals with entity ids resolved (`ids`: old id → resolved id, as src/graph/identities.ts moves
 * nodes): pairs of merged ids add up, a pair that becomes one entity goes. Articles are added up too,
 * so an article naming both old ids with a third entity counts twice for that pair: co-mentions are
 * an indication, not a count to rely on.
 */
export function resolveCoMentions(totals: Record<string, CoMentionWeight>, ids: Readonly<Record<string, string>>): Record<string, CoMentionWeight> {
  const out: Record<string, CoMentionWeight> = {};
  for (const [key, [sentences, articles]] of Object.entries(totals)) {
    const bar = key.indexOf('|');
    const [a, b] = [key.slice(0, bar), key.slice(bar + 1)].map((id) => ids[id] ?? id) as [string, string];
    if (a === b) continue;
    const k = pairKey(a, b);
    const w = out[k];
    if (w) (w[0] += sentences), (w[1] += articles);
    else out[k] = [sentences, articles];
  }
  return out;
}

/**
 * Negation and modality of a trigger.
 *  - negated clause: "X did not meet Y", "X refused to visit Y" (dropped);
 *  - negated noun: "no talks with X", "without a visit to Y";
 *  - planned: "X plans to visit Y", "X will meet Y", "preparations for a visit to Y";
 *  - hypothetical: "X could meet Y", "if X meets Y".
 */
import type { Modality, Sentence, Token } from '../../model.js';
import { FUTURE_MARKERS, HYPOTHETICAL_MODALS, NEGATIONS, PLAN_MARKERS } from '../lexicon.js';
import { RelationView, SUBORDINATORS } from './view.js';

const REFUSAL_VERBS = new Set(['refuse', 'decline', 'fail', 'deny', 'reject', 'avoid', 'cancel', 'postpone', 'scrap', 'call']);
const PLANNING_NOUNS = new Set(['preparations', 'preparation', 'plans', 'plan', 'proposal', 'invitation', 'prospect', 'possibility', 'possible', 'planned', 'proposed', 'upcoming', 'future', 'potential', 'expected', 'hoped-for', 'planned']);

export function clauseNegated(ctx: RelationView, v: number, chain: Token[], s: Sentence): boolean {
  if (chain.some((c) => NEGATIONS.has(c.lower))) return true;
  // "refused to meet", "denied visiting", "failed to visit": a refusal verb governing the trigger.
  let j = v - 1;
  while (j > s.tokenStart && (ctx.tokens[j]!.lower === 'to' || ctx.tokens[j]!.pos === 'ADV')) j--;
  const t = ctx.tokens[j];
  // "would be unable to travel"
  if (t?.lower === 'unable' && ctx.tokens[v - 1]?.lower === 'to') return true;
  return !!t && REFUSAL_VERBS.has(t.lemma) && t.lemma !== 'call' && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** What makes an infinitive after it something asked for or intended, not done ("invited X to visit Y"). */
const REQUEST_WORDS = new Set(['invite', 'invitation', 'ask', 'urge', 'encourage', 'direct', 'instruct', 'request', 'expect', 'intend', 'hope', 'want', 'wish', 'offer', 'propose', 'plan']);

/** "invited X to visit Washington", "has asked Y to visit the region": the trip is a plan. */
function requestedInfinitive(ctx: RelationView, v: number, s: Sentence): boolean {
  if (ctx.tokens[v - 1]?.lower !== 'to') return false;
  for (let j = v - 2; j >= s.tokenStart && j > v - 16; j--) {
    const t = ctx.tokens[j]!;
    if (t.text === '.' || t.text === ';' || (SUBORDINATORS.has(t.lower) && t.lower !== 'that')) return false;
    if (REQUEST_WORDS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN')) return true;
    // A capitalised "verb" is a title the tagger misread ("President-elect X to visit").
    if (t.pos === 'VERB' && t.text === t.lower && !REQUEST_WORDS.has(t.lemma) && ctx.tokens[j + 1]?.lower !== 'to' && ctx.tokens[j - 1]?.lower !== 'to') return false;
  }
  return false;
}

export function clauseModality(ctx: RelationView, v: number, chain: Token[], s: Sentence): Modality | undefined {
  const words = chain.map((c) => c.lower);
  if (words.some((w) => PLAN_MARKERS.has(w))) return 'planned';
  if (words.some((w) => FUTURE_MARKERS.has(w))) return 'planned';
  if (words.some((w) => HYPOTHETICAL_MODALS.has(w))) return 'hypothetical';
  if (requestedInfinitive(ctx, v, s)) return 'planned';
  // "if X meets Y", "whether to visit"
  for (let j = v - 1; j >= s.tokenStart && j > v - 8; j--) if (['if', 'whether', 'unless'].includes(ctx.tokens[j]!.lower)) return 'hypothetical';
  return undefined;
}

export function negatedNoun(ctx: RelationView, k: number, s: Sentence): boolean {
  for (let j = k - 1; j >= Math.max(s.tokenStart, k - 4); j--) {
    const t = ctx.tokens[j]!;
    if (t.lower === 'no' || t.lower === 'without' || (REFUSAL_VERBS.has(t.lemma) && t.lemma !== 'call' && t.pos === 'VERB')) return true;
  }
  return false;
}

export function nounModality(ctx: RelationView, k: number, s: Sentence): Modality | undefined {
  for (let j = k - 1; j >= Math.max(s.tokenStart, k - 5); j--) {
    const w = ctx.tokens[j]!.lower;
    if (PLANNING_NOUNS.has(w) || FUTURE_MARKERS.has(w) || w === 'next') return 'planned';
    if (PLAN_MARKERS.has(w)) return 'planned';
    // "looks forward to the meeting with X in Rome": an event still ahead.
    if (w === 'forward' && ctx.tokens[j + 1]?.lower === 'to' && /^look/.test(ctx.tokens[j - 1]?.lower ?? '')) return 'planned';
  }
  // "a summit … that Mr Biden would like to take place next month"
  for (let j = k + 1; j < s.tokenEnd; j++) {
    const w = ctx.tokens[j]!.lower;
    if (w === 'would' && ctx.tokens[j + 1]?.lower === 'like') return 'planned';
    if (w === 'next' || w === 'planned' || w === 'upcoming') return 'planned';
    if (w === '.' || w === ';') break;
  }
  return undefined;
}

/**
 * Noun triggers:
 *  - visits: "a visit to Kenya", "X's trip to Y", "a visit by X to Y";
 *  - meetings: "talks with X", "a summit between A and B", "X held a phone call with Y";
 *  - backing: "Washington is Kiev's main backer", "Cairo, a backer of Haftar,";
 *  - support: "X expressed support for Y", "X's support for Y";
 *  - annexation: "Russia's annexation of Crimea";
 *  - traded blame: "A and B traded accusations" (each accuses the other).
 */
import type { Sentence, Token } from '../../model.js';
import { isPossessive, SPEECH_VERBS } from '../lexicon.js';
import { type Arg, type Found, RelationView, SUBORDINATORS, isPlace } from './view.js';
import { adjunctSubject, mainSubject, subjectOf, timeAdjunctEnd } from './subjects.js';
import { clauseModality, clauseNegated, negatedNoun, nounModality } from './modality.js';
import { meetingPlace } from './verbs.js';

export const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'trips', 'travel', 'travels', 'tour', 'stop', 'stops', 'stopover', 'journey', 'voyage']);
export const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'summit', 'summits', 'call', 'conversation', 'discussions', 'negotiations', 'consultations', 'dialogue']);
export const BACKER_NOUNS = new Set(['backer', 'backers', 'supporter', 'supporters', 'sponsor', 'sponsors', 'champion', 'patron', 'protector']);
const SUPPORT_VERBS_FOR_NOUN = new Set(['express', 'voice', 'reaffirm', 'reiterate', 'offer', 'pledge', 'declare', 'show', 'signal', 'give', 'lend', 'extend', 'underline', 'restate']);
const BLAME_NOUNS = new Set(['blame', 'accusations', 'accusation', 'charges', 'barbs', 'recriminations', 'insults']);

/** The visitor/participant of a nominal event at k: a possessor, the clause subject, or the adjunct's subject. */
export function nominalActor(ctx: RelationView, k: number, s: Sentence): Arg[] {
  // "Blinken's visit"
  let j = k - 1;
  while (j >= s.tokenStart && /^(?:ADJ|NUM|ADV)$/.test(ctx.tokens[j]!.pos)) j--;
  if (isPossessive(ctx.tokens[j]?.text)) {
    const owner = ctx.argsEndingAt(j);
    if (owner.length) return ctx.actors(owner);
  }
  const adjunct = adjunctSubject(ctx, k, s);
  if (adjunct.length) return adjunct;
  // "X paid a visit to", "X held talks with", "X is on a visit to"
  for (j = k - 1; j >= s.tokenStart && j > k - 5; j--) {
    const t = ctx.tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const subj = subjectOf(ctx, j, s);
      if (subj.args.length) return subj.args;
      break;
    }
    // The tagger may call the light verb an adjective ("Kim held talks with"): a subject right there.
    const ended = ctx.argsEndingAt(j + 1);
    if (ended.length && j < k - 1) return ctx.actors(ended);
    // "held a phone call with", "a video conference": a lower-case compound noun before the event noun.
    const compound = j === k - 1 && t.pos === 'NOUN' && t.text === t.lower;
    if (!/^(?:DET|ADJ|ADP|NUM|ADV|PRON)$/.test(t.pos) && !compound) break;
  }
  // "X said …, during a visit to Y": a trailing adjunct's actor is the main clause's subject.
  for (j = k - 1; j >= s.tokenStart && (/^(?:DET|ADJ|NUM|ADV)$/.test(ctx.tokens[j]!.pos) || (ctx.tokens[j]!.pos === 'NOUN' && ctx.tokens[j]!.text === ctx.tokens[j]!.lower)); j--);
  if (['during', 'on'].includes(ctx.tokens[j]?.lower ?? '') && ctx.tokens[j - 1]?.text === ',') return mainSubject(ctx, s, ctx.tokens[k]!.inQuote);
  return [];
}

export function visitNoun(ctx: RelationView, k: number, s: Sentence): Found[] {
  const byVisitor = visitByVisitor(ctx, k, s);
  if (byVisitor) return byVisitor;
  const prep = ctx.tokens[k + 1];
  if (!prep || !['to', 'of', 'in'].includes(prep.lower)) return [];
  const targets = ctx.argsFrom(k + 2, s).filter((a) => a.type === 'Location' || a.type === 'Country' || a.type === 'Organization');
  if (!targets.length) return [];
  const sources = nominalActor(ctx, k, s);
  if (negatedNoun(ctx, k, s)) return [];
  return [{ type: 'VISITED', sources, targets, trigger: ctx.tokens[k]!, confidence: 0.75, modality: nounModality(ctx, k, s) }];
}

/** "a visit by Prime Minister X to Nairobi", "a visit to Nairobi by X": the visitor after "by". */
export function visitByVisitor(ctx: RelationView, k: number, s: Sentence): Found[] | undefined {
  const isVisitor = (a: Arg) => a.type === 'Person' || a.type === 'Organization';
  let sources: Arg[] = [];
  let targets: Arg[] = [];
  if (ctx.tokens[k + 1]?.lower === 'by') {
    sources = ctx.argsFrom(k + 2, s).filter(isVisitor);
    const after = sources.length ? sources[sources.length - 1]!.end : -1;
    if (ctx.tokens[after]?.lower === 'to') targets = ctx.argsFrom(after + 1, s).filter(isPlace);
  } else if (ctx.tokens[k + 1]?.lower === 'to') {
    targets = ctx.argsFrom(k + 2, s).filter(isPlace);
    let after = targets.length ? targets[targets.length - 1]!.end : -1;
    // "the visit to Washington this week by the Prime Minister's adviser"
    if (after >= 0 && ctx.tokens[after]?.lower !== 'by') after = timeAdjunctEnd(ctx, after, s) ?? (/^(?:this|last|next)$/.test(ctx.tokens[after]?.lower ?? '') && /^(?:week|month|year|weekend)$/.test(ctx.tokens[after + 1]?.lower ?? '') ? after + 2 : after);
    if (ctx.tokens[after]?.lower === 'by') {
      // "… by Prime Minister X, and Mr. Y conveyed …": a name that opens the next clause is no visitor.
      sources = ctx.argsFrom(after + 1, s).filter((a, n) => isVisitor(a) && !(n > 0 && ctx.tokens[a.end]?.pos === 'VERB'));
      // A visitor the text does not name is still not whoever speaks of the visit.
      if (!sources.length) return [];
    }
  }
  if (!sources.length || !targets.length) return undefined;
  if (negatedNoun(ctx, k, s)) return [];
  return [{ type: 'VISITED', sources, targets, trigger: ctx.tokens[k]!, confidence: 0.75, modality: nounModality(ctx, k, s) }];
}

export function meetingNoun(ctx: RelationView, k: number, s: Sentence): Found[] {
  const t = ctx.tokens[k]!;
  const next = ctx.tokens[k + 1];
  const found: Found[] = [];
  const modality = nounModality(ctx, k, s);
  if (negatedNoun(ctx, k, s)) return [];
  if (next?.lower === 'between') {
    // "discussed the dialogue between Kosovo and Serbia": talks others discuss or back are a topic,
    // not a meeting the text reports.
    if (discussedTopic(ctx, k, s)) return [];
    const parties = ctx.argsFrom(k + 2, s).filter((a) => a.type !== 'Location');
    // "meetings between A, B, C, and their counterparts": the named are one side, each meeting their own.
    if (parties.some((a) => /^(?:their|his|her|its)$/.test(ctx.tokens[a.start]!.lower) || ctx.tokens[a.start]!.lower === 'counterparts')) return [];
    if (parties.length >= 2) found.push({ type: 'MET', sources: parties.slice(0, 1), targets: parties.slice(1), trigger: t, confidence: 0.75, modality });
    return found;
  }
  if (next?.lower === 'with') {
    const targets = ctx.argsFrom(k + 2, s).filter((a) => a.type !== 'Location');
    const sources = nominalActor(ctx, k, s);
    const place = meetingPlace(ctx, k + 1, targets, s);
    found.push({ type: 'MET', sources, targets, trigger: t, confidence: 0.7, modality, ...(place.length ? { place } : {}) });
  }
  return found;
}

/** What is done to talks as a topic ("discussed", "welcomed", "the importance of concluding"). */
const TOPIC_VERBS = new Set(['discuss', 'address', 'review', 'raise', 'note', 'welcome', 'support', 'back', 'encourage', 'urge', 'emphasize', 'emphasise', 'stress', 'underscore', 'highlight', 'praise', 'commend', 'applaud', 'reaffirm', 'affirm', 'conclude', 'resume', 'facilitate', 'advance', 'promote', 'mediate', 'broker', 'restart', 'revive', 'brief']);

/** A meeting noun at k inside the object of a verb of discussion or stance, past its modifiers and "the importance of". */
function discussedTopic(ctx: RelationView, k: number, s: Sentence): boolean {
  for (let j = k - 1; j >= s.tokenStart && j > k - 9; j--) {
    const t = ctx.tokens[j]!;
    // "the EU-facilitated dialogue": a participle in a compound modifier names who brings the parties together.
    if (/-(?:facilitated|mediated|brokered|led|backed|sponsored)$/.test(t.lower)) return true;
    if (t.pos === 'VERB') return TOPIC_VERBS.has(t.lemma);
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PUNCT|ADP)$/.test(t.pos) || t.text === ',' || SUBORDINATORS.has(t.lower)) return false;
    if (t.pos === 'ADP' && t.lower !== 'of') return false;
  }
  return false;
}

/** "Washington has been Kiev's most powerful backer", "a backer of X". */
export function backerNoun(ctx: RelationView, k: number, s: Sentence): Found[] {
  let j = k - 1;
  while (j >= s.tokenStart && /^(?:ADJ|ADV|NUM)$/.test(ctx.tokens[j]!.pos)) j--;
  let targets: Arg[] = [];
  if (isPossessive(ctx.tokens[j]?.text)) {
    targets = ctx.argsEndingAt(j);
    j = (targets[0]?.start ?? j) - 1;
  } else if (ctx.tokens[k + 1]?.lower === 'of') targets = ctx.argsFrom(k + 2, s);
  if (!targets.length) return [];
  while (j >= s.tokenStart && /^(?:DET|ADV)$/.test(ctx.tokens[j]!.pos)) j--;
  // "Cairo, a longtime backer of Haftar,": an apposition describes the name before its comma.
  if (ctx.tokens[j]?.text === ',' && ctx.tokens[j + 1]?.pos === 'DET') {
    const described = ctx.actors(ctx.argsEndingAt(j)).slice(-1);
    return described.length ? [{ type: 'SUPPORTS', sources: described, targets, trigger: ctx.tokens[k]!, confidence: 0.65 }] : [];
  }
  // The copula's subject.
  if (!(ctx.tokens[j]?.pos === 'AUX' || ctx.tokens[j]?.pos === 'VERB')) return [];
  const sources = subjectOf(ctx, j, s).args;
  return [{ type: 'SUPPORTS', sources, targets, trigger: ctx.tokens[k]!, confidence: 0.7 }];
}

/**
 * "S expressed support for X", "S's support for X", "the United States' enduring support to X";
 * "S reiterated the Administration's support for X": a speaker voicing a possessor's support is the one
 * who supports (the speaker stands for the possessor).
 */
export function supportNoun(ctx: RelationView, k: number, s: Sentence): Found[] {
  const next = ctx.tokens[k + 1];
  if (!next || !['for', 'to'].includes(next.lower)) return [];
  const targets = ctx.argsFrom(k + 2, s).filter((a) => !pairModifier(ctx, a));
  if (!targets.length) return [];
  return stance(ctx, k, s, 'SUPPORTS', targets, 0.7, 0.65);
}

/**
 * A two-party name modifying the noun after it ("a strong U.S.-Mexico partnership", "the US-Australia
 * alliance"): the commitment or support is to the two parties' relationship, not to either one (nor to
 * a body whose name begins with that pair).
 */
export function pairModifier(ctx: RelationView, a: Arg): boolean {
  const next = ctx.tokens[a.end];
  if (!next || next.pos !== 'NOUN' || next.text !== next.lower) return false;
  const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  const joined = (t: Token | undefined) => !!t && /^[-‐–]$/.test(t.text);
  return /\p{Lu}\S*[-‐–]\p{Lu}/u.test(a.mention.text) || (joined(ctx.tokens[a.start - 1]) && capitalised(ctx.tokens[a.start - 2]));
}

/** Nouns of commitment whose complement names who it is made to. */
export const COMMITMENT_NOUNS = new Set(['commitment', 'commitments']);

/**
 * "S expressed the administration's commitment to Israel's security", "S's commitment to X",
 * "reaffirmed their commitment to providing aid to the Haitian people": PLEDGED to the one the
 * commitment is to (or, through what it commits to, the recipient of that).
 */
export function commitmentNoun(ctx: RelationView, k: number, s: Sentence): Found[] {
  if (ctx.tokens[k + 1]?.lower !== 'to') return [];
  let targets = ctx.argsFrom(k + 2, s);
  if (!targets.length) targets = helped(ctx, k + 2, s);
  if (!targets.length) {
    // "commitment to providing aid to X", "commitment to provide security assistance to X"
    for (let j = k + 2; j < Math.min(s.tokenEnd, k + 10); j++) {
      const t = ctx.tokens[j]!;
      if (t.text === ',' || t.text === ';' || SUBORDINATORS.has(t.lower) || t.lower === 'including') break;
      if (t.lower === 'to' && j > k + 2 && ctx.tokens[j + 1]?.pos !== 'VERB') {
        targets = ctx.argsFrom(j + 1, s);
        break;
      }
    }
  }
  targets = targets.filter((a) => (a.type !== 'Location' || a.mention.kind !== 'demonym') && !pairModifier(ctx, a));
  if (!targets.length) return [];
  return stance(ctx, k, s, 'PLEDGED', targets, 0.65, 0.6);
}

/** Verbs whose object a commitment to do them benefits ("to support Peru", "to continue helping Ukraine"). */
const BENEFACTIVE_VERBS = new Set(['support', 'help', 'assist', 'aid', 'defend', 'protect', 'back', 'empower', 'rebuild', 'equip', 'arm', 'fund', 'finance']);

/**
 * "commitment to support Peru's counternarcotics capabilities", "commitment to continue supporting
 * Ukraine": who the act committed to benefits ("commitment to ensure Iran never …" names no recipient).
 */
function helped(ctx: RelationView, from: number, s: Sentence): Arg[] {
  let j = from;
  if (/^(?:continue|continuing|further)$/.test(ctx.tokens[j]?.lower ?? '')) j++;
  const v = ctx.tokens[j];
  if (!v || !(v.pos === 'VERB' || v.pos === 'NOUN') || !BENEFACTIVE_VERBS.has(v.lemma.replace(/ing$/, ''))) return [];
  return ctx.argsFrom(j + 1, s).filter((a) => a.type !== 'Location' || a.mention.kind !== 'demonym');
}

/** Whose stance a noun at k states: a light verb's subject, else the possessor. */
function stance(ctx: RelationView, k: number, s: Sentence, type: 'SUPPORTS' | 'PLEDGED', targets: Arg[], spoken: number, owned: number): Found[] {
  let j = k - 1;
  // "enduring support", "continued commitment": a participle before the noun modifies it.
  const participle = (n: number) => {
    const t = ctx.tokens[n]!;
    const before = ctx.tokens[n - 1];
    return t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower) && t.text === t.lower && !!before && (/^(?:DET|PRON|ADJ|PART)$/.test(before.pos) || possessiveAt(ctx, n - 1));
  };
  while (j >= s.tokenStart && (/^(?:ADJ|ADV|DET|PRON)$/.test(ctx.tokens[j]!.pos) || participle(j))) j--;
  let sources: Arg[] = [];
  let verb = j;
  if (possessiveAt(ctx, j)) {
    sources = ctx.argsEndingAt(j);
    // Past the possessor's phrase to the verb that voices it ("reiterated the Administration's support").
    verb = (sources[0]?.start ?? j) - 1;
    if (!sources.length) while (verb >= s.tokenStart && verb > j - 5 && /^(?:PROPN|NOUN|ADJ)$/.test(ctx.tokens[verb]!.pos)) verb--;
    while (verb >= s.tokenStart && ctx.tokens[verb]!.pos === 'DET') verb--;
  }
  const v = ctx.tokens[verb];
  if (v && v.pos === 'VERB' && STANCE_VERBS.has(v.lemma)) {
    const subj = subjectOf(ctx, verb, s);
    if (clauseNegated(ctx, verb, subj.chain, s)) return [];
    // "The Vice President emphasized the United States' commitment": a named possessor is surer than a
    // speaker read through a nominal.
    const named = subj.args.some((a) => a.mention.kind === 'name');
    if (subj.args.length && (named || !sources.length)) return [{ type, sources: ctx.actors(subj.args), targets, trigger: ctx.tokens[k]!, confidence: spoken, modality: clauseModality(ctx, verb, subj.chain, s) }];
  }
  if (verb !== j && !sources.length) return [];
  return [{ type, sources: ctx.actors(sources), targets, trigger: ctx.tokens[k]!, confidence: owned }];
}

/**
 * "S underscored the need for Russia to adhere to …", "S stressed the importance of X to act": a
 * speaker stating that someone must act urges them.
 */
export function needNoun(ctx: RelationView, k: number, s: Sentence): Found[] {
  const of = ctx.tokens[k + 1]?.lower;
  if (of !== 'for' && !(of === 'of' && ctx.tokens[k]!.lower === 'importance')) return [];
  const targets = ctx.argsFrom(k + 2, s).filter((a) => a.type !== 'Location');
  const after = ctx.tokens[targets[targets.length - 1]?.end ?? -1];
  if (!targets.length || after?.lower !== 'to' || ctx.tokens[targets[targets.length - 1]!.end + 1]?.pos !== 'VERB') return [];
  let j = k - 1;
  while (j >= s.tokenStart && /^(?:ADJ|DET|ADV)$/.test(ctx.tokens[j]!.pos)) j--;
  const v = ctx.tokens[j];
  if (!v || v.pos !== 'VERB' || !(STANCE_VERBS.has(v.lemma) || SPEECH_VERBS.has(v.lemma))) return [];
  const subj = subjectOf(ctx, j, s);
  if (clauseNegated(ctx, j, subj.chain, s)) return [];
  return [{ type: 'URGED', sources: ctx.actors(subj.args), targets, trigger: ctx.tokens[k]!, confidence: 0.6, modality: clauseModality(ctx, j, subj.chain, s) }];
}

/** What one does with a stance to make it one's own ("expressed support", "reaffirmed the commitment"). */
const STANCE_VERBS = new Set([...SUPPORT_VERBS_FOR_NOUN, 'reaffirm', 'affirm', 'emphasize', 'emphasise', 'stress', 'underscore', 'highlight', 'confirm', 'convey', 'make', 'demonstrate']);

/** "X's" or, after a name ending in s, a bare apostrophe ("the United States' support"). */
function possessiveAt(ctx: RelationView, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t) return false;
  if (isPossessive(t.text)) return true;
  return (t.text === '’' || t.text === "'") && /s$/i.test(ctx.tokens[j - 1]?.text ?? '') && ctx.argEnd.has(j);
}

/** "Russia's annexation of Crimea", "the annexation of Crimea by Russia". */
export function annexationNoun(ctx: RelationView, k: number, s: Sentence): Found[] {
  if (ctx.tokens[k + 1]?.lower !== 'of') return [];
  const targets = ctx.argsFrom(k + 2, s);
  if (!targets.length) return [];
  const j = k - 1;
  let sources: Arg[] = [];
  if (isPossessive(ctx.tokens[j]?.text)) sources = ctx.actors(ctx.argsEndingAt(j));
  else if (ctx.tokens[targets[targets.length - 1]!.end]?.lower === 'by') sources = ctx.actors(ctx.argsFrom(targets[targets.length - 1]!.end + 1, s));
  return [{ type: 'ANNEXED', sources, targets, trigger: ctx.tokens[k]!, confidence: 0.8 }];
}

/** "X and Y traded blame": each accuses the other. */
export function tradedBlame(ctx: RelationView, v: number, s: Sentence): Found[] {
  let j = v + 1;
  while (j < s.tokenEnd && /^(?:ADJ|DET)$/.test(ctx.tokens[j]!.pos)) j++;
  if (!BLAME_NOUNS.has(ctx.tokens[j]?.lower ?? '')) return [];
  const subject = subjectOf(ctx, v, s);
  const parties = subject.args;
  if (parties.length < 2 || clauseNegated(ctx, v, subject.chain, s)) return [];
  const out: Found[] = [];
  for (const a of parties) for (const b of parties) if (a !== b) out.push({ type: 'ACCUSED', sources: [a], targets: [b], trigger: ctx.tokens[j]!, confidence: 0.75 });
  return out;
}

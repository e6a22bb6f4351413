/**
 * Gatherings and presence: being together, and being somewhere.
 *  - alongside: "X said, speaking alongside Y" → MET(X, Y);
 *  - events: "At a summit in P, A and B signed" → VISITED(A, P), MET(A, B);
 *  - where-clauses: "Fiji, where they met X" → VISITED(they, Fiji);
 *  - presence: "X spoke to reporters at a hospital in Watford" → VISITED(X, Watford);
 *  - visits from meetings: "A met B in Manila" (A's role in another country) → VISITED(A, Manila).
 */
import type { Sentence } from '../../model.js';
import { type Arg, type Found, RelationView, SUBORDINATORS, isPlace } from './view.js';
import { adjunctSubject, mainSubject, subjectOf } from './subjects.js';
import { clauseModality, clauseNegated } from './modality.js';
import { DELEGATION_NOUNS, roleCountries } from './roles.js';

const PRESENCE_VERBS = new Set(['speak', 'stand', 'appear', 'sit', 'walk', 'address', 'talk', 'pose', 'brief']);
/** What one holds where one is ("held a rally in Minsk", "a news conference at the airport"). */
const GATHERING_NOUNS = new Set(['rally', 'rallies', 'conference', 'briefing', 'event', 'ceremony', 'vigil', 'march', 'hall', 'roundtable', 'round-table', 'celebration', 'concert', 'fundraiser', 'parade', 'meeting', 'talks']);

/**
 * "X led a delegation to Beijing", "X headed a trade mission to Y": whoever leads a delegation somewhere
 * goes there.
 */
export function ledDelegation(ctx: RelationView, v: number, s: Sentence): Found[] {
  let j = v + 1;
  while (j < s.tokenEnd && j < v + 6 && (/^(?:DET|ADJ|NUM)$/.test(ctx.tokens[j]!.pos) || ctx.argAt(j) || (ctx.tokens[j]!.pos === 'NOUN' && !DELEGATION_NOUNS.has(ctx.tokens[j]!.lower)))) j++;
  if (!DELEGATION_NOUNS.has(ctx.tokens[j]?.lower ?? '') || ctx.tokens[j + 1]?.lower !== 'to') return [];
  const targets = ctx.argsFrom(j + 2, s).filter((a) => isPlace(a) && a.mention.kind !== 'demonym');
  if (!targets.length) return [];
  const subject = subjectOf(ctx, v, s);
  const sources = subject.args.filter((a) => a.type === 'Person');
  if (!sources.length || clauseNegated(ctx, v, subject.chain, s)) return [];
  return [{ type: 'VISITED', sources, targets, trigger: ctx.tokens[v]!, confidence: 0.7, modality: clauseModality(ctx, v, subject.chain, s) }];
}

/** Gatherings whose participants are present at the place they are held in. */
export const EVENT_NOUNS = new Set(['summit', 'conference', 'congress', 'forum', 'convention', 'ceremony', 'inauguration', 'funeral', 'games']);
/** Verbs that put their subject somewhere ("speaking to the press at a hospital in Watford"). */
export const PRESENCE_VISIT_VERBS = new Set(['speak', 'address', 'attend', 'campaign', 'appear', 'arrive', 'land', 'tour', 'hold']);
/** What someone does in a place that puts them there ("Fiji, where they met …"). */
const WHERE_ACTIVITY_VERBS = new Set(['meet', 'hold', 'sign', 'attend', 'speak', 'address', 'tour', 'visit', 'stop', 'stay', 'arrive', 'open', 'inaugurate', 'inspect', 'lay', 'hold', 'chair', 'host', 'join', 'launch', 'announce', 'deliver', 'greet', 'receive']);

/** "Mr Blinken said, speaking alongside Mr Zelensky": being alongside someone is meeting them. */
export function alongside(ctx: RelationView, k: number, s: Sentence): Found[] {
  const verb = ctx.tokens[k - 1];
  if (!verb || !PRESENCE_VERBS.has(verb.lemma)) return [];
  const targets = ctx.argsFrom(k + 1, s).filter((a) => a.type === 'Person' || a.type === 'Country' || a.type === 'Organization');
  if (!targets.length) return [];
  let sources = subjectOf(ctx, k - 1, s).args;
  if (!sources.length) sources = mainSubject(ctx, s, verb.inQuote);
  return [{ type: 'MET', sources, targets, trigger: ctx.tokens[k]!, confidence: 0.65 }];
}

/**
 * Participants of a summit or conference are present where it is held: "… met in P for a summit where
 * A and B signed …" (A and B visited P and met), "At the opening of the summit, C said" (C visited P).
 */
export function eventAttendance(ctx: RelationView, k: number, s: Sentence): Found[] {
  const place = placeOfEvent(ctx, k, s);
  if (place.length) ctx.eventPlace = place;
  if (!ctx.eventPlace.length) return [];
  let participants: Arg[] = [];
  const where = ctx.findForward(k + 1, s, (t) => t.lower === 'where' || t.lower === 'at which', 4);
  const attendedBy = ctx.findForward(k + 1, s, (t) => t.lower === 'attended' && ctx.tokens[t.i + 1]?.lower === 'by', 6);
  const attendVerb = attendVerbBefore(ctx, k, s);
  if (where >= 0) participants = mainSubject(ctx, s, ctx.tokens[k]!.inQuote, where + 1);
  else if (attendedBy >= 0) participants = ctx.argsFrom(attendedBy + 2, s);
  else if (attendVerb >= 0 && /^(?:attended|attending|attend|attends)$/.test(ctx.tokens[attendVerb]!.lower)) {
    const subject = subjectOf(ctx, attendVerb, s);
    // "Trump did not attend the funeral"
    if (clauseNegated(ctx, attendVerb, subject.chain, s)) return [];
    participants = subject.args;
  } else if (atEventOpening(ctx, s)) participants = adjunctSubject(ctx, k, s);
  participants = participants.filter((a) => a.type === 'Person');
  if (!participants.length) return [];
  const t = ctx.tokens[k]!;
  const found: Found[] = [{ type: 'VISITED', sources: participants, targets: ctx.eventPlace, trigger: t, confidence: 0.6 }];
  if (participants.length >= 2) found.push({ type: 'MET', sources: participants.slice(0, 1), targets: participants.slice(1), trigger: t, confidence: 0.6 });
  return found;
}

/**
 * A sentence opening on being at the event ("At the opening of the summit, …", "During the summit, …",
 * "On the sidelines of …"), not on a reaction to it ("In reaction to the convention, …").
 */
function atEventOpening(ctx: RelationView, s: Sentence): boolean {
  // ("On a press conference held in P, X said": "on" for "at", too.)
  return /^(?:at|during|on)$/.test(ctx.tokens[s.tokenStart]!.lower);
}

/** "X attended the AU summit": the index of "attended" a few words before the event noun, or -1. */
export function attendVerbBefore(ctx: RelationView, k: number, s: Sentence): number {
  for (let j = k - 1; j >= Math.max(s.tokenStart, k - 5); j--) if (ctx.tokens[j]!.lemma === 'attend' && ctx.tokens[j]!.pos === 'VERB') return j;
  return -1;
}

/** "met in P for a summit", "a summit in P", "the summit, held in P". */
export function placeOfEvent(ctx: RelationView, k: number, s: Sentence): Arg[] {
  for (let j = k + 1; j < Math.min(s.tokenEnd, k + 5); j++)
    if (ctx.tokens[j]!.lower === 'in') return ctx.argsFrom(j + 1, s).filter(isPlace).slice(0, 1);
  for (let j = k - 1; j >= Math.max(s.tokenStart, k - 14); j--) {
    const t = ctx.tokens[j]!;
    if (t.lower === 'in' && ctx.tokens[j - 1]?.pos === 'VERB') return ctx.argsFrom(j + 1, s).filter(isPlace).slice(0, 1);
    if (t.text === '.' || t.text === ';' || (t.pos === 'VERB' && ctx.tokens[j + 1]?.lower !== 'in')) break;
  }
  return [];
}

/** "Fiji, where they met with X": whoever acts in a place's "where" clause was there. */
export function whereClause(ctx: RelationView, k: number, s: Sentence): Found[] {
  const place = ctx.argsEndingAt(k - 1).slice(-1).filter(isPlace);
  if (!place.length) return [];
  for (let j = k + 1; j < Math.min(s.tokenEnd, k + 8); j++) {
    const t = ctx.tokens[j]!;
    if (t.pos !== 'VERB' || !WHERE_ACTIVITY_VERBS.has(t.lemma)) continue;
    const subject = subjectOf(ctx, j, s);
    const visitors = subject.args.filter((a) => a.type === 'Person' || a.type === 'Organization');
    if (!visitors.length || clauseNegated(ctx, j, subject.chain, s)) return [];
    return [{ type: 'VISITED', sources: visitors, targets: place, trigger: t, confidence: 0.6, modality: clauseModality(ctx, j, subject.chain, s) }];
  }
  return [];
}

/** Who or what one addresses in person ("addressed the crowd", "addressing parliament"). */
const AUDIENCE_NOUNS = new Set(['crowd', 'crowds', 'rally', 'audience', 'supporters', 'parliament', 'assembly', 'congress', 'conference', 'summit', 'session', 'forum', 'meeting', 'convention', 'ceremony', 'event', 'students', 'graduates', 'troops', 'soldiers', 'nation', 'gathering', 'reporters', 'journalists', 'press', 'delegates', 'lawmakers', 'senate', 'legislature', 'union', 'workers', 'members', 'leaders', 'media', 'public', 'people', 'residents', 'voters', 'families', 'volunteers', 'officials', 'staff', 'employees', 'community', 'communities', 'attendees', 'participants', 'guests', 'survivors', 'victims']);
/** Prepositions that open what is spoken about, whose places are not where the speaker is. */
const TOPIC_PREPOSITIONS = new Set(['about', 'regarding', 'concerning']);

/** "X was questioned while speaking to the press at a hospital in Watford": X was there. */
export function presence(ctx: RelationView, v: number, s: Sentence): Found[] {
  const t = ctx.tokens[v]!;
  let targets: Arg[] = [];
  // "held a rally in Minsk", "holds a news conference at X": holding a gathering puts one there.
  const held = t.lemma === 'hold';
  // "addressing the situation in Haiti", "spoke to the investments in America": one addresses or
  // speaks to an audience somewhere, not an issue.
  const spokenTo = t.lemma === 'address' ? v + 1 : t.lemma === 'speak' && ctx.tokens[v + 1]?.lower === 'to' ? v + 2 : -1;
  if (spokenTo >= 0 && !ctx.startsArgAfterDet(spokenTo, s) && !AUDIENCE_NOUNS.has(ctx.tokens[ctx.findForward(spokenTo, s, (x) => x.pos === 'NOUN' || x.pos === 'PROPN', 5)]?.lower ?? '')) return [];
  let gathering = false;
  for (let j = v + 1; j < Math.min(s.tokenEnd, v + 12); j++) {
    const x = ctx.tokens[j]!;
    if (GATHERING_NOUNS.has(x.lower) && x.pos === 'NOUN') gathering = true;
    if (held && !gathering && (x.lower === 'in' || x.lower === 'at')) return [];
    // "spoke today about the situation in Afghanistan": the place is the topic's.
    if (TOPIC_PREPOSITIONS.has(x.lower)) return [];
    if (x.text === ',' || x.text === ';' || x.pos === 'VERB' || SUBORDINATORS.has(x.lower)) break;
    if ((x.lower === 'in' || x.lower === 'at') && !t.inQuote) {
      targets = ctx.argsFrom(j + 1, s).filter((a) => a.type === 'Location' || a.type === 'Country');
      if (targets.length) break;
    }
  }
  if (!targets.length) return [];
  const subject = subjectOf(ctx, v, s);
  let sources = subject.args;
  if (!sources.length && /ing$/.test(t.lower)) sources = mainSubject(ctx, s, t.inQuote);
  if (clauseNegated(ctx, v, subject.chain, s)) return [];
  return [{ type: 'VISITED', sources: sources.filter((a) => a.type === 'Person'), targets, trigger: t, confidence: 0.55, modality: clauseModality(ctx, v, subject.chain, s), presenceOnly: true }];
}

/**
 * "A met B in Manila": a participant whose role is in another country than the meeting place
 * travelled there (the home side did not).
 */
export function visitsFromMeetings(ctx: RelationView, bySentence: Found[][]): Found[][] {
  const homeOf = roleCountries(ctx, bySentence, (country) => ctx.countryKeyOf(country));
  return bySentence.map((list) => {
    const out: Found[] = [];
    for (const f of list) {
      if (f.type !== 'MET' || !f.place || f.negated) continue;
      const place = f.place[0]!;
      const placeCountry = ctx.countryKeyOf(place);
      if (!placeCountry) continue;
      // A group ("the three") counts member by member.
      const people = [...f.sources, ...f.targets].filter((a) => a.type === 'Person').flatMap((a) => a.ids.map((id) => ({ ...a, ids: [id] })));
      const visitors = people.filter((a) => homeOf.has(a.ids[0]!) && homeOf.get(a.ids[0]!) !== placeCountry);
      if (visitors.length) out.push({ type: 'VISITED', sources: visitors, targets: [place], trigger: f.trigger, confidence: 0.6, ...(f.modality ? { modality: f.modality } : {}) });
    }
    return out;
  });
}

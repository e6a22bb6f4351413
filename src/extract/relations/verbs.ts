/**
 * Verb triggers, by lemma, with their subject and object:
 *  - active and passive: "Russia accused Ukraine", "Ukraine was accused by Russia";
 *  - the verb's preposition: "met with X", "called on X to", "travelled to Y", "arrived in Z";
 *  - an infinitive that must follow: "asked X to leave" (URGED);
 *  - coordination on both sides: "A and B met", "met A and B";
 *  - what is pledged and to whom: "pledged support for X", "pledged $5m to X";
 *  - a place inside a visited object: "visited soldiers at a hospital in Osh";
 *  - relative clauses: "the peninsula, which it annexed"; HOLDS_ROLE verbs: "X, who heads Y";
 *  - joint action: "A and B signed the accord" (MET).
 */
import { entryByKey } from '../../knowledge/index.js';
import type { RelationType, Sentence, Token } from '../../model.js';
import { GROUP_NUMBER_WORDS, isPossessive, NEGATIONS, SPEECH_VERBS } from '../lexicon.js';
import { type Arg, type Found, RelationView, SUBORDINATORS, isPlace } from './view.js';
import { addresseeOf, adjunctSubject, coalitionLeader, coordinatedSubject, joinedCalls, mainSubject, mediumParticipleSubject, subjectOf, timeAdjunctStart } from './subjects.js';
import { clauseModality, clauseNegated } from './modality.js';
import { pairModifier } from './nouns.js';

interface VerbTrigger {
  type: RelationType;
  /** Prepositions that may introduce the object ("met with X", "called on X"); 'direct' allows none. */
  objects: readonly string[];
  /** The object must be followed by "to"/"for" + verb ("asked X to …"). */
  needsInfinitive?: boolean;
  /** Only with one of these prepositions (no direct object). */
  prepositionalOnly?: boolean;
  /** Targets must be places (Location or Country). */
  placeTarget?: boolean;
  /** Targets must be people ("received the minister", not "received a letter"). */
  personTarget?: boolean;
  /** HOLDS_ROLE from a verb ("who heads X"): the source is a person, the target an organisation. */
  organizationTarget?: boolean;
  /** The role a HOLDS_ROLE verb gives. */
  role?: string;
  /** The object must be followed by "responsible"/"accountable" ("held X responsible"). */
  needsResponsible?: boolean;
  /** The object must be followed by one of these ("charged X with fraud", not "charged a fee"; "assured X that"). */
  followedBy?: readonly string[];
  confidence: number;
}
const DIRECT = 'direct';
export const VERBS: Record<string, VerbTrigger> = {
  meet: { type: 'MET', objects: [DIRECT, 'with'], confidence: 0.85 },
  host: { type: 'MET', objects: [DIRECT], confidence: 0.7 },
  receive: { type: 'MET', objects: [DIRECT], personTarget: true, confidence: 0.65 },
  welcome: { type: 'MET', objects: [DIRECT], personTarget: true, confidence: 0.65 },
  greet: { type: 'MET', objects: [DIRECT], personTarget: true, confidence: 0.7 },
  talk: { type: 'MET', objects: ['with'], prepositionalOnly: true, confidence: 0.7 },
  speak: { type: 'MET', objects: ['with', 'to'], prepositionalOnly: true, personTarget: true, confidence: 0.7 },
  confer: { type: 'MET', objects: ['with'], prepositionalOnly: true, confidence: 0.7 },
  negotiate: { type: 'MET', objects: ['with'], prepositionalOnly: true, confidence: 0.6 },
  visit: { type: 'VISITED', objects: [DIRECT], confidence: 0.85 },
  tour: { type: 'VISITED', objects: [DIRECT], placeTarget: true, confidence: 0.7 },
  travel: { type: 'VISITED', objects: ['to'], prepositionalOnly: true, placeTarget: true, confidence: 0.75 },
  fly: { type: 'VISITED', objects: ['to', 'into'], prepositionalOnly: true, placeTarget: true, confidence: 0.7 },
  arrive: { type: 'VISITED', objects: ['in', 'at'], prepositionalOnly: true, placeTarget: true, confidence: 0.75 },
  land: { type: 'VISITED', objects: ['in', 'at'], prepositionalOnly: true, placeTarget: true, confidence: 0.65 },
  accuse: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.85 },
  blame: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.8 },
  condemn: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.8 },
  criticise: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.75 },
  criticize: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.75 },
  denounce: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.75 },
  slam: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.7 },
  rebuke: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.7 },
  lambast: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.7 },
  censure: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.7 },
  fault: { type: 'ACCUSED', objects: [DIRECT], confidence: 0.6 },
  pledge: { type: 'PLEDGED', objects: ['to'], confidence: 0.8 },
  promise: { type: 'PLEDGED', objects: [DIRECT, 'to'], confidence: 0.75 },
  vow: { type: 'PLEDGED', objects: ['to'], confidence: 0.7 },
  guarantee: { type: 'PLEDGED', objects: [DIRECT, 'to'], confidence: 0.6 },
  commit: { type: 'PLEDGED', objects: ['to'], confidence: 0.65 },
  offer: { type: 'PLEDGED', objects: [DIRECT, 'to'], confidence: 0.6 },
  urge: { type: 'URGED', objects: [DIRECT], confidence: 0.85 },
  ask: { type: 'URGED', objects: [DIRECT], needsInfinitive: true, confidence: 0.75 },
  press: { type: 'URGED', objects: [DIRECT], needsInfinitive: true, confidence: 0.75 },
  pressure: { type: 'URGED', objects: [DIRECT], needsInfinitive: true, confidence: 0.7 },
  push: { type: 'URGED', objects: [DIRECT], needsInfinitive: true, confidence: 0.6 },
  implore: { type: 'URGED', objects: [DIRECT], confidence: 0.75 },
  exhort: { type: 'URGED', objects: [DIRECT], confidence: 0.75 },
  encourage: { type: 'URGED', objects: [DIRECT], needsInfinitive: true, confidence: 0.6 },
  call: { type: 'URGED', objects: ['on', 'upon', 'for'], prepositionalOnly: true, confidence: 0.8 },
  tell: { type: 'URGED', objects: [DIRECT], needsInfinitive: true, confidence: 0.65 },
  demand: { type: 'URGED', objects: ['that'], prepositionalOnly: true, confidence: 0.65 },
  // "held X responsible for"
  hold: { type: 'ACCUSED', objects: [DIRECT], needsResponsible: true, confidence: 0.7 },
  // "attributed the bombing to X", "pinned the attack on X": the act's cause is accused.
  attribute: { type: 'ACCUSED', objects: [], prepositionalOnly: true, confidence: 0.7 },
  pin: { type: 'ACCUSED', objects: [], prepositionalOnly: true, confidence: 0.6 },
  // "prosecutors charged X with fraud"
  charge: { type: 'ACCUSED', objects: [DIRECT], followedBy: ['with'], personTarget: true, confidence: 0.7 },
  // "assured X that the U.S. will remain engaged", "reassured X of continued support"
  assure: { type: 'PLEDGED', objects: [DIRECT], followedBy: ['that', 'of'], confidence: 0.6 },
  reassure: { type: 'PLEDGED', objects: [DIRECT], followedBy: ['that', 'of'], confidence: 0.6 },
  appeal: { type: 'URGED', objects: ['to'], prepositionalOnly: true, needsInfinitive: true, confidence: 0.7 },
  support: { type: 'SUPPORTS', objects: [DIRECT], confidence: 0.75 },
  back: { type: 'SUPPORTS', objects: [DIRECT], confidence: 0.7 },
  endorse: { type: 'SUPPORTS', objects: [DIRECT], confidence: 0.75 },
  stand: { type: 'SUPPORTS', objects: ['with', 'by', 'behind'], prepositionalOnly: true, confidence: 0.65 },
  side: { type: 'SUPPORTS', objects: ['with'], prepositionalOnly: true, confidence: 0.6 },
  annex: { type: 'ANNEXED', objects: [DIRECT], confidence: 0.9 },
  // "X, who heads the Houthi prisoners committee", "the LNA, which Haftar commands"
  head: { type: 'HOLDS_ROLE', objects: [DIRECT], organizationTarget: true, role: 'head', confidence: 0.7 },
  lead: { type: 'HOLDS_ROLE', objects: [DIRECT], organizationTarget: true, role: 'leader', confidence: 0.65 },
  chair: { type: 'HOLDS_ROLE', objects: [DIRECT], organizationTarget: true, role: 'chair', confidence: 0.7 },
  command: { type: 'HOLDS_ROLE', objects: [DIRECT], organizationTarget: true, role: 'commander', confidence: 0.7 },
};
/** What two people do together, which puts them together ("X and Y signed the accord"). */
export const JOINT_ACTION_VERBS = new Set(['sign', 'agree', 'discuss', 'shake', 'negotiate', 'inaugurate', 'unveil', 'toast', 'embrace']);
/** What is pledged *for* someone: "pledged support for X" names X as the one it goes to. */
const PLEDGED_THINGS = new Set(['support', 'aid', 'assistance', 'help', 'backing', 'funding', 'funds', 'money', 'relief', 'solidarity', 'loans', 'grants', 'weapons', 'arms']);
/** A sum of money: a currency sign or a currency's name. */
const CURRENCY = /^(?:\p{Sc}.*|dollars?|euros?|pounds?|yuan|yen|rupees?|francs?|shillings?|pesos?|rand)$/iu;
/** Nouns whose "of" complement names a place ("the village of X", "the district of Y"). */
const PLACE_HEAD_NOUNS = new Set(['village', 'town', 'city', 'district', 'region', 'province', 'suburb', 'state', 'island', 'islands', 'capital', 'port', 'county', 'municipality', 'outskirts', 'neighbourhood', 'neighborhood', 'area', 'areas']);
/** Subordinators of time that open a participle adjunct ("after meeting X", "while visiting Y"). */
const TEMPORAL_SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'upon']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s", 'am', 'get', 'got', 'gets']);

/**
 * "X flew to Lima on Monday to meet Y", "is expected to travel to Accra next week to sign": a purpose
 * infinitive after a trip's destination has the subject of the verb it serves (and that verb's
 * auxiliaries, for modality and negation). Only across places after a preposition (or a city) and
 * time words: "urged Ghana to meet", "asked the minister to sign" name another subject.
 */
export function purposeSubject(ctx: RelationView, v: number, s: Sentence): { args: Arg[]; chain: Token[]; verb: number } | undefined {
  if (ctx.tokens[v - 1]?.lower !== 'to') return undefined;
  let places = 0;
  for (let j = v - 2; j >= s.tokenStart && j > v - 14; ) {
    const t = ctx.tokens[j]!;
    const place = ctx.argEnd.get(j + 1);
    if (place) {
      const before = ctx.tokens[place.start - 1]?.lower ?? '';
      if (!isPlace(place) || !(['to', 'in', 'at', 'into', 'for'].includes(before) || place.type === 'Location')) return undefined;
      places++;
      j = place.start - 1;
      continue;
    }
    if (t.pos === 'VERB') {
      if (!places || VERBS[t.lemma]?.type === 'URGED' || SPEECH_VERBS.has(t.lemma)) return undefined;
      const subject = subjectOf(ctx, j, s);
      return subject.args.length ? { args: subject.args, chain: subject.chain, verb: j } : undefined;
    }
    const timeStart = timeAdjunctStart(ctx, j, s);
    if (timeStart !== undefined) {
      j = timeStart - 1;
      continue;
    }
    if (/^(?:next|this|last)$/.test(ctx.tokens[j - 1]?.lower ?? '') && /^(?:week|month|year|weekend)$/.test(t.lower)) {
      j -= 2;
      continue;
    }
    if (/^(?:ADP|DET|ADV)$/.test(t.pos) && !SUBORDINATORS.has(t.lower)) {
      j--;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The verb lemma of a token the tagger called a noun: after "to" ("Ukraine to urge"), or a gerund
 * with a direct object ("After meeting Mr Blinken").
 */
export function verbalLemma(ctx: RelationView, k: number, s: Sentence): string | undefined {
  const t = ctx.tokens[k]!;
  if (t.pos !== 'NOUN') return undefined;
  if (ctx.tokens[k - 1]?.lower === 'to' && VERBS[t.lemma]) return t.lemma;
  // "Iran, which backs the Houthis", "Egypt hosts Sudan talks": after a relative pronoun or a
  // subject, an -s form before an object is the clause's verb.
  const afterSubject = /^(?:which|who|that)$/.test(ctx.tokens[k - 1]?.lower ?? '') || ctx.argEnd.has(k);
  const object = afterSubject && t.lower.endsWith('s') && VERBS[t.lemma] ? (ctx.startsArgAfterDet(k + 1, s) ?? ctx.argsFrom(k + 1, s)[0]) : undefined;
  const after = object && ctx.tokens[object.end];
  // "hosts Sudan talks": a name modifying a noun is not the object.
  if (object && !(after && after.pos === 'NOUN' && after.text === after.lower)) return t.lemma;
  // "The LNA, which Haftar commands, …": an object relative's -s form after its subject is its verb.
  const subject = ctx.argEnd.get(k);
  if (subject && /^(?:which|that|whom)$/.test(ctx.tokens[subject.start - 1]?.lower ?? '') && t.lower.endsWith('s') && VERBS[t.lemma] && !ctx.startsArg(k + 1)) return t.lemma;
  // Headlines: "Australia and New Zealand pledge aid to Vanuatu", "UK urges US to …".
  if (s.isTitle && ctx.argEnd.has(k)) for (const lemma of [t.lemma, t.lemma.replace(/s$/, '')]) if (VERBS[lemma]) return lemma;
  if (!t.lower.endsWith('ing') || !ctx.startsArg(k + 1)) return undefined;
  const stem = t.lower.slice(0, -3);
  for (const candidate of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) if (VERBS[candidate]) return candidate;
  return undefined;
}

export function verbRelation(ctx: RelationView, v: number, trigger: VerbTrigger, s: Sentence): Found[] {
  const t = ctx.tokens[v]!;
  // "working to meet demand", "expect Congress to meet it": meeting a need or an obligation.
  if (t.lemma === 'meet' && SATISFIED.has(ctx.tokens[ctx.findForward(v + 1, s, (x) => !/^(?:DET|ADJ|ADV|NUM)$/.test(x.pos), 4)]?.lower ?? '')) return [];
  // "Radio host X dies", "talk show host Y": a bare "host" right after a noun, before a name, is the
  // noun of a title (a verb would be "hosts", "will host", "they host").
  const before = ctx.tokens[v - 1];
  if (t.lower === 'host' && before && /^(?:NOUN|PROPN)$/.test(before.pos) && !/s$/i.test(before.text) && ctx.argAt(v + 1)?.type === 'Person') return [];
  // "called on X to": only with the preposition.
  const subject = subjectOf(ctx, v, s);
  let sources = subject.args;
  const chain = subject.chain;
  const passive = chain.some((c) => BE_FORMS.has(c.lower)) && /(?:ed|en|wn|ght|nt)$/.test(t.lower);
  let j = v + 1;
  while (j < s.tokenEnd && (ctx.tokens[j]!.pos === 'ADV' || ctx.tokens[j]!.pos === 'PART') && !NEGATIONS.has(ctx.tokens[j]!.lower) && ctx.tokens[j]!.lower !== 'to') j++;

  let targets: Arg[] = [];
  if (passive) {
    // "X was accused by Y": swap.
    const by = ctx.findForward(j, s, (x) => x.lower === 'by', 4);
    if (by < 0) return [];
    const agent = ctx.argsFrom(by + 1, s);
    if (!agent.length) return [];
    targets = sources;
    sources = ctx.actors(agent);
  } else {
    const next = ctx.tokens[j];
    if (next && trigger.objects.includes(next.lower) && next.lower !== DIRECT) targets = ctx.argsFrom(j + 1, s);
    else if (!trigger.prepositionalOnly && trigger.objects.includes(DIRECT)) targets = ctx.argsFrom(j, s);
    if (!targets.length && trigger.objects.includes('with')) {
      // "met for ninety minutes with X", "spoke on Tuesday with X"
      const w = ctx.findForward(j, s, (x) => x.lower === 'with', 8);
      if (w >= 0) targets = ctx.argsFrom(w + 1, s);
    }
    if (!targets.length && trigger.type === 'PLEDGED') {
      // "pledged 'unwavering support' to Mr Zelensky", "pledged to send air defence systems to Kyiv"
      let from = j;
      if (ctx.tokens[from]?.lower === 'to' && ctx.tokens[from + 1]?.pos === 'VERB') from += 2;
      const to = ctx.findForward(from, s, (x) => x.lower === 'to' && !!ctx.startsArgAfterDet(x.i + 1, s), 16);
      if (to >= 0) targets = ctx.argsFrom(to + 1, s);
      else {
        // "pledged support for Chile", "promised humanitarian aid for Gaza": the beneficiary of what is pledged.
        const forAid = ctx.findForward(j, s, (x) => x.lower === 'for' && PLEDGED_THINGS.has(ctx.tokens[x.i - 1]?.lower ?? ''), 6);
        if (forAid >= 0) targets = ctx.argsFrom(forAid + 1, s);
      }
    }
    if (!targets.length && trigger.type === 'ANNEXED') targets = relativeAntecedent(ctx, sources, s);
    if (!targets.length && trigger.type === 'ACCUSED') targets = actAuthor(ctx, t.lemma, j, s);
    if (trigger.followedBy && !trigger.followedBy.includes(ctx.tokens[targets[targets.length - 1]?.end ?? -1]?.lower ?? '')) return [];
    if (trigger.needsInfinitive && targets.length) {
      const after = ctx.tokens[targets[targets.length - 1]!.end];
      if (!after || !['to', 'for'].includes(after.lower)) return [];
      // "pushed Biden to the far left": "to" opens a place or state, not an infinitive.
      if (after.lower === 'to' && /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(ctx.tokens[after.i + 1]?.pos ?? '')) return [];
    }
    if (trigger.needsResponsible) {
      const after = ctx.tokens[targets[targets.length - 1]?.end ?? -1];
      if (!after || !['responsible', 'accountable', 'liable'].includes(after.lower)) return [];
    }
    // "called for Israel to halt": "for" takes an object only when an infinitive follows.
    if (t.lemma === 'call' && ctx.tokens[j]?.lower === 'for' && targets.length && ctx.tokens[targets[targets.length - 1]!.end]?.lower !== 'to') return [];
    if (trigger.type === 'MET' && !targets.length && sources.length >= 2 && !unreadObject(ctx, j, trigger, s)) {
      // "Kiev and Moscow met", "X and Y held talks": symmetric among the subjects (but not when they
      // met people the text names: "A and B met with Acting Director C").
      targets = sources.slice(1);
      sources = sources.slice(0, 1);
    } else if (trigger.type === 'MET' && !targets.length && sources.length === 1 && sources[0]!.ids.length >= 2 && GROUP_NUMBER_WORDS.has(sources[0]!.mention.name.toLowerCase())) {
      // "The three met in Cairo": the people the number stands for met one another.
      const group = sources[0]!;
      sources = [{ ...group, ids: group.ids.slice(0, 1) }];
      targets = [{ ...group, ids: group.ids.slice(1) }];
    }
  }
  if (trigger.type === 'URGED' && sources.length) sources = [...sources, ...joinedCalls(ctx, sources[0]!, s)];
  if (!sources.length) sources = coordinatedSubject(ctx, v, s);
  if (!sources.length) sources = adjunctSubject(ctx, v, s);
  if (!sources.length) sources = mediumParticipleSubject(ctx, v, s);
  let servedNegated = false;
  if (!sources.length) {
    const purpose = purposeSubject(ctx, v, s);
    if (purpose) {
      sources = purpose.args;
      chain.push(...purpose.chain);
      // "would be unable to travel to P to meet X": the trip's negation is the meeting's.
      servedNegated = clauseNegated(ctx, purpose.verb, purpose.chain, s);
    }
  }
  if (!targets.length && trigger.type === 'URGED' && ctx.tokens[j]?.lower === 'to') {
    // "wrote to the US Embassy asking to waive …": the addressee of the letter or call.
    const addressee = addresseeOf(ctx, v, s);
    if (addressee) {
      targets = addressee.targets;
      if (!sources.length) sources = addressee.sources;
    }
  }
  // ", meeting X", "… said, after meeting X": a participle adjunct's subject is the main clause's.
  // (After a comma the main clause is before the participle: "…, condemning X, and noted that Iran …" is not Iran's.)
  if (!sources.length && /ing$/.test(t.lower) && (ctx.tokens[v - 1]?.text === ',' || TEMPORAL_SUBORDINATORS.has(ctx.tokens[v - 1]?.lower ?? ''))) sources = mainSubject(ctx, s, t.inQuote, s.tokenStart, ctx.tokens[v - 1]?.text === ',' ? v : s.tokenEnd);
  if (!sources.length && /ing$/.test(t.lower)) sources = coalitionLeader(ctx, v, s);
  if (trigger.type === 'PLEDGED' && !targets.length && !passive) targets = aidForStoryCountry(ctx, j, sources, s);
  if (trigger.type === 'PLEDGED') {
    // "offered his congratulations to X": courtesy is no pledge.
    if (COURTESY_NOUNS.has(ctx.tokens[ctx.findForward(j, s, (x) => x.pos === 'NOUN', 4)]?.lower ?? '')) return [];
    // "offered full U.S. support", "pledged to further U.S.-Australia cooperation": a name modifying
    // what is given is not who receives it.
    targets = targets.filter((a) => !pairModifier(ctx, a) && !modifiesGift(ctx, a, v));
  }
  // Places do not meet ("hosted … Pacific Islander leaders" is no meeting with an ocean).
  if (trigger.type === 'MET') {
    targets = targets.filter((a) => a.type !== 'Location');
    sources = sources.filter((a) => a.type !== 'Location');
  }
  if (t.lemma === 'host') targets = targets.filter((a) => !hostedGathering(ctx, a, s));
  // "X (center) stands with Russian representatives": a photo caption places people, it backs no one.
  if (t.lemma === 'stand' && photoCaption(ctx, s)) return [];
  if (trigger.placeTarget) targets = targets.filter(isPlace);
  if (trigger.personTarget) targets = targets.filter((a) => a.type === 'Person');
  if (trigger.organizationTarget) {
    targets = targets.filter((a) => a.type === 'Organization');
    sources = sources.filter((a) => a.type === 'Person');
    if (!targets.length) targets = relativeAntecedent(ctx, sources, s).filter((a) => a.type === 'Organization');
  }
  if (trigger.type === 'VISITED') {
    // "flew back to Tokyo", "returned home": going home is no visit.
    if (['back', 'home'].includes(ctx.tokens[v + 1]?.lower ?? '')) return [];
    targets = targets.filter((a) => a.type !== 'Person');
    sources = sources.filter((a) => a.type === 'Person' || a.type === 'Organization');
    // "visited soldiers at a hospital in Osh", "visited the company's plant in Gary": the place is inside the object.
    if (!passive && (!targets.length || ctx.isPossessor(targets[targets.length - 1]!))) {
      const inside = placeInObject(ctx, j, s);
      if (inside.length) targets = inside;
      else if (targets.length && ctx.isPossessor(targets[targets.length - 1]!)) targets = [];
    }
  }
  const negated = servedNegated || clauseNegated(ctx, v, chain, s);
  if (trigger.role && passive) return []; // "was led by X" names no role of X's in the subject
  const place = trigger.type === 'MET' && !passive ? meetingPlace(ctx, v, targets, s) : [];
  return [{ type: trigger.type, sources, targets, trigger: t, confidence: trigger.confidence * (passive ? 0.95 : 1), modality: clauseModality(ctx, v, chain, s), ...(negated ? { negated } : {}), ...(trigger.role ? { role: trigger.role } : {}), ...(place.length ? { place } : {}) }];
}

/**
 * An object the verb has in which named people were not read as its arguments ("met with Acting
 * Budget Director X, …"): its subjects met them, not each other. An object naming no one ("met with
 * members of X", "met with union leaders") leaves the subjects the meeting's named participants.
 */
function unreadObject(ctx: RelationView, j: number, trigger: VerbTrigger, s: Sentence): boolean {
  const t = ctx.tokens[j];
  if (!t) return false;
  const prepositional = trigger.objects.includes(t.lower) && t.lower !== DIRECT;
  const direct = trigger.objects.includes(DIRECT) && /^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(t.pos);
  if (!prepositional && !direct) return false;
  for (let n = j; n < Math.min(s.tokenEnd, j + 16); n++) {
    const x = ctx.tokens[n]!;
    if (ctx.startsArg(n)?.type === 'Person') return true;
    if (x.text === ';' || x.text === '.' || (x.lower === 'to' && ctx.tokens[n + 1]?.pos === 'VERB') || SUBORDINATORS.has(x.lower) || (x.pos === 'VERB' && !ctx.argAt(n))) return false;
  }
  return false;
}

/**
 * What is hosted as a gathering, not met: a multilateral body ("hosts APEC in San Francisco", "hosts
 * the G-7" — its summit), or a name inside a longer capitalised event name ("hosted the PGI Investor
 * Forum", "host the St. Patrick's Day Breakfast").
 */
const GATHERING_NAME_HEADS = /^(?:Forum|Summit|Conference|Convening|Dialogue|Breakfast|Dinner|Luncheon|Reception|Games|Day|Festival|Roundtable|Symposium|Expo|Week|Meeting|Ceremony|Gala)$/;
function hostedGathering(ctx: RelationView, a: Arg, s: Sentence): boolean {
  if (a.type !== 'Organization') return false;
  const key = ctx.entityById.get(a.ids[0]!)?.attributes?.knowledgeKey;
  if (typeof key === 'string' && entryByKey(key)?.kind === 'international') return true;
  if (GATHERING_NAME_HEADS.test(ctx.tokens[a.end - 1]?.text ?? '')) return true;
  let n = a.end;
  if (ctx.tokens[n]?.text === '(') while (n < a.end + 6 && ctx.tokens[n] && ctx.tokens[n]!.text !== ')') n++;
  if (ctx.tokens[n]?.text === ')') n++;
  if (isPossessive(ctx.tokens[n]?.text)) n++;
  const next = ctx.tokens[n];
  // (A headline capitalises every word: "Biden Hosts Kishida At White House".)
  return !!next && !s.isTitle && /^\p{Lu}/u.test(next.text) && !/^(?:ADP|CCONJ|DET|PART|AUX|PRON)$/.test(next.pos) && !ctx.startsArg(n);
}

/** What one meets by satisfying it. */
const SATISFIED = new Set(['demand', 'demands', 'need', 'needs', 'target', 'targets', 'goal', 'goals', 'obligation', 'obligations', 'deadline', 'deadlines', 'standard', 'standards', 'requirement', 'requirements', 'expectations', 'criteria', 'commitments', 'threshold', 'quota', 'it', 'costs', 'payroll', 'challenge', 'challenges', 'moment']);

/** A picture's caption: a position in brackets ("(left)") or an "Image:" credit. */
function photoCaption(ctx: RelationView, s: Sentence): boolean {
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 1; k++) {
    const t = ctx.tokens[k]!;
    if (/^(?:left|right|center|centre|front|back|second|third)$/.test(t.lower) && ctx.tokens[k - 1]!.text === '(' && [')', ','].includes(ctx.tokens[k + 1]!.text)) return true;
    // "Image:", also glued to the caption's last word by a scrape ("…AccordsImage:").
    if (/(?:image|photo|picture)$/i.test(t.text) && ctx.tokens[k + 1]!.text === ':') return true;
  }
  return false;
}

/** What is offered out of courtesy, not pledged. */
const COURTESY_NOUNS = new Set(['congratulations', 'condolences', 'thanks', 'sympathy', 'sympathies', 'prayers', 'apologies', 'apology', 'greetings', 'wishes', 'gratitude', 'appreciation', 'praise']);
/** Nouns after a name that still name its people ("the Ukrainian people", "the Haitian government"). */
const PEOPLE_NOUNS = /^(?:people|peoples|government|nation|citizens|public|population|authorities|leadership|military|forces|families|communities|refugees|farmers|workers)$/;

/** "full U.S. support", "strong Japanese backing": a name between a modifier and a lower-case noun modifies that noun. */
function modifiesGift(ctx: RelationView, a: Arg, v: number): boolean {
  const next = ctx.tokens[a.end];
  const before = ctx.tokens[a.start - 1];
  // "offered the United States' continued support": the possessor gives.
  // ("pledged support for Colombia's efforts": after a preposition the possessor is the beneficiary.)
  let direct = true;
  for (let k = v + 1; k < a.start; k++) if (ctx.tokens[k]!.pos === 'ADP') direct = false;
  if (direct && (isPossessive(next?.text) || ((next?.text === '’' || next?.text === "'") && /s$/i.test(ctx.tokens[a.end - 1]?.text ?? '')))) return true;
  const participle = !!before && before.pos === 'VERB' && before.i !== v && /(?:ed|ing)$/.test(before.text);
  return !!next && next.pos === 'NOUN' && next.text === next.lower && !PEOPLE_NOUNS.test(next.lower) && !!before && (/^(?:ADJ|DET|PRON|NUM)$/.test(before.pos) || participle) && !isPossessive(before.text);
}

/** Acts an accusation may name instead of their author ("condemned the attack by X"). */
const BLAMED_FOR_ACT = new Set(['blame', 'attribute', 'pin']);

/**
 * An accusation against an act accuses its author when the text names them: "condemned Russia's
 * invasion", "condemned the attack by X", "blamed the explosion on X", "attributed the bombing to X".
 * The object phrase ends at a verb, a comma or a subordinate clause.
 */
function actAuthor(ctx: RelationView, lemma: string, from: number, s: Sentence): Arg[] {
  for (let j = from; j < Math.min(s.tokenEnd, from + 10); j++) {
    const t = ctx.tokens[j]!;
    if ((t.pos === 'VERB' && j > from) || t.text === ',' || t.text === ';' || SUBORDINATORS.has(t.lower) || t.inQuote !== ctx.tokens[from]!.inQuote) return [];
    const author = ctx.startsArg(j);
    if (author && isPossessive(ctx.tokens[author.end]?.text)) return ctx.actors([author]);
    if (author) return [];
    const by = BLAMED_FOR_ACT.has(lemma) ? (lemma === 'attribute' ? t.lower === 'to' : t.lower === 'on') : t.lower === 'by';
    if (by && j > from) return ctx.actors(ctx.argsFrom(j + 1, s));
  }
  return [];
}

/**
 * "China pledged 100 million yuan in emergency aid": aid or money pledged to no one named goes to
 * the story's country (its dateline's, else its headline's), when another country gives it.
 */
export function aidForStoryCountry(ctx: RelationView, from: number, sources: Arg[], s: Sentence): Arg[] {
  if (!sources.length || !sources.every((a) => a.type === 'Country')) return [];
  if (ctx.findForward(from, s, (x) => PLEDGED_THINGS.has(x.lower) || CURRENCY.test(x.text), 8) < 0) return [];
  const story = ctx.datelineCountry() ?? ctx.titleCountry();
  if (!story || sources.some((a) => a.ids.includes(story.ids[0]!))) return [];
  return [story];
}

/** "met X, Y's minister, in Manila on Monday": the place after the object. */
export function meetingPlace(ctx: RelationView, v: number, targets: Arg[], s: Sentence): Arg[] {
  // After the object ("met X in Manila"); right after the verb when the participants are its subjects
  // ("A and B met in Manila", "The three met in Cairo").
  const last = targets[targets.length - 1];
  let j = last && last.start > v ? last.end : v + 1;
  if (ctx.tokens[j]?.text === ',') j++;
  if (ctx.tokens[j]?.lower !== 'in') return [];
  return ctx.argsFrom(j + 1, s).filter((a) => isPlace(a) && a.mention.kind !== 'demonym').slice(0, 1);
}

/**
 * The place named inside a visited object phrase: "wounded soldiers at a hospital in Osh", "the
 * district of Narowal". The phrase ends at a verb, a comma or a subordinate clause.
 */
export function placeInObject(ctx: RelationView, from: number, s: Sentence): Arg[] {
  for (let j = from; j < Math.min(s.tokenEnd, from + 10); j++) {
    const t = ctx.tokens[j]!;
    // "the badly hit village of X", "the damaged town": a participle before a noun modifies it.
    const attributive = t.pos === 'VERB' && /^(?:DET|ADV|NUM|ADJ)$/.test(ctx.tokens[j - 1]?.pos ?? '') && ctx.tokens[j + 1]?.pos === 'NOUN' && ctx.tokens[j + 1]!.text === ctx.tokens[j + 1]!.lower;
    if (j > from && ((t.pos === 'VERB' && !attributive) || t.text === ',' || t.text === ';' || t.lower === 'to' || SUBORDINATORS.has(t.lower))) break;
    const named = t.lower === 'of' ? PLACE_HEAD_NOUNS.has(ctx.tokens[j - 1]?.lower ?? '') : ['in', 'at', 'near', 'outside', 'across', 'throughout', 'around'].includes(t.lower);
    if (!named) continue;
    const places = ctx.argsFrom(j + 1, s).filter((a) => isPlace(a) && a.mention.kind !== 'demonym');
    if (places.length) return places;
  }
  return [];
}

/** "the Crimean peninsula, which it annexed": the object of a relative clause is its antecedent. */
export function relativeAntecedent(ctx: RelationView, sources: Arg[], s: Sentence): Arg[] {
  if (!sources.length) return [];
  let k = sources[0]!.start - 1;
  if (!['which', 'that'].includes(ctx.tokens[k]?.lower ?? '')) return [];
  k--;
  if (ctx.tokens[k]?.text === ',') k--;
  // "The Libyan National Army (LNA), which …": past a bracketed short form.
  if (ctx.tokens[k]?.text === ')' && !ctx.argEnd.has(k + 1)) {
    for (let j = k - 1; j > s.tokenStart && j > k - 6; j--)
      if (ctx.tokens[j]!.text === '(') {
        k = j - 1;
        break;
      }
  }
  return ctx.argsEndingAt(k + 1).slice(-1);
}

/** "President A and Prime Minister B signed the accord / agreed to …": two people acting together met. */
export function jointAction(ctx: RelationView, v: number, s: Sentence): Found[] {
  const subject = subjectOf(ctx, v, s);
  const people = subject.args.filter((a) => a.type === 'Person');
  if (people.length < 2 || people.length !== subject.args.length || clauseNegated(ctx, v, subject.chain, s)) return [];
  return [{ type: 'MET', sources: people.slice(0, 1), targets: people.slice(1), trigger: ctx.tokens[v]!, confidence: 0.55, modality: clauseModality(ctx, v, subject.chain, s) }];
}

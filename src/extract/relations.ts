/**
 * Stage 4, relations: typed edges between entities, each with its evidence sentence.
 *
 * Patterns are linguistic, over POS-tagged tokens and resolved mentions:
 *  - verb triggers by lemma, with their subject (walking left over auxiliaries, adverbs, plan
 *    constructions and appositions) and object (direct, or after the verb's preposition), in active
 *    and passive voice, with coordination on both sides, relative clauses ("which it annexed") and
 *    sentence-initial adjuncts ("After meeting X, Y said");
 *  - noun triggers ("a visit to X", "talks with X", "a summit between X and Y", "X's backer",
 *    "support for X", "traded blame");
 *  - role titles from the mention stage (HOLDS_ROLE);
 *  - reported speech: accusatory words inside a quotation make its speaker the accuser.
 * Negated clauses are dropped; planned and hypothetical ones carry a modality.
 */
import { datelineCountryKey, entryByKey, isKnownSurnameParticle } from '../knowledge/index.js';
import type { Entity, EntityType, Mention, MentionAnalysis, Modality, Reading, Relation, RelationType, Sentence, Token } from '../model.js';
import type { Resolution } from './coref.js';
import { dateNear } from './dates.js';
import {
  ACCUSATORY_WORDS,
  COUNTRY_AGENT_NOUNS,
  FUTURE_MARKERS,
  GOVERNMENT_NOMINALS,
  GROUP_NUMBER_WORDS,
  HYPOTHETICAL_MODALS,
  isCalendarName,
  isPossessive,
  MONTHS,
  NEGATIONS,
  PLAN_MARKERS,
  SPEECH_VERBS,
  WEEKDAYS,
} from './lexicon.js';

// ---------------------------------------------------------------------------------------------
// Trigger lexicon
// ---------------------------------------------------------------------------------------------

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
  confidence: number;
}

const DIRECT = 'direct';
const VERBS: Record<string, VerbTrigger> = {
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

const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'trips', 'tour', 'stop', 'stops', 'stopover', 'journey', 'voyage']);
const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'summit', 'summits', 'call', 'conversation', 'discussions', 'negotiations', 'consultations', 'dialogue']);
const BACKER_NOUNS = new Set(['backer', 'backers', 'supporter', 'supporters', 'sponsor', 'sponsors', 'champion', 'patron', 'protector']);
const SUPPORT_VERBS_FOR_NOUN = new Set(['express', 'voice', 'reaffirm', 'reiterate', 'offer', 'pledge', 'declare', 'show', 'signal', 'give', 'lend', 'extend', 'underline', 'restate']);
/** What is pledged *for* someone: "pledged support for X" names X as the one it goes to. */
const PLEDGED_THINGS = new Set(['support', 'aid', 'assistance', 'help', 'backing', 'funding', 'funds', 'money', 'relief', 'solidarity', 'loans', 'grants', 'weapons', 'arms']);
/** A sum of money: a currency sign or a currency's name. */
const CURRENCY = /^(?:\p{Sc}.*|dollars?|euros?|pounds?|yuan|yen|rupees?|francs?|shillings?|pesos?|rand)$/iu;
/** Bodies of several parties acting together, and what a party does to be one of them. */
const COALITION_NOUNS = new Set(['coalition', 'alliance', 'bloc', 'group', 'grouping', 'camp', 'axis', 'front']);
const COALITION_MEMBER_VERBS = new Set(['lead', 'head', 'join', 'form', 'command', 'found', 'build']);
const BLAME_NOUNS = new Set(['blame', 'accusations', 'accusation', 'charges', 'barbs', 'recriminations', 'insults']);
const CALLING_VERBS = new Set(['call', 'describe', 'brand', 'label', 'term', 'dub']);
const PRESENCE_VERBS = new Set(['speak', 'stand', 'appear', 'sit', 'walk', 'address', 'talk', 'pose', 'brief']);
/** What two people do together, which puts them together ("X and Y signed the accord"). */
const JOINT_ACTION_VERBS = new Set(['sign', 'agree', 'discuss', 'shake', 'negotiate', 'inaugurate', 'unveil', 'toast', 'embrace']);
/** Gatherings whose participants are present at the place they are held in. */
const EVENT_NOUNS = new Set(['summit', 'conference', 'congress', 'forum', 'convention', 'ceremony', 'inauguration', 'funeral', 'games']);
/** Verbs that put their subject somewhere ("speaking to the press at a hospital in Watford"). */
const PRESENCE_VISIT_VERBS = new Set(['speak', 'address', 'attend', 'campaign', 'appear', 'arrive', 'land', 'tour']);
/** What someone does in a place that puts them there ("Fiji, where they met …"). */
const WHERE_ACTIVITY_VERBS = new Set(['meet', 'hold', 'sign', 'attend', 'speak', 'address', 'tour', 'visit', 'stop', 'stay', 'arrive', 'open', 'inaugurate', 'inspect', 'lay', 'hold', 'chair', 'host', 'join', 'launch', 'announce', 'deliver', 'greet', 'receive']);
/** Titles of a government's own members: unqualified, they are read as the home country's. */
const GOVERNMENT_TITLE_HEADS = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'secretary']);
/** Nouns whose "of" complement names a place ("the village of X", "the district of Y"). */
const PLACE_HEAD_NOUNS = new Set(['village', 'town', 'city', 'district', 'region', 'province', 'suburb', 'state', 'island', 'islands', 'capital', 'port', 'county', 'municipality', 'outskirts', 'neighbourhood', 'neighborhood', 'area', 'areas']);
/** A country's bodies that speak and act for it ("Tajikistan's foreign ministry said"). */
const COUNTRY_BODY_NOUNS = new Set(['ministry', 'government', 'military', 'army', 'navy', 'cabinet', 'presidency', 'administration', 'authorities', 'officials', 'leadership', 'embassy']);
/** Groups a country sends, whose listed members are its officials. */
const DELEGATION_NOUNS = new Set(['delegation', 'team', 'mission']);
/** "holds a senior post in X", "took up a position at X": a person's place in an organisation. */
const POSITION_VERBS = new Set(['hold', 'occupy', 'have', 'take', 'assume']);
const POSITION_NOUNS = new Set(['post', 'position', 'role', 'seat', 'job', 'office', 'rank']);
/** Subordinators of time that open a participle adjunct ("after meeting X", "while visiting Y"). */
const TEMPORAL_SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'upon']);
/** People who stand for the body they are "of" or "from" ("negotiators from X", "the people of Y"). */
const REPRESENTATIVE_NOUNS = new Set(['people', 'government', 'citizens', 'leaders', 'leadership', 'authorities', 'officials', 'negotiators', 'representatives', 'delegates', 'delegation', 'delegations', 'envoys', 'diplomats', 'members', 'observers', 'monitors']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s", 'am', 'get', 'got', 'gets']);
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'although', 'though', 'if', 'when', 'after', 'before', 'as', 'since', 'until', 'unless', 'where']);
const REFUSAL_VERBS = new Set(['refuse', 'decline', 'fail', 'deny', 'reject', 'avoid', 'cancel', 'postpone', 'scrap', 'call']);
const PLANNING_NOUNS = new Set(['preparations', 'preparation', 'plans', 'plan', 'proposal', 'invitation', 'prospect', 'possibility', 'possible', 'planned', 'proposed', 'upcoming', 'future', 'potential', 'expected', 'hoped-for', 'planned']);

// ---------------------------------------------------------------------------------------------

interface Arg {
  mention: Mention;
  ids: string[];
  type: EntityType;
  start: number; // token range, including a country's agent noun ("Nigerian officials")
  end: number;
}

interface Found {
  type: RelationType;
  sources: Arg[];
  targets: Arg[];
  trigger: Token;
  confidence: number;
  modality?: Modality;
  role?: string;
  /** Stated as not happening: never output, but it still tells who is a visitor. */
  negated?: boolean;
  /** Where a meeting took place ("met X in Manila"). */
  place?: Arg[];
  /** A visit read only from being somewhere ("speaking at a rally in P"): locals are there too. */
  presenceOnly?: boolean;
}

export function findRelations(reading: Reading, analysis: MentionAnalysis, resolution: Resolution): Relation[] {
  const ctx = new RelationContext(reading, analysis, resolution);
  const bySentence = reading.sentences.map((s) => ctx.sentence(s));
  for (const inferred of ctx.unqualifiedRoles(bySentence)) bySentence[inferred.sentence]!.push(inferred.found);
  ctx.visitsFromMeetings(bySentence).forEach((visits, i) => bySentence[i]!.push(...visits));
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const s of reading.sentences) {
    for (const f of bySentence[s.i]!) {
      if (f.negated) continue;
      for (const source of f.sources.flatMap((a) => a.ids))
        for (const target of f.targets.flatMap((a) => a.ids)) {
          if (source === target) continue;
          const key = `${s.i}|${f.type}|${source}|${target}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const rel: Relation = {
            source,
            type: f.type,
            target,
            evidence: s.text,
            start: s.start,
            end: s.end,
            confidence: f.confidence,
            documentId: reading.document.id,
            trigger: f.trigger.text,
          };
          const date = dateNear(s.text, f.trigger.start - s.start, reading.document.date, f.modality === 'planned');
          if (date && f.type !== 'HOLDS_ROLE') rel.date = date;
          if (f.modality && f.modality !== 'asserted') rel.modality = f.modality;
          if (f.role) rel.role = f.role;
          relations.push(rel);
        }
    }
  }
  return relations;
}

class RelationContext {
  private readonly tokens: Token[];
  private readonly mentions: Mention[];
  private readonly entityById: Map<string, Resolution['entities'][number]>;
  /** Argument ending at token k (exclusive end), and starting at token k. */
  private argEnd = new Map<number, Arg>();
  private argStart = new Map<number, Arg>();
  /** Tokens of a title phrase in front of a person ("President" in "President Joe Biden") → that person. */
  private prefixOf = new Map<number, Arg>();
  private sentenceArgs: Arg[] = [];
  /** Tokens of demonyms qualifying a title ("Kyrgyz" in "his Kyrgyz and Tajik counterparts"). */
  private qualifierTokens = new Set<number>();

  /** Mentions and role links of each sentence. */
  private readonly mentionsBySentence: Mention[][];
  private readonly rolesBySentence: MentionAnalysis['roles'][];

  constructor(
    private readonly reading: Reading,
    private readonly analysis: MentionAnalysis,
    private readonly resolution: Resolution,
  ) {
    this.tokens = reading.tokens;
    this.mentions = analysis.mentions;
    this.entityById = new Map(resolution.entities.map((e) => [e.id, e]));
    this.mentionsBySentence = reading.sentences.map(() => []);
    this.rolesBySentence = reading.sentences.map(() => []);
    for (const m of this.mentions) this.mentionsBySentence[m.sentence]!.push(m);
    for (const r of analysis.roles) this.rolesBySentence[this.mentions[r.person]!.sentence]!.push(r);
  }

  sentence(s: Sentence): Found[] {
    this.buildArgs(s);
    const found: Found[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = this.tokens[k]!;
      if (this.prefixOf.has(k) || this.argAt(k)) continue;
      const verbLemma = t.pos === 'VERB' ? t.lemma : this.verbalLemma(k, s);
      if (verbLemma) {
        const v = VERBS[verbLemma];
        if (v) found.push(...this.verbRelation(k, v, s));
        if (CALLING_VERBS.has(t.lemma)) found.push(...this.callingAccusation(k, s));
        if (t.lemma === 'trade' || t.lemma === 'exchange') found.push(...this.tradedBlame(k, s));
        if (JOINT_ACTION_VERBS.has(verbLemma)) found.push(...this.jointAction(k, s));
        if (POSITION_VERBS.has(verbLemma)) found.push(...this.positionIn(k, s));
      }
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB') {
        if (VISIT_NOUNS.has(t.lower) && t.pos !== 'VERB') found.push(...this.visitNoun(k, s));
        if (MEETING_NOUNS.has(t.lower) && t.pos !== 'VERB') found.push(...this.meetingNoun(k, s));
        if (BACKER_NOUNS.has(t.lower)) found.push(...this.backerNoun(k, s));
        if (t.lower === 'support' && t.pos === 'NOUN') found.push(...this.supportNoun(k, s));
        if (t.lower === 'annexation') found.push(...this.annexationNoun(k, s));
      }
      if (t.lower === 'alongside') found.push(...this.alongside(k, s));
      if (t.lower === 'where' && this.tokens[k - 1]?.text === ',') found.push(...this.whereClause(k, s));
      if (EVENT_NOUNS.has(t.lower) && t.pos === 'NOUN') found.push(...this.eventAttendance(k, s));
      if (t.pos === 'VERB' && PRESENCE_VISIT_VERBS.has(t.lemma)) found.push(...this.presence(k, s));
    }
    found.push(...this.roleRelations(s));
    found.push(...this.quotedAccusations(s));
    return found.filter((f) => f.sources.length && f.targets.length);
  }

  // -------------------------------------------------------------------------------------------
  // Arguments of a sentence
  // -------------------------------------------------------------------------------------------

  private buildArgs(s: Sentence): void {
    this.argEnd.clear();
    this.argStart.clear();
    this.prefixOf.clear();
    this.sentenceArgs = [];
    const embedded = new Set<number>();
    for (const r of this.rolesBySentence[s.i]!) if (r.of !== undefined) embedded.add(r.of);
    this.qualifierTokens.clear();
    for (const i of embedded) if (this.mentions[i]!.kind === 'demonym') for (let k = this.mentions[i]!.tokenStart; k < this.mentions[i]!.tokenEnd; k++) this.qualifierTokens.add(k);
    for (const m of this.mentionsBySentence[s.i]!) {
      if (embedded.has(m.i)) continue;
      const ids = this.idsOf(m);
      if (!ids.length) continue;
      let end = m.tokenEnd;
      const next = this.tokens[end];
      // "United Kingdom officials", "the Chinese government": the country acting.
      if (next && COUNTRY_AGENT_NOUNS.has(next.lower) && (m.type === 'Country' || m.kind === 'demonym')) end++;
      // "Tajikistan's foreign ministry said": the country acting through one of its bodies.
      else if (m.type === 'Country' && typeOfId(ids[0]!) === 'Country') end = this.countryBodyEnd(end, s) ?? end;
      const arg: Arg = { mention: m, ids, type: typeOfId(ids[0]!) ?? m.type, start: m.tokenStart, end };
      this.sentenceArgs.push(arg);
      this.argEnd.set(end, arg);
      this.argStart.set(m.tokenStart, arg);
    }
    // Title phrases in front of people belong to them.
    for (const r of this.rolesBySentence[s.i]!) {
      const person = this.mentions[r.person]!;
      const arg = this.argStart.get(person.tokenStart);
      if (!arg) continue;
      for (let k = person.tokenStart - 1; k >= s.tokenStart && this.tokens[k]!.start >= r.start; k--) {
        // A title shared by a coordination ("Presidents A of X and B of Y") stops at the previous conjunct.
        // An appositive title ("met her Philippine counterpart, X") crosses the one comma before the name.
        const other = this.argAt(k);
        const appositiveComma = k === person.tokenStart - 1 && this.tokens[k]!.text === ',' && this.tokens[k - 1]!.start >= r.start;
        if (this.tokens[k]!.lower === 'and' || (this.tokens[k]!.text === ',' && !appositiveComma) || (other && other !== arg && other.type === 'Person')) break;
        this.prefixOf.set(k, arg);
        this.argEnd.delete(k + 1);
        this.argStart.delete(k);
      }
      const first = [...this.prefixOf.entries()].filter(([, a]) => a === arg).map(([k]) => k);
      if (first.length) arg.start = Math.min(arg.start, ...first);
      this.argStart.set(arg.start, arg);
      // "Muhammadu Buhari of Nigeria": the complement is part of the person's phrase.
      const of = r.of !== undefined ? this.mentions[r.of]! : undefined;
      if (of && of.tokenStart >= person.tokenEnd && of.tokenStart - person.tokenEnd <= 2 && arg.end === person.tokenEnd) {
        this.argEnd.delete(arg.end);
        arg.end = of.tokenEnd;
        this.argEnd.set(arg.end, arg);
      }
    }
    // Honorifics are inside the mention already; "the" before a nominal is not.
  }

  /** The end of "'s [foreign] ministry" after a country ending at k, or undefined. */
  private countryBodyEnd(k: number, s: Sentence): number | undefined {
    const poss = this.tokens[k];
    if (!isPossessive(poss?.text)) return undefined;
    let j = k + 1;
    while (j < s.tokenEnd && j < k + 3 && this.tokens[j]!.pos === 'ADJ' && this.tokens[j]!.text === this.tokens[j]!.lower) j++;
    const head = this.tokens[j];
    if (!head || !COUNTRY_BODY_NOUNS.has(head.lower) || this.tokens[j + 1]?.pos === 'NOUN') return undefined;
    return j + 1;
  }

  private idsOf(m: Mention): string[] {
    const group = this.resolution.groupMembers.get(m.i);
    if (group) return group;
    const id = this.resolution.entityOf[m.i];
    return id ? [id] : [];
  }

  private argAt(k: number): Arg | undefined {
    for (const a of this.sentenceArgs) if (a.start <= k && k < a.end) return a;
    return undefined;
  }

  /** An argument starting at k, after skipping determiners, adjectives and numbers; with its coordinated siblings. */
  private argsFrom(k: number, s: Sentence): Arg[] {
    let j = k;
    // Determiners, adjectives, numbers, and possessive pronouns before a title ("his Indian counterpart X").
    while (j < s.tokenEnd && ((/^(?:DET|ADJ|NUM|ADV)$/.test(this.tokens[j]!.pos) && !this.startsArg(j)) || POSSESSIVE_PRONOUNS.has(this.tokens[j]!.lower))) j++;
    // "his Kyrgyz and Tajik counterparts, A and B": coordinated qualifiers of a shared title.
    while (this.qualifierTokens.has(j) && !this.startsArg(j) && this.tokens[j + 1]?.lower === 'and' && this.qualifierTokens.has(j + 2)) j += 2;
    // "accused rival Prairie Signal", "accuses ruling ANAD": a lower-case modifier before a name.
    for (let m = j; m < Math.min(s.tokenEnd, j + 2); m++) {
      const t = this.tokens[m]!;
      if (t.text !== t.lower || !/^(?:NOUN|VERB|ADJ)$/.test(t.pos) || this.startsArg(m)) break;
      if (this.startsArg(m + 1)) {
        j = m + 1;
        break;
      }
    }
    // "the people of Vanuatu", "the government of Libya": the country itself.
    // "negotiators from the Houthi movement", "members of the bloc": the body they stand for.
    // ("the government of ignoring warnings": no country follows, the nominal itself is the argument.)
    const by = this.tokens[j + 1]?.lower;
    const representative =
      by === 'from' ? REPRESENTATIVE_NOUNS.has(this.tokens[j]?.lower ?? '')
      : by === 'of' ? /^(?:people|government|citizens|leaders|leadership|authorities)$/.test(this.tokens[j]?.lower ?? '')
      : by === 'in' && GOVERNMENT_NOMINALS.has(this.tokens[j]?.lower ?? ''); // "the government in Tripoli"

    if (representative) {
      const of = this.argsFrom(j + 2, s);
      if (by === 'in') return of.filter(isPlace).map((a) => this.countryOfPlace(a)).filter((a): a is Arg => !!a);
      if (of.length || !this.startsArg(j)) return of;
    }
    let first = this.startsArg(j);
    if (!first) return [];
    // "the CA's director-general, Grace Were": a possessor's title names the person after it.
    const titled = this.possessorsTitled(first, s);
    if (titled) first = titled;
    const out = [first];
    // Conjuncts joined by commas count only when the list is closed by "and"/"or" ("A, B and C");
    // "X, Y said" is no list.
    let confirmed = 1;
    let e = first.end;
    for (;;) {
      let n = e;
      if (isPossessive(this.tokens[n]?.text)) break;
      const comma = this.tokens[n]?.text === ',';
      if (comma) n++;
      const conjunction = this.tokens[n]?.lower === 'and' || this.tokens[n]?.lower === 'or';
      if (conjunction) n++;
      else if (!comma) break;
      while (n < s.tokenEnd && (this.tokens[n]!.pos === 'DET' || (isKnownSurnameParticle(this.tokens[n]!.text) && this.tokens[n]!.text === this.tokens[n]!.lower))) n++;
      const next = this.startsArg(n);
      if (!next || n === e) break;
      out.push(next);
      if (conjunction) confirmed = out.length;
      e = next.end;
    }
    return out.slice(0, confirmed);
  }

  private possessorsTitled(owner: Arg, s: Sentence): Arg | undefined {
    const poss = this.tokens[owner.end];
    if (!isPossessive(poss?.text)) return undefined;
    for (let j = owner.end + 1; j < Math.min(s.tokenEnd, owner.end + 6); j++) {
      const a = this.startsArg(j);
      if (a && a.type === 'Person') return a;
      if (this.tokens[j]!.pos === 'VERB') return undefined;
    }
    return undefined;
  }

  private startsArg(k: number): Arg | undefined {
    return this.argStart.get(k) ?? this.prefixOf.get(k);
  }

  /** The argument(s) ending right before k, with coordinated siblings to their left ("Kiev and Moscow"). */
  private argsEndingAt(k: number): Arg[] {
    const last = this.argEnd.get(k);
    if (!last) return [];
    const out = [last];
    let s = last.start;
    // Walking left, the first join must be "and"/"or"; commas may separate the earlier conjuncts.
    for (;;) {
      let n = s - 1;
      const conjunction = this.tokens[n]?.lower === 'and' || this.tokens[n]?.lower === 'or';
      if (!conjunction && (this.tokens[n]?.text !== ',' || out.length === 1)) break;
      n--;
      if (this.tokens[n]?.text === ',') n--;
      const prev = this.argEnd.get(n + 1);
      if (!prev) break;
      out.unshift(prev);
      s = prev.start;
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Subjects
  // -------------------------------------------------------------------------------------------

  /**
   * The subject of the predicate whose head is at v: walk left over auxiliaries, adverbs, negations,
   * plan constructions ("is keen to", "would like to") and a comma-delimited apposition or participle
   * phrase. Falls back to a relative pronoun's antecedent ("X, who met Y").
   */
  private subjectOf(v: number, s: Sentence): { args: Arg[]; chain: Token[] } {
    const chain: Token[] = [];
    let k = v - 1;
    let commas = 0;
    while (k >= s.tokenStart) {
      const ended = this.argsEndingAt(k + 1);
      if (ended.length) return { args: this.actors(ended), chain };
      const t = this.tokens[k]!;
      if (this.prefixOf.has(k)) return { args: [this.prefixOf.get(k)!], chain };
      if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') {
        // Relative clause: its subject is the antecedent.
        let a = k - 1;
        if (this.tokens[a]?.text === ',') a--;
        const ante = this.argsEndingAt(a + 1);
        if (!ante.length && t.lower === 'who') return { args: this.appositionHolder(a, s), chain };
        return { args: t.lower === 'that' ? [] : this.actors(ante), chain };
      }
      // 'X said China "stands with Y"': a quotation opening on the predicate keeps the subject outside.
      if (/^["“]$/.test(t.text) && k === v - 1) {
        k--;
        continue;
      }
      if (/^(?:AUX|PART|ADV)$/.test(t.pos) || NEGATIONS.has(t.lower) || PLAN_MARKERS.has(t.lower) || t.lower === 'to' || HYPOTHETICAL_MODALS.has(t.lower) || FUTURE_MARKERS.has(t.lower)) {
        chain.push(t);
        k--;
        continue;
      }
      // "FIFA on Friday urged", "Russia last week accused": a time adjunct between subject and verb.
      const timeStart = this.timeAdjunctStart(k, s) ?? this.mediumAdjunctStart(k, s);
      if (timeStart !== undefined) {
        k = timeStart - 1;
        continue;
      }
      if ((t.pos === 'VERB' || t.pos === 'ADJ') && this.tokens[k + 1]?.lower === 'to' && chain.length) {
        // "plans to visit", "is keen to visit", "agreed to meet"
        chain.push(t);
        k--;
        continue;
      }
      if (t.text === ',' && commas < 2) {
        // Skip a parenthetical: ", speaking alongside X," / ", asked about Ukraine," / ", a diplomat,"
        let j = k - 1;
        while (j > s.tokenStart && this.tokens[j]!.text !== ',') j--;
        if (j <= s.tokenStart || this.tokens[j]!.text !== ',') break;
        // "Qatar's Prime Minister, Sheikh X, met …": a name that fills the whole parenthesis is the subject.
        const named = this.argEnd.get(k);
        if (named && named.start === j + 1 && named.type === 'Person') return { args: [named], chain };
        commas++;
        k = j - 1;
        continue;
      }
      if (t.text === ')') {
        // "The Libyan National Army (LNA), which …, was accused": skip the bracket.
        let j = k - 1;
        while (j > s.tokenStart && this.tokens[j]!.text !== '(') j--;
        if (j <= s.tokenStart) break;
        k = j - 1;
        continue;
      }
      if (t.text === '–' || t.text === '—') {
        let j = k - 1;
        while (j > s.tokenStart && this.tokens[j]!.text !== t.text) j--;
        if (j <= s.tokenStart) break;
        k = j - 1;
        continue;
      }
      break;
    }
    return { args: [], chain };
  }

  /**
   * "X, a three-time former prime minister who now heads Y": a relative clause on an appositive noun
   * phrase (ending at k, opened by a determiner after a comma) is about the person the apposition describes.
   */
  private appositionHolder(k: number, s: Sentence): Arg[] {
    for (let j = k; j > s.tokenStart && j > k - 10; j--) {
      const t = this.tokens[j]!;
      if (t.text === ',') {
        const opener = this.tokens[j + 1]?.lower ?? '';
        if (!/^(?:a|an|the|his|her|their)$/.test(opener)) return [];
        const holder = this.argEnd.get(j);
        return holder && holder.type === 'Person' ? [holder] : [];
      }
      if (/^(?:VERB|AUX|PRON|PUNCT)$/.test(t.pos) || this.argAt(j) || SUBORDINATORS.has(t.lower)) return [];
    }
    return [];
  }

  /** The start of a time adjunct ending at k ("on Friday", "on Friday night", "last week", "on March 3"), or undefined. */
  private timeAdjunctStart(k: number, s: Sentence): number | undefined {
    let j = k;
    if (/^(?:night|morning|evening|afternoon)$/.test(this.tokens[j]!.lower)) j--;
    if (/^\d{1,2}$/.test(this.tokens[j]!.text) && isCalendarName(this.tokens[j - 1]?.text, MONTHS)) j--;
    const word = this.tokens[j]!;
    const before = this.tokens[j - 1];
    if (j - 1 < s.tokenStart || !before) return undefined;
    if ((isCalendarName(word.text, WEEKDAYS) || isCalendarName(word.text, MONTHS)) && /^(?:on|in|last|this|late|early)$/.test(before.lower)) return j - 1;
    if (/^(?:week|month|year)$/.test(word.lower) && /^(?:last|this)$/.test(before.lower)) return j - 1;
    return undefined;
  }

  /** The end of a time adjunct starting at k ("on Friday", "on Friday night", "last week"), or undefined. */
  private timeAdjunctEnd(k: number, s: Sentence): number | undefined {
    for (let end = k + 2; end <= Math.min(s.tokenEnd, k + 4); end++) if (this.timeAdjunctStart(end - 1, s) === k) return end;
    return undefined;
  }

  /** The start of "in a (strongly worded) statement" ending at k, or undefined. */
  private mediumAdjunctStart(k: number, s: Sentence): number | undefined {
    if (!MEDIUM_NOUNS.has(this.tokens[k]!.lower)) return undefined;
    for (let j = k - 1; j > s.tokenStart && j >= k - 5; j--) {
      const t = this.tokens[j]!;
      if (/^(?:a|an|the|his|her|its|their)$/.test(t.lower)) return this.tokens[j - 1]?.lower === 'in' ? j - 1 : undefined;
      if (t.text !== t.lower || !/^(?:ADJ|ADV|VERB|NOUN|PUNCT)$/.test(t.pos)) return undefined;
    }
    return undefined;
  }

  /** Places do not act (but capitals standing for governments were already turned into countries). */
  private actors(args: Arg[]): Arg[] {
    return args.filter((a) => a.type !== 'Location');
  }

  /** The subject of the sentence's main clause: the first argument followed by a verb, outside quotes unless the verb is quoted. */
  private mainSubject(s: Sentence, inQuote: boolean, after = s.tokenStart): Arg[] {
    for (const a of this.sentenceArgs) {
      if (a.start < after || this.tokens[a.start]!.inQuote !== inQuote) continue;
      let j = a.end;
      while (j < s.tokenEnd && /^(?:AUX|ADV|PART)$/.test(this.tokens[j]!.pos)) j++;
      // "FIFA on Friday suspended …": a time adjunct between the subject and its verb.
      const adjunctEnd = this.timeAdjunctEnd(j, s);
      if (adjunctEnd !== undefined) while (j < adjunctEnd || (j < s.tokenEnd && /^(?:AUX|ADV|PART)$/.test(this.tokens[j]!.pos))) j++;
      const t = this.tokens[j];
      if (t && (t.pos === 'VERB' || (t.pos === 'AUX' && j > a.end)) && this.actors([a]).length) return this.actors(this.argsEndingAt(a.end));
      if (t && t.pos === 'AUX') return this.actors(this.argsEndingAt(a.end));
    }
    return [];
  }

  /** "X joined the calls by Y asking Z to …": X urges Z too. */
  private joinedCalls(caller: Arg, s: Sentence): Arg[] {
    let j = caller.start - 1;
    if (this.tokens[j]?.lower !== 'by' && this.tokens[j]?.lower !== 'from') return [];
    j--;
    if (!/^(?:calls?|appeals?|demands?|requests?|chorus|pleas?)$/.test(this.tokens[j]?.lower ?? '')) return [];
    for (let v = j - 1; v >= Math.max(s.tokenStart, j - 4); v--) {
      const t = this.tokens[v]!;
      if (t.pos === 'VERB' && (t.lemma === 'join' || t.lemma === 'echo' || t.lemma === 'add' || t.lemma === 'back')) return this.subjectOf(v, s).args;
    }
    return [];
  }

  /** "X urged the embassy to reconsider and spoke with Y": the second verb shares the first one's subject. */
  private coordinatedSubject(v: number, s: Sentence): Arg[] {
    let k = v - 1;
    while (k > s.tokenStart && /^(?:ADV|AUX|PART)$/.test(this.tokens[k]!.pos)) k--;
    if (this.tokens[k]?.lower !== 'and' && this.tokens[k]?.lower !== 'but') return [];
    for (let j = k - 1; j >= s.tokenStart; j--) {
      const t = this.tokens[j]!;
      // A quoted word inside the first conjunct ('said the ban was "unjust" and accused X') is skipped.
      if (t.inQuote !== this.tokens[v]!.inQuote) {
        if (this.tokens[v]!.inQuote) return [];
        continue;
      }
      // The first verb's subject, skipping infinitives ("urged X to reconsider") and embedded clauses
      // ("were able to determine the Volvo had come").
      if (t.pos === 'VERB' && !this.argAt(j) && this.tokens[j - 1]?.lower !== 'to') {
        const subj = this.subjectOf(j, s).args;
        if (subj.length) {
          let p = subj[0]!.start - 1;
          while (p > s.tokenStart && this.tokens[p]!.pos === 'DET') p--;
          const governor = this.tokens[p];
          if (governor && (governor.pos === 'VERB' || governor.lower === 'that')) continue;
          return subj;
        }
      }
      if (SUBORDINATORS.has(t.lower) || t.text === ';') return [];
    }
    return [];
  }

  /** "wrote to X asking …", "sent a letter to X urging …": the one addressed, and who addressed them. */
  private addressee(v: number, s: Sentence): { sources: Arg[]; targets: Arg[] } | undefined {
    for (let j = v - 1; j >= s.tokenStart && j > v - 12; j--) {
      const t = this.tokens[j]!;
      if (!(t.pos === 'VERB' && ['write', 'send', 'appeal', 'turn', 'call', 'address', 'petition', 'apply'].includes(t.lemma))) continue;
      const to = this.findForward(j + 1, s, (x) => x.lower === 'to', 5);
      if (to < 0 || to >= v) return undefined;
      const targets = this.argsFrom(to + 1, s).filter((a) => a.type !== 'Location');
      if (!targets.length) return undefined;
      return { sources: this.subjectOf(j, s).args, targets };
    }
    return undefined;
  }

  /**
   * "X flew to Lima on Monday to meet Y", "is expected to travel to Accra next week to sign": a purpose
   * infinitive after a trip's destination has the subject of the verb it serves (and that verb's
   * auxiliaries, for modality and negation). Only across places after a preposition (or a city) and
   * time words: "urged Ghana to meet", "asked the minister to sign" name another subject.
   */
  private purposeSubject(v: number, s: Sentence): { args: Arg[]; chain: Token[] } | undefined {
    if (this.tokens[v - 1]?.lower !== 'to') return undefined;
    let places = 0;
    for (let j = v - 2; j >= s.tokenStart && j > v - 14; ) {
      const t = this.tokens[j]!;
      const place = this.argEnd.get(j + 1);
      if (place) {
        const before = this.tokens[place.start - 1]?.lower ?? '';
        if (!isPlace(place) || !(['to', 'in', 'at', 'into', 'for'].includes(before) || place.type === 'Location')) return undefined;
        places++;
        j = place.start - 1;
        continue;
      }
      if (t.pos === 'VERB') {
        if (!places || VERBS[t.lemma]?.type === 'URGED' || SPEECH_VERBS.has(t.lemma)) return undefined;
        const subject = this.subjectOf(j, s);
        return subject.args.length ? { args: subject.args, chain: subject.chain } : undefined;
      }
      const timeStart = this.timeAdjunctStart(j, s);
      if (timeStart !== undefined) {
        j = timeStart - 1;
        continue;
      }
      if (/^(?:next|this|last)$/.test(this.tokens[j - 1]?.lower ?? '') && /^(?:week|month|year|weekend)$/.test(t.lower)) {
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

  /** For a trigger inside a sentence-initial adjunct ("After meeting X, Y said"), the subject after the comma. */
  private adjunctSubject(k: number, s: Sentence): Arg[] {
    const first = this.tokens[s.tokenStart]!;
    if (!/^(?:ADP|SCONJ)$/.test(first.pos) && first.lower !== 'after' && first.lower !== 'during') return [];
    let comma = -1;
    for (let j = s.tokenStart; j < s.tokenEnd; j++)
      if (this.tokens[j]!.text === ',') {
        comma = j;
        break;
      }
    if (comma < 0 || comma < k) return [];
    return this.mainSubject(s, this.tokens[k]!.inQuote, comma + 1);
  }

  // -------------------------------------------------------------------------------------------
  // Verb patterns
  // -------------------------------------------------------------------------------------------

  /**
   * The verb lemma of a token the tagger called a noun: after "to" ("Ukraine to urge"), or a gerund
   * with a direct object ("After meeting Mr Blinken").
   */
  private verbalLemma(k: number, s: Sentence): string | undefined {
    const t = this.tokens[k]!;
    if (t.pos !== 'NOUN') return undefined;
    if (this.tokens[k - 1]?.lower === 'to' && VERBS[t.lemma]) return t.lemma;
    // "Iran, which backs the Houthis", "Egypt hosts Sudan talks": after a relative pronoun or a
    // subject, an -s form before an object is the clause's verb.
    const afterSubject = /^(?:which|who|that)$/.test(this.tokens[k - 1]?.lower ?? '') || this.argEnd.has(k);
    const object = afterSubject && t.lower.endsWith('s') && VERBS[t.lemma] ? (this.startsArgAfterDet(k + 1, s) ?? this.argsFrom(k + 1, s)[0]) : undefined;
    const after = object && this.tokens[object.end];
    // "hosts Sudan talks": a name modifying a noun is not the object.
    if (object && !(after && after.pos === 'NOUN' && after.text === after.lower)) return t.lemma;
    // "The LNA, which Haftar commands, …": an object relative's -s form after its subject is its verb.
    const subject = this.argEnd.get(k);
    if (subject && /^(?:which|that|whom)$/.test(this.tokens[subject.start - 1]?.lower ?? '') && t.lower.endsWith('s') && VERBS[t.lemma] && !this.startsArg(k + 1)) return t.lemma;
    // Headlines: "Australia and New Zealand pledge aid to Vanuatu", "UK urges US to …".
    if (s.isTitle && this.argEnd.has(k)) for (const lemma of [t.lemma, t.lemma.replace(/s$/, '')]) if (VERBS[lemma]) return lemma;
    if (!t.lower.endsWith('ing') || !this.startsArg(k + 1)) return undefined;
    const stem = t.lower.slice(0, -3);
    for (const candidate of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) if (VERBS[candidate]) return candidate;
    return undefined;
  }

  private verbRelation(v: number, trigger: VerbTrigger, s: Sentence): Found[] {
    const t = this.tokens[v]!;
    // "called on X to": only with the preposition.
    const subject = this.subjectOf(v, s);
    let sources = subject.args;
    const chain = subject.chain;
    const passive = chain.some((c) => BE_FORMS.has(c.lower)) && /(?:ed|en|wn|ght|nt)$/.test(t.lower);
    let j = v + 1;
    while (j < s.tokenEnd && (this.tokens[j]!.pos === 'ADV' || this.tokens[j]!.pos === 'PART') && !NEGATIONS.has(this.tokens[j]!.lower) && this.tokens[j]!.lower !== 'to') j++;

    let targets: Arg[] = [];
    if (passive) {
      // "X was accused by Y": swap.
      const by = this.findForward(j, s, (x) => x.lower === 'by', 4);
      if (by < 0) return [];
      const agent = this.argsFrom(by + 1, s);
      if (!agent.length) return [];
      targets = sources;
      sources = this.actors(agent);
    } else {
      const next = this.tokens[j];
      if (next && trigger.objects.includes(next.lower) && next.lower !== DIRECT) targets = this.argsFrom(j + 1, s);
      else if (!trigger.prepositionalOnly && trigger.objects.includes(DIRECT)) targets = this.argsFrom(j, s);
      if (!targets.length && trigger.objects.includes('with')) {
        // "met for ninety minutes with X", "spoke on Tuesday with X"
        const w = this.findForward(j, s, (x) => x.lower === 'with', 8);
        if (w >= 0) targets = this.argsFrom(w + 1, s);
      }
      if (!targets.length && trigger.type === 'PLEDGED') {
        // "pledged 'unwavering support' to Mr Zelensky", "pledged to send air defence systems to Kyiv"
        let from = j;
        if (this.tokens[from]?.lower === 'to' && this.tokens[from + 1]?.pos === 'VERB') from += 2;
        const to = this.findForward(from, s, (x) => x.lower === 'to' && !!this.startsArgAfterDet(x.i + 1, s), 16);
        if (to >= 0) targets = this.argsFrom(to + 1, s);
        else {
          // "pledged support for Chile", "promised humanitarian aid for Gaza": the beneficiary of what is pledged.
          const forAid = this.findForward(j, s, (x) => x.lower === 'for' && PLEDGED_THINGS.has(this.tokens[x.i - 1]?.lower ?? ''), 6);
          if (forAid >= 0) targets = this.argsFrom(forAid + 1, s);
        }
      }
      if (!targets.length && trigger.type === 'ANNEXED') targets = this.relativeAntecedent(sources, s);
      if (trigger.needsInfinitive && targets.length) {
        const after = this.tokens[targets[targets.length - 1]!.end];
        if (!after || !['to', 'for'].includes(after.lower)) return [];
      }
      if (trigger.needsResponsible) {
        const after = this.tokens[targets[targets.length - 1]?.end ?? -1];
        if (!after || !['responsible', 'accountable', 'liable'].includes(after.lower)) return [];
      }
      // "called for Israel to halt": "for" takes an object only when an infinitive follows.
      if (t.lemma === 'call' && this.tokens[j]?.lower === 'for' && targets.length && this.tokens[targets[targets.length - 1]!.end]?.lower !== 'to') return [];
      if (trigger.type === 'MET' && !targets.length && sources.length >= 2) {
        // "Kiev and Moscow met", "X and Y held talks": symmetric among the subjects.
        targets = sources.slice(1);
        sources = sources.slice(0, 1);
      } else if (trigger.type === 'MET' && !targets.length && sources.length === 1 && sources[0]!.ids.length >= 2 && GROUP_NUMBER_WORDS.has(sources[0]!.mention.name.toLowerCase())) {
        // "The three met in Cairo": the people the number stands for met one another.
        const group = sources[0]!;
        sources = [{ ...group, ids: group.ids.slice(0, 1) }];
        targets = [{ ...group, ids: group.ids.slice(1) }];
      }
    }
    if (trigger.type === 'URGED' && sources.length) sources = [...sources, ...this.joinedCalls(sources[0]!, s)];
    if (!sources.length) sources = this.coordinatedSubject(v, s);
    if (!sources.length) sources = this.adjunctSubject(v, s);
    if (!sources.length) {
      const purpose = this.purposeSubject(v, s);
      if (purpose) {
        sources = purpose.args;
        chain.push(...purpose.chain);
      }
    }
    if (!targets.length && trigger.type === 'URGED' && this.tokens[j]?.lower === 'to') {
      // "wrote to the US Embassy asking to waive …": the addressee of the letter or call.
      const addressee = this.addressee(v, s);
      if (addressee) {
        targets = addressee.targets;
        if (!sources.length) sources = addressee.sources;
      }
    }
    // ", meeting X", "… said, after meeting X": a participle adjunct's subject is the main clause's.
    if (!sources.length && /ing$/.test(t.lower) && (this.tokens[v - 1]?.text === ',' || TEMPORAL_SUBORDINATORS.has(this.tokens[v - 1]?.lower ?? ''))) sources = this.mainSubject(s, t.inQuote);
    if (!sources.length && /ing$/.test(t.lower)) sources = this.coalitionLeader(v, s);
    if (trigger.type === 'PLEDGED' && !targets.length && !passive) targets = this.aidForStoryCountry(j, sources, s);
    if (trigger.placeTarget) targets = targets.filter(isPlace);
    if (trigger.personTarget) targets = targets.filter((a) => a.type === 'Person');
    if (trigger.organizationTarget) {
      targets = targets.filter((a) => a.type === 'Organization');
      sources = sources.filter((a) => a.type === 'Person');
      if (!targets.length) targets = this.relativeAntecedent(sources, s).filter((a) => a.type === 'Organization');
    }
    if (trigger.type === 'VISITED') {
      // "flew back to Tokyo", "returned home": going home is no visit.
      if (['back', 'home'].includes(this.tokens[v + 1]?.lower ?? '')) return [];
      targets = targets.filter((a) => a.type !== 'Person');
      sources = sources.filter((a) => a.type === 'Person' || a.type === 'Organization');
      // "visited soldiers at a hospital in Osh", "visited the company's plant in Gary": the place is inside the object.
      if (!passive && (!targets.length || this.isPossessor(targets[targets.length - 1]!))) {
        const inside = this.placeInObject(j, s);
        if (inside.length) targets = inside;
        else if (targets.length && this.isPossessor(targets[targets.length - 1]!)) targets = [];
      }
    }
    const negated = this.negated(v, chain, s);
    if (trigger.role && passive) return []; // "was led by X" names no role of X's in the subject
    const place = trigger.type === 'MET' && !passive ? this.meetingPlace(v, targets, s) : [];
    return [{ type: trigger.type, sources, targets, trigger: t, confidence: trigger.confidence * (passive ? 0.95 : 1), modality: this.modality(v, chain, s), ...(negated ? { negated } : {}), ...(trigger.role ? { role: trigger.role } : {}), ...(place.length ? { place } : {}) }];
  }

  /**
   * "China pledged 100 million yuan in emergency aid": aid or money pledged to no one named goes to
   * the story's country (its dateline's, else its headline's), when another country gives it.
   */
  private aidForStoryCountry(from: number, sources: Arg[], s: Sentence): Arg[] {
    if (!sources.length || !sources.every((a) => a.type === 'Country')) return [];
    if (this.findForward(from, s, (x) => PLEDGED_THINGS.has(x.lower) || CURRENCY.test(x.text), 8) < 0) return [];
    const story = this.datelineCountry() ?? this.titleCountry();
    if (!story || sources.some((a) => a.ids.includes(story.ids[0]!))) return [];
    return [story];
  }

  /**
   * "X, which leads a military coalition backing Y": what a coalition led, joined or formed by X does
   * (a participle after its noun), X does.
   */
  private coalitionLeader(v: number, s: Sentence): Arg[] {
    const noun = this.tokens[v - 1];
    if (!noun || !COALITION_NOUNS.has(noun.lower)) return [];
    for (let j = v - 2; j >= Math.max(s.tokenStart, v - 5); j--) {
      const t = this.tokens[j]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') return COALITION_MEMBER_VERBS.has(t.lemma) ? this.subjectOf(j, s).args : [];
      if (!/^(?:DET|ADJ|NOUN)$/.test(t.pos)) return [];
    }
    return [];
  }

  /** "met X, Y's minister, in Manila on Monday": the place after the object. */
  private meetingPlace(v: number, targets: Arg[], s: Sentence): Arg[] {
    // After the object ("met X in Manila"); right after the verb when the participants are its subjects
    // ("A and B met in Manila", "The three met in Cairo").
    const last = targets[targets.length - 1];
    let j = last && last.start > v ? last.end : v + 1;
    if (this.tokens[j]?.text === ',') j++;
    if (this.tokens[j]?.lower !== 'in') return [];
    return this.argsFrom(j + 1, s).filter((a) => isPlace(a) && a.mention.kind !== 'demonym').slice(0, 1);
  }

  private isPossessor(a: Arg): boolean {
    return isPossessive(this.tokens[a.end]?.text) && !isPlace(a);
  }

  /**
   * The place named inside a visited object phrase: "wounded soldiers at a hospital in Osh", "the
   * district of Narowal". The phrase ends at a verb, a comma or a subordinate clause.
   */
  private placeInObject(from: number, s: Sentence): Arg[] {
    for (let j = from; j < Math.min(s.tokenEnd, from + 10); j++) {
      const t = this.tokens[j]!;
      // "the badly hit village of X", "the damaged town": a participle before a noun modifies it.
      const attributive = t.pos === 'VERB' && /^(?:DET|ADV|NUM|ADJ)$/.test(this.tokens[j - 1]?.pos ?? '') && this.tokens[j + 1]?.pos === 'NOUN' && this.tokens[j + 1]!.text === this.tokens[j + 1]!.lower;
      if (j > from && ((t.pos === 'VERB' && !attributive) || t.text === ',' || t.text === ';' || t.lower === 'to' || SUBORDINATORS.has(t.lower))) break;
      const named = t.lower === 'of' ? PLACE_HEAD_NOUNS.has(this.tokens[j - 1]?.lower ?? '') : ['in', 'at', 'near', 'outside', 'across', 'throughout', 'around'].includes(t.lower);
      if (!named) continue;
      const places = this.argsFrom(j + 1, s).filter((a) => isPlace(a) && a.mention.kind !== 'demonym');
      if (places.length) return places;
    }
    return [];
  }

  private startsArgAfterDet(k: number, s: Sentence): Arg | undefined {
    let j = k;
    while (j < s.tokenEnd && /^(?:DET|ADJ)$/.test(this.tokens[j]!.pos)) j++;
    return this.startsArg(j);
  }

  private findForward(from: number, s: Sentence, pred: (t: Token) => boolean, limit: number): number {
    for (let j = from; j < Math.min(s.tokenEnd, from + limit); j++) {
      const t = this.tokens[j]!;
      if (pred(t)) return j;
      if (t.text === '.' || t.text === ';' || (t.pos === 'VERB' && j > from)) return -1;
    }
    return -1;
  }

  /** "the Crimean peninsula, which it annexed": the object of a relative clause is its antecedent. */
  private relativeAntecedent(sources: Arg[], s: Sentence): Arg[] {
    if (!sources.length) return [];
    let k = sources[0]!.start - 1;
    if (!['which', 'that'].includes(this.tokens[k]?.lower ?? '')) return [];
    k--;
    if (this.tokens[k]?.text === ',') k--;
    // "The Libyan National Army (LNA), which …": past a bracketed short form.
    if (this.tokens[k]?.text === ')' && !this.argEnd.has(k + 1)) {
      for (let j = k - 1; j > s.tokenStart && j > k - 6; j--)
        if (this.tokens[j]!.text === '(') {
          k = j - 1;
          break;
        }
    }
    return this.argsEndingAt(k + 1).slice(-1);
  }

  private negated(v: number, chain: Token[], s: Sentence): boolean {
    if (chain.some((c) => NEGATIONS.has(c.lower))) return true;
    // "refused to meet", "denied visiting", "failed to visit": a refusal verb governing the trigger.
    let j = v - 1;
    while (j > s.tokenStart && (this.tokens[j]!.lower === 'to' || this.tokens[j]!.pos === 'ADV')) j--;
    const t = this.tokens[j];
    return !!t && REFUSAL_VERBS.has(t.lemma) && t.lemma !== 'call' && (t.pos === 'VERB' || t.pos === 'AUX');
  }

  private modality(v: number, chain: Token[], s: Sentence): Modality | undefined {
    const words = chain.map((c) => c.lower);
    if (words.some((w) => PLAN_MARKERS.has(w))) return 'planned';
    if (words.some((w) => FUTURE_MARKERS.has(w))) return 'planned';
    if (words.some((w) => HYPOTHETICAL_MODALS.has(w))) return 'hypothetical';
    // "if X meets Y", "whether to visit"
    for (let j = v - 1; j >= s.tokenStart && j > v - 8; j--) if (['if', 'whether', 'unless'].includes(this.tokens[j]!.lower)) return 'hypothetical';
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Noun patterns
  // -------------------------------------------------------------------------------------------

  /** The visitor/participant of a nominal event at k: a possessor, the clause subject, or the adjunct's subject. */
  private nominalActor(k: number, s: Sentence): Arg[] {
    // "Blinken's visit"
    let j = k - 1;
    while (j >= s.tokenStart && /^(?:ADJ|NUM|ADV)$/.test(this.tokens[j]!.pos)) j--;
    if (isPossessive(this.tokens[j]?.text)) {
      const owner = this.argsEndingAt(j);
      if (owner.length) return this.actors(owner);
    }
    const adjunct = this.adjunctSubject(k, s);
    if (adjunct.length) return adjunct;
    // "X paid a visit to", "X held talks with", "X is on a visit to"
    for (j = k - 1; j >= s.tokenStart && j > k - 5; j--) {
      const t = this.tokens[j]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') {
        const subj = this.subjectOf(j, s);
        if (subj.args.length) return subj.args;
        break;
      }
      // The tagger may call the light verb an adjective ("Kim held talks with"): a subject right there.
      const ended = this.argsEndingAt(j + 1);
      if (ended.length && j < k - 1) return this.actors(ended);
      // "held a phone call with", "a video conference": a lower-case compound noun before the event noun.
      const compound = j === k - 1 && t.pos === 'NOUN' && t.text === t.lower;
      if (!/^(?:DET|ADJ|ADP|NUM|ADV|PRON)$/.test(t.pos) && !compound) break;
    }
    // "X said …, during a visit to Y": a trailing adjunct's actor is the main clause's subject.
    for (j = k - 1; j >= s.tokenStart && (/^(?:DET|ADJ|NUM|ADV)$/.test(this.tokens[j]!.pos) || (this.tokens[j]!.pos === 'NOUN' && this.tokens[j]!.text === this.tokens[j]!.lower)); j--);
    if (['during', 'on'].includes(this.tokens[j]?.lower ?? '') && this.tokens[j - 1]?.text === ',') return this.mainSubject(s, this.tokens[k]!.inQuote);
    return [];
  }

  private visitNoun(k: number, s: Sentence): Found[] {
    const byVisitor = this.visitByVisitor(k, s);
    if (byVisitor) return byVisitor;
    const prep = this.tokens[k + 1];
    if (!prep || !['to', 'of', 'in'].includes(prep.lower)) return [];
    const targets = this.argsFrom(k + 2, s).filter((a) => a.type === 'Location' || a.type === 'Country' || a.type === 'Organization');
    if (!targets.length) return [];
    const sources = this.nominalActor(k, s);
    if (this.negatedNoun(k, s)) return [];
    return [{ type: 'VISITED', sources, targets, trigger: this.tokens[k]!, confidence: 0.75, modality: this.nounModality(k, s) }];
  }

  /** "a visit by Prime Minister X to Nairobi", "a visit to Nairobi by X": the visitor after "by". */
  private visitByVisitor(k: number, s: Sentence): Found[] | undefined {
    const isVisitor = (a: Arg) => a.type === 'Person' || a.type === 'Organization';
    let sources: Arg[] = [];
    let targets: Arg[] = [];
    if (this.tokens[k + 1]?.lower === 'by') {
      sources = this.argsFrom(k + 2, s).filter(isVisitor);
      const after = sources.length ? sources[sources.length - 1]!.end : -1;
      if (this.tokens[after]?.lower === 'to') targets = this.argsFrom(after + 1, s).filter(isPlace);
    } else if (this.tokens[k + 1]?.lower === 'to') {
      targets = this.argsFrom(k + 2, s).filter(isPlace);
      const after = targets.length ? targets[targets.length - 1]!.end : -1;
      if (this.tokens[after]?.lower === 'by') sources = this.argsFrom(after + 1, s).filter(isVisitor);
    }
    if (!sources.length || !targets.length) return undefined;
    if (this.negatedNoun(k, s)) return [];
    return [{ type: 'VISITED', sources, targets, trigger: this.tokens[k]!, confidence: 0.75, modality: this.nounModality(k, s) }];
  }

  private meetingNoun(k: number, s: Sentence): Found[] {
    const t = this.tokens[k]!;
    const next = this.tokens[k + 1];
    const found: Found[] = [];
    const modality = this.nounModality(k, s);
    if (this.negatedNoun(k, s)) return [];
    if (next?.lower === 'between') {
      const parties = this.argsFrom(k + 2, s).filter((a) => a.type !== 'Location');
      if (parties.length >= 2) found.push({ type: 'MET', sources: parties.slice(0, 1), targets: parties.slice(1), trigger: t, confidence: 0.75, modality });
      return found;
    }
    if (next?.lower === 'with') {
      const targets = this.argsFrom(k + 2, s).filter((a) => a.type !== 'Location');
      const sources = this.nominalActor(k, s);
      const place = this.meetingPlace(k + 1, targets, s);
      found.push({ type: 'MET', sources, targets, trigger: t, confidence: 0.7, modality, ...(place.length ? { place } : {}) });
    }
    return found;
  }

  /** "Washington has been Kiev's most powerful backer", "a backer of X". */
  private backerNoun(k: number, s: Sentence): Found[] {
    let j = k - 1;
    while (j >= s.tokenStart && /^(?:ADJ|ADV|NUM)$/.test(this.tokens[j]!.pos)) j--;
    let targets: Arg[] = [];
    if (isPossessive(this.tokens[j]?.text)) {
      targets = this.argsEndingAt(j);
      j = (targets[0]?.start ?? j) - 1;
    } else if (this.tokens[k + 1]?.lower === 'of') targets = this.argsFrom(k + 2, s);
    if (!targets.length) return [];
    while (j >= s.tokenStart && /^(?:DET|ADV)$/.test(this.tokens[j]!.pos)) j--;
    // "Cairo, a longtime backer of Haftar,": an apposition describes the name before its comma.
    if (this.tokens[j]?.text === ',' && this.tokens[j + 1]?.pos === 'DET') {
      const described = this.actors(this.argsEndingAt(j)).slice(-1);
      return described.length ? [{ type: 'SUPPORTS', sources: described, targets, trigger: this.tokens[k]!, confidence: 0.65 }] : [];
    }
    // The copula's subject.
    if (!(this.tokens[j]?.pos === 'AUX' || this.tokens[j]?.pos === 'VERB')) return [];
    const sources = this.subjectOf(j, s).args;
    return [{ type: 'SUPPORTS', sources, targets, trigger: this.tokens[k]!, confidence: 0.7 }];
  }

  /** "S expressed support for X", "S's support for X". */
  private supportNoun(k: number, s: Sentence): Found[] {
    const next = this.tokens[k + 1];
    if (!next || !['for', 'to'].includes(next.lower)) return [];
    const targets = this.argsFrom(k + 2, s);
    if (!targets.length) return [];
    let j = k - 1;
    while (j >= s.tokenStart && /^(?:ADJ|ADV|DET|PRON)$/.test(this.tokens[j]!.pos)) j--;
    let sources: Arg[] = [];
    if (isPossessive(this.tokens[j]?.text)) sources = this.argsEndingAt(j);
    else if (this.tokens[j] && SUPPORT_VERBS_FOR_NOUN.has(this.tokens[j]!.lemma)) {
      const subj = this.subjectOf(j, s);
      if (this.negated(j, subj.chain, s)) return [];
      sources = subj.args;
      return [{ type: 'SUPPORTS', sources, targets, trigger: this.tokens[k]!, confidence: 0.7, modality: this.modality(j, subj.chain, s) }];
    }
    return [{ type: 'SUPPORTS', sources: this.actors(sources), targets, trigger: this.tokens[k]!, confidence: 0.65 }];
  }

  /** "Russia's annexation of Crimea", "the annexation of Crimea by Russia". */
  private annexationNoun(k: number, s: Sentence): Found[] {
    if (this.tokens[k + 1]?.lower !== 'of') return [];
    const targets = this.argsFrom(k + 2, s);
    if (!targets.length) return [];
    const j = k - 1;
    let sources: Arg[] = [];
    if (isPossessive(this.tokens[j]?.text)) sources = this.actors(this.argsEndingAt(j));
    else if (this.tokens[targets[targets.length - 1]!.end]?.lower === 'by') sources = this.actors(this.argsFrom(targets[targets.length - 1]!.end + 1, s));
    return [{ type: 'ANNEXED', sources, targets, trigger: this.tokens[k]!, confidence: 0.8 }];
  }

  /** "President A and Prime Minister B signed the accord / agreed to …": two people acting together met. */
  private jointAction(v: number, s: Sentence): Found[] {
    const subject = this.subjectOf(v, s);
    const people = subject.args.filter((a) => a.type === 'Person');
    if (people.length < 2 || people.length !== subject.args.length || this.negated(v, subject.chain, s)) return [];
    return [{ type: 'MET', sources: people.slice(0, 1), targets: people.slice(1), trigger: this.tokens[v]!, confidence: 0.55, modality: this.modality(v, subject.chain, s) }];
  }

  /** "X and Y traded blame": each accuses the other. */
  private tradedBlame(v: number, s: Sentence): Found[] {
    let j = v + 1;
    while (j < s.tokenEnd && /^(?:ADJ|DET)$/.test(this.tokens[j]!.pos)) j++;
    if (!BLAME_NOUNS.has(this.tokens[j]?.lower ?? '')) return [];
    const subject = this.subjectOf(v, s);
    const parties = subject.args;
    if (parties.length < 2 || this.negated(v, subject.chain, s)) return [];
    const out: Found[] = [];
    for (const a of parties) for (const b of parties) if (a !== b) out.push({ type: 'ACCUSED', sources: [a], targets: [b], trigger: this.tokens[j]!, confidence: 0.75 });
    return out;
  }

  /** "what he called Russia's 'reckless and aggressive' actions". */
  private callingAccusation(v: number, s: Sentence): Found[] {
    let accusatory = false;
    let target: Arg[] = [];
    for (let j = v + 1; j < Math.min(s.tokenEnd, v + 10); j++) {
      const t = this.tokens[j]!;
      if (!target.length && isPossessive(t.text)) target = this.argsEndingAt(j);
      if (!target.length && this.startsArg(j) && j === v + 1) target = [this.startsArg(j)!];
      if (ACCUSATORY_WORDS.has(t.lower)) accusatory = true;
      if (t.pos === 'VERB' && j > v + 1) break;
    }
    if (!accusatory || !target.length) return [];
    const subject = this.subjectOf(v, s);
    let sources = subject.args;
    if (!sources.length && this.tokens[v - 1]?.lower === 'what') sources = this.subjectOf(v, s).args;
    return [{ type: 'ACCUSED', sources, targets: target, trigger: this.tokens[v]!, confidence: 0.7 }];
  }

  /** "Mr Blinken said, speaking alongside Mr Zelensky": being alongside someone is meeting them. */
  private alongside(k: number, s: Sentence): Found[] {
    const verb = this.tokens[k - 1];
    if (!verb || !PRESENCE_VERBS.has(verb.lemma)) return [];
    const targets = this.argsFrom(k + 1, s).filter((a) => a.type === 'Person' || a.type === 'Country' || a.type === 'Organization');
    if (!targets.length) return [];
    let sources = this.subjectOf(k - 1, s).args;
    if (!sources.length) sources = this.mainSubject(s, verb.inQuote);
    return [{ type: 'MET', sources, targets, trigger: this.tokens[k]!, confidence: 0.65 }];
  }

  private negatedNoun(k: number, s: Sentence): boolean {
    for (let j = k - 1; j >= Math.max(s.tokenStart, k - 4); j--) {
      const t = this.tokens[j]!;
      if (t.lower === 'no' || t.lower === 'without' || (REFUSAL_VERBS.has(t.lemma) && t.lemma !== 'call' && t.pos === 'VERB')) return true;
    }
    return false;
  }

  private nounModality(k: number, s: Sentence): Modality | undefined {
    for (let j = k - 1; j >= Math.max(s.tokenStart, k - 5); j--) {
      const w = this.tokens[j]!.lower;
      if (PLANNING_NOUNS.has(w) || FUTURE_MARKERS.has(w) || w === 'next') return 'planned';
      if (PLAN_MARKERS.has(w)) return 'planned';
    }
    // "a summit … that Mr Biden would like to take place next month"
    for (let j = k + 1; j < s.tokenEnd; j++) {
      const w = this.tokens[j]!.lower;
      if (w === 'would' && this.tokens[j + 1]?.lower === 'like') return 'planned';
      if (w === 'next' || w === 'planned' || w === 'upcoming') return 'planned';
      if (w === '.' || w === ';') break;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Gatherings and presence
  // -------------------------------------------------------------------------------------------

  /** Where the gathering of this article is held, once the text says it ("met in Niamey … for an AU summit"). */
  private eventPlace: Arg[] = [];

  /**
   * Participants of a summit or conference are present where it is held: "… met in P for a summit where
   * A and B signed …" (A and B visited P and met), "At the opening of the summit, C said" (C visited P).
   */
  private eventAttendance(k: number, s: Sentence): Found[] {
    const place = this.placeOfEvent(k, s);
    if (place.length) this.eventPlace = place;
    if (!this.eventPlace.length) return [];
    let participants: Arg[] = [];
    const where = this.findForward(k + 1, s, (t) => t.lower === 'where' || t.lower === 'at which', 4);
    const attendedBy = this.findForward(k + 1, s, (t) => t.lower === 'attended' && this.tokens[t.i + 1]?.lower === 'by', 6);
    const attendVerb = this.attendVerbBefore(k, s);
    if (where >= 0) participants = this.mainSubject(s, this.tokens[k]!.inQuote, where + 1);
    else if (attendedBy >= 0) participants = this.argsFrom(attendedBy + 2, s);
    else if (attendVerb >= 0 && /^(?:attended|attending|attend|attends)$/.test(this.tokens[attendVerb]!.lower)) participants = this.subjectOf(attendVerb, s).args;
    else participants = this.adjunctSubject(k, s);
    participants = participants.filter((a) => a.type === 'Person');
    if (!participants.length) return [];
    const t = this.tokens[k]!;
    const found: Found[] = [{ type: 'VISITED', sources: participants, targets: this.eventPlace, trigger: t, confidence: 0.6 }];
    if (participants.length >= 2) found.push({ type: 'MET', sources: participants.slice(0, 1), targets: participants.slice(1), trigger: t, confidence: 0.6 });
    return found;
  }

  /** "X attended the AU summit": the index of "attended" a few words before the event noun, or -1. */
  private attendVerbBefore(k: number, s: Sentence): number {
    for (let j = k - 1; j >= Math.max(s.tokenStart, k - 5); j--) if (this.tokens[j]!.lemma === 'attend' && this.tokens[j]!.pos === 'VERB') return j;
    return -1;
  }

  /** "met in P for a summit", "a summit in P", "the summit, held in P". */
  private placeOfEvent(k: number, s: Sentence): Arg[] {
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 5); j++)
      if (this.tokens[j]!.lower === 'in') return this.argsFrom(j + 1, s).filter(isPlace).slice(0, 1);
    for (let j = k - 1; j >= Math.max(s.tokenStart, k - 14); j--) {
      const t = this.tokens[j]!;
      if (t.lower === 'in' && this.tokens[j - 1]?.pos === 'VERB') return this.argsFrom(j + 1, s).filter(isPlace).slice(0, 1);
      if (t.text === '.' || t.text === ';' || (t.pos === 'VERB' && this.tokens[j + 1]?.lower !== 'in')) break;
    }
    return [];
  }

  /** "Fiji, where they met with X": whoever acts in a place's "where" clause was there. */
  private whereClause(k: number, s: Sentence): Found[] {
    const place = this.argsEndingAt(k - 1).slice(-1).filter(isPlace);
    if (!place.length) return [];
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 8); j++) {
      const t = this.tokens[j]!;
      if (t.pos !== 'VERB' || !WHERE_ACTIVITY_VERBS.has(t.lemma)) continue;
      const subject = this.subjectOf(j, s);
      const visitors = subject.args.filter((a) => a.type === 'Person' || a.type === 'Organization');
      if (!visitors.length || this.negated(j, subject.chain, s)) return [];
      return [{ type: 'VISITED', sources: visitors, targets: place, trigger: t, confidence: 0.6, modality: this.modality(j, subject.chain, s) }];
    }
    return [];
  }

  /** "X, who holds a senior post in the ruling party": a role in the organisation named after the post. */
  private positionIn(v: number, s: Sentence): Found[] {
    let j = v + 1;
    if (this.tokens[j]?.lower === 'up') j++;
    while (j < s.tokenEnd && j < v + 5 && /^(?:DET|ADJ|NOUN)$/.test(this.tokens[j]!.pos) && !POSITION_NOUNS.has(this.tokens[j]!.lower) && !this.argAt(j)) j++;
    if (!POSITION_NOUNS.has(this.tokens[j]?.lower ?? '') || !['in', 'at', 'within', 'on'].includes(this.tokens[j + 1]?.lower ?? '')) return [];
    const targets = this.argsFrom(j + 2, s).filter((a) => a.type === 'Organization');
    const subject = this.subjectOf(v, s);
    const sources = subject.args.filter((a) => a.type === 'Person');
    if (!targets.length || !sources.length || this.negated(v, subject.chain, s)) return [];
    const modality = this.modality(v, subject.chain, s);
    return [{ type: 'HOLDS_ROLE', sources, targets, trigger: this.tokens[v]!, confidence: 0.6, role: this.tokens[j]!.text, ...(modality ? { modality } : {}) }];
  }

  /** "X was questioned while speaking to the press at a hospital in Watford": X was there. */
  private presence(v: number, s: Sentence): Found[] {
    const t = this.tokens[v]!;
    let targets: Arg[] = [];
    for (let j = v + 1; j < Math.min(s.tokenEnd, v + 12); j++) {
      const x = this.tokens[j]!;
      if (x.text === ',' || x.text === ';' || x.pos === 'VERB' || SUBORDINATORS.has(x.lower)) break;
      if ((x.lower === 'in' || x.lower === 'at') && !t.inQuote) {
        targets = this.argsFrom(j + 1, s).filter((a) => a.type === 'Location' || a.type === 'Country');
        if (targets.length) break;
      }
    }
    if (!targets.length) return [];
    const subject = this.subjectOf(v, s);
    let sources = subject.args;
    if (!sources.length && /ing$/.test(t.lower)) sources = this.mainSubject(s, t.inQuote);
    if (this.negated(v, subject.chain, s)) return [];
    return [{ type: 'VISITED', sources: sources.filter((a) => a.type === 'Person'), targets, trigger: t, confidence: 0.55, modality: this.modality(v, subject.chain, s), presenceOnly: true }];
  }

  // -------------------------------------------------------------------------------------------
  // Roles
  // -------------------------------------------------------------------------------------------

  /**
   * A government title with no country ("Prime Minister X", "Foreign Minister Y") names the country the
   * text places the person in: "Fiji, where they met with Prime Minister X"; or, in a datelined report,
   * the dateline's country (local officials go unqualified) unless the person is said to visit it.
   */
  unqualifiedRoles(bySentence: Found[][]): { sentence: number; found: Found }[] {
    const qualified = new Set<string>();
    const visitors = new Set<string>();
    const countryOf = this.roleCountries(bySentence, (country) => country);
    for (const list of bySentence)
      for (const f of list) {
        if (f.type === 'HOLDS_ROLE') for (const a of f.sources) for (const id of a.ids) qualified.add(id);
        // Anyone said to travel there, even in a plan or a denial ("did not travel to Cairo"), is a visitor.
        // A trip to the country or its capital marks a visitor; touring a district of it does not (locals do).
        if (f.type === 'VISITED' && !f.presenceOnly) for (const a of f.sources) for (const id of a.ids) for (const t of f.targets) for (const tid of [...t.ids, ...(this.isCapital(t) ? this.countriesOf(t) : [])]) visitors.add(`${id}|${tid}`);
      }
    const hostCountry = this.hostCountries(bySentence);
    const datelineCountry = this.datelineCountry();
    // Weaker than a dateline: only formal, capitalised government titles ("President X", not "president X").
    const titleCountry = datelineCountry ? undefined : this.titleCountry();
    const out: { sentence: number; found: Found }[] = [];
    const done = new Set<string>();
    for (const r of this.analysis.roles) {
      if (r.of !== undefined) continue;
      const person = this.mentions[r.person]!;
      const id = this.resolution.entityOf[person.i];
      // "Secretary of State", "Minister for Foreign Affairs": the head noun comes before the complement.
      const head = r.role.toLowerCase().replace(/\s+(?:of|for)\s.*$/, '').split(/\s+/).pop() ?? '';
      if (!id || qualified.has(id) || done.has(id)) continue;
      const s = this.reading.sentences[person.sentence]!;
      this.buildArgs(s);
      // "a U.S. delegation led by A, B and C", "that included Adviser X": any titled member is the country's.
      const delegation = this.delegationCountry(person, s);
      if (!delegation && !GOVERNMENT_TITLE_HEADS.has(head.replace(/s$/, ''))) continue;
      let country = delegation ?? this.localCountry(person, s) ?? this.speakersCountry(person, s, countryOf) ?? hostCountry.get(id);
      let confidence = 0.6;
      // "Japanese officials said Y would brief Prime Minister X": a report from another country than the
      // dateline's is no ground to give X the dateline's country.
      const foreignReport = (dateline: Arg) => {
        const reporter = this.reportersCountry(s, countryOf);
        return !!reporter && !reporter.ids.includes(dateline.ids[0]!);
      };
      if (!country && datelineCountry && !visitors.has(`${id}|${datelineCountry.ids[0]}`) && !foreignReport(datelineCountry)) {
        country = datelineCountry;
        confidence = 0.5;
      }
      if (!country && titleCountry && /^\p{Lu}/u.test(r.role) && !visitors.has(`${id}|${titleCountry.ids[0]}`)) {
        country = titleCountry;
        confidence = 0.45;
      }
      if (!country) continue;
      done.add(id);
      const personArg: Arg = { mention: person, ids: [id], type: 'Person', start: person.tokenStart, end: person.tokenEnd };
      out.push({ sentence: s.i, found: { type: 'HOLDS_ROLE', sources: [personArg], targets: [country], trigger: this.tokens[person.tokenStart]!, confidence, role: r.role } });
    }
    return out;
  }

  /**
   * The country of a delegation, team or mission the person is listed in: "a U.S. delegation – led by
   * A, B and C –", "a Ghanaian team that included X". The list runs from the verb to the person with no
   * other verb in it.
   */
  private delegationCountry(person: Mention, s: Sentence): Arg | undefined {
    for (let j = person.tokenStart - 1; j > s.tokenStart && j > person.tokenStart - 60; j--) {
      const t = this.tokens[j]!;
      if (t.text === ';' || t.text === '.' || t.inQuote) return undefined;
      const listVerb = (t.lower === 'by' && this.tokens[j - 1]?.lower === 'led') || /^(?:including|included|includes|comprising)$/.test(t.lower);
      if (!listVerb) {
        if (/^(?:VERB|AUX)$/.test(t.pos) && t.text === t.lower && !this.argAt(j) && !this.prefixOf.has(j)) return undefined;
        continue;
      }
      let k = t.lower === 'by' ? j - 2 : j - 1;
      while (k > s.tokenStart && /^(?:,|–|—|-|that|which|who)$/.test(this.tokens[k]!.lower)) k--;
      if (!DELEGATION_NOUNS.has(this.tokens[k]!.lower)) return undefined;
      // "a U.S. delegation": the country named right before the noun.
      return this.sentenceArgs.find((a) => a.type === 'Country' && a.ids.length === 1 && a.mention.tokenEnd === k);
    }
    return undefined;
  }

  /**
   * "A and B flew to Port Vila … met Prime Minister X": one who met visitors to a country, and went
   * nowhere, is its host. Only when the visitors went to that one country.
   */
  private hostCountries(bySentence: Found[][]): Map<string, Arg> {
    const visited = new Map<string, Arg[]>();
    // "is expected to travel to Washington next week to meet X": a planned trip, and the meeting planned
    // with it in the same sentence, still say where X is at home.
    const planned = bySentence.map(() => new Map<string, Arg[]>());
    for (const [i, list] of bySentence.entries())
      for (const f of list) {
        if (f.type !== 'VISITED' || f.presenceOnly || f.negated || (f.modality && f.modality !== 'planned')) continue;
        const into = f.modality ? planned[i]! : visited;
        for (const t of f.targets) {
          const country = this.countryOfPlace(t);
          if (country) for (const a of f.sources) for (const id of a.ids) into.set(id, [...(into.get(id) ?? []), country]);
        }
      }
    const hosts = new Map<string, Arg>();
    for (const [n, list] of bySentence.entries())
      for (const f of list) {
        if (f.type !== 'MET' || f.negated || (f.modality && f.modality !== 'planned')) continue;
        const trips = f.modality ? planned[n]! : visited;
        const sides = [f.sources, f.targets];
        for (const [i, side] of sides.entries())
          for (const a of side) {
            if (a.type !== 'Person' || a.ids.some((id) => visited.has(id) || trips.has(id))) continue;
            const countries = sides[1 - i]!.flatMap((o) => o.ids.flatMap((id) => trips.get(id) ?? []));
            const keys = new Set(countries.map((c) => c.ids[0]));
            if (keys.size === 1) for (const id of a.ids) if (!hosts.has(id)) hosts.set(id, countries[0]!);
          }
      }
    return hosts;
  }

  /**
   * "A met B in Manila": a participant whose role is in another country than the meeting place
   * travelled there (the home side did not).
   */
  visitsFromMeetings(bySentence: Found[][]): Found[][] {
    const homeOf = this.roleCountries(bySentence, (country) => this.countryKeyOf(country));
    return bySentence.map((list) => {
      const out: Found[] = [];
      for (const f of list) {
        if (f.type !== 'MET' || !f.place || f.negated) continue;
        const place = f.place[0]!;
        const placeCountry = this.countryKeyOf(place);
        if (!placeCountry) continue;
        // A group ("the three") counts member by member.
        const people = [...f.sources, ...f.targets].filter((a) => a.type === 'Person').flatMap((a) => a.ids.map((id) => ({ ...a, ids: [id] })));
        const visitors = people.filter((a) => homeOf.has(a.ids[0]!) && homeOf.get(a.ids[0]!) !== placeCountry);
        if (visitors.length) out.push({ type: 'VISITED', sources: visitors, targets: [place], trigger: f.trigger, confidence: 0.6, ...(f.modality ? { modality: f.modality } : {}) });
      }
      return out;
    });
  }

  /**
   * The country each person holds a role in, where the text says it: the first HOLDS_ROLE with a
   * country target, that country as `as` gives it (a role whose country `as` cannot give is passed over).
   */
  private roleCountries<T>(bySentence: Found[][], as: (country: Arg) => T | undefined): Map<string, T> {
    const countryOf = new Map<string, T>();
    for (const list of bySentence)
      for (const f of list) {
        if (f.type !== 'HOLDS_ROLE') continue;
        const country = f.targets.find((t) => t.type === 'Country');
        const value = country && as(country);
        if (value !== undefined) for (const a of f.sources) for (const id of a.ids) if (!countryOf.has(id)) countryOf.set(id, value);
      }
    return countryOf;
  }

  /** A place's country, as a knowledge key ("Manila" → the Philippines). */
  private countryKeyOf(place: Arg): string | undefined {
    const entity = this.entityById.get(place.ids[0]!);
    const key = place.type === 'Country' ? entity?.attributes?.knowledgeKey : entity?.attributes?.countryKey;
    return typeof key === 'string' ? key : undefined;
  }

  /**
   * "Wong said Prime Minister X would like to visit …": a minister speaking of an unqualified head of
   * government speaks of their own country's.
   */
  private speakersCountry(person: Mention, s: Sentence, countryOf: Map<string, Arg>): Arg | undefined {
    for (let j = person.tokenStart - 1; j >= s.tokenStart; j--) {
      const t = this.tokens[j]!;
      if (t.inQuote || t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma)) continue;
      // Only the reported clause's subject: no verb between the speech verb and the person.
      for (let v = j + 1; v < person.tokenStart; v++) if (/^(?:VERB|AUX)$/.test(this.tokens[v]!.pos)) return undefined;
      return this.countryOfSpeaker(this.subjectOf(j, s).args, countryOf);
    }
    return this.attributedCountry(person, s, countryOf);
  }

  /**
   * "Foreign Minister X will travel to Y next week, Ghanaian officials said": a closing attribution
   * speaks of the main clause's subject too. Only the subject (no verb before the person) and only a
   * closing clause (", SPEAKER said." / ", said SPEAKER.") with no other verb.
   */
  private attributedCountry(person: Mention, s: Sentence, countryOf: Map<string, Arg>): Arg | undefined {
    for (let j = s.tokenStart; j < person.tokenStart; j++) if (/^(?:VERB|AUX)$/.test(this.tokens[j]!.pos) || SUBORDINATORS.has(this.tokens[j]!.lower)) return undefined;
    let comma = -1;
    for (let j = s.tokenEnd - 1; j > person.tokenEnd; j--) {
      const t = this.tokens[j]!;
      if (t.inQuote) return undefined;
      if (t.text === ',') {
        comma = j;
        break;
      }
    }
    if (comma < 0) return undefined;
    const verbs = [];
    for (let j = comma + 1; j < s.tokenEnd; j++) if (this.tokens[j]!.pos === 'VERB') verbs.push(j);
    const v = verbs[0];
    if (verbs.length !== 1 || v === undefined || !SPEECH_VERBS.has(this.tokens[v]!.lemma)) return undefined;
    const before = this.argsEndingAt(v);
    const speakers = before.length && before[0]!.start > comma ? before : this.argsFrom(v + 1, s);
    return this.countryOfSpeaker(speakers, countryOf);
  }

  /** The country of whoever a sentence reports (a speech verb outside quotes with a speaker that stands for one). */
  private reportersCountry(s: Sentence, countryOf: Map<string, Arg>): Arg | undefined {
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const t = this.tokens[j]!;
      // A finite report only: "urged Minsk to explain" reports nothing.
      if (t.inQuote || t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma) || this.tokens[j - 1]?.lower === 'to') continue;
      const before = this.subjectOf(j, s).args;
      const country = this.countryOfSpeaker(before.length ? before : this.argsFrom(j + 1, s), countryOf);
      if (country) return country;
    }
    return undefined;
  }

  /** The country a speaker stands for: a country (or its officials), a person's role country, a national government body. */
  private countryOfSpeaker(speakers: Arg[], countryOf: Map<string, Arg>): Arg | undefined {
    for (const a of speakers) {
      if (a.ids.length !== 1) continue;
      const id = a.ids[0]!;
      if (a.type === 'Country') return a;
      if (countryOf.has(id)) return countryOf.get(id);
      const entity = this.entityById.get(id);
      if (a.type === 'Organization' && entity?.attributes?.kind === 'government') {
        const country = this.countryOfPlace(a);
        if (country) return country;
      }
    }
    return undefined;
  }

  /** "Fiji, where they met with Prime Minister X" / "In Kenya, President X said": the country the clause is set in. */
  private localCountry(person: Mention, s: Sentence): Arg | undefined {
    for (let j = person.tokenStart - 1; j >= s.tokenStart; j--) {
      const t = this.tokens[j]!;
      if (t.lower === 'where' && this.tokens[j - 1]?.text === ',') {
        const place = this.argsEndingAt(j - 1);
        const country = place[place.length - 1];
        return country?.type === 'Country' ? country : undefined;
      }
      if (t.pos === 'VERB' && j < person.tokenStart - 6) break;
    }
    const first = this.tokens[s.tokenStart]!;
    if (first.lower === 'in') {
      const place = this.argsFrom(s.tokenStart + 1, s)[0];
      if (place?.type === 'Country' && this.tokens[place.end]?.text === ',') return place;
    }
    return undefined;
  }

  private isCapital(place: Arg): boolean {
    const key = this.entityById.get(place.ids[0]!)?.attributes?.knowledgeKey;
    return typeof key === 'string' && !!entryByKey(key)?.capital;
  }

  /** A place argument as its country ("the government in Tripoli" → Libya), when the article names that country. */
  private countryOfPlace(a: Arg): Arg | undefined {
    if (a.type === 'Country') return a;
    const ids = this.countriesOf(a);
    return ids.length ? { ...a, ids, type: 'Country' } : undefined;
  }

  /** The country entity a place argument lies in ("Cairo" → Egypt), when the article names that country. */
  private countriesOf(place: Arg): string[] {
    const entity = this.entityById.get(place.ids[0]!);
    const countryKey = entity?.attributes?.countryKey;
    if (typeof countryKey !== 'string') return [];
    this.countryByKey ??= firstByKnowledgeKey(this.resolution.entities);
    const country = this.countryByKey.get(countryKey);
    return country ? [country.id] : [];
  }
  /** The first entity of each knowledge key, built once (a search of all entities per place is quadratic). */
  private countryByKey?: Map<string, Entity>;

  /** Without a dateline, the one country a headline names ("Malawi opposition calls for probe") is the story's home. */
  private titleCountry(): Arg | undefined {
    const title = this.reading.sentences.find((s) => s.isTitle);
    const lead = this.reading.sentences.find((s) => !s.isTitle);
    // A headline's demonym names the story's country too ("… as Kenyan court halts fine").
    return (title && (this.onlyCountryIn(title, true) ?? this.headlineSubject(title))) ?? (lead && this.onlyCountryIn(lead));
  }

  /** "UK urges US to waive immunity": a headline that opens on a country acting is told from that country. */
  private headlineSubject(title: Sentence): Arg | undefined {
    const first = this.mentionsBySentence[title.i]![0];
    if (!first || first.kind !== 'name' || first.metonymFor || first.tokenStart !== title.tokenStart) return undefined;
    const id = this.resolution.entityOf[first.i];
    if (!id || typeOfId(id) !== 'Country' || this.tokens[first.tokenEnd]?.pos !== 'VERB') return undefined;
    return { mention: first, ids: [id], type: 'Country', start: first.tokenStart, end: first.tokenEnd };
  }

  private onlyCountryIn(title: Sentence, demonyms = false): Arg | undefined {
    const countries = this.mentionsBySentence[title.i]!.filter(
      (m) => (m.kind === 'name' || (demonyms && m.kind === 'demonym')) && !m.metonymFor && typeOfId(this.resolution.entityOf[m.i] ?? '') === 'Country',
    );
    const ids = new Set(countries.map((m) => this.resolution.entityOf[m.i]!));
    if (ids.size !== 1) return undefined;
    const mention = countries[0]!;
    return { mention, ids: [...ids], type: 'Country', start: mention.tokenStart, end: mention.tokenEnd };
  }

  private datelineCountry(): Arg | undefined {
    const dateline = this.reading.document.dateline;
    if (!dateline) return undefined;
    const countryKey = datelineCountryKey(dateline);
    if (!countryKey) return undefined;
    const id = this.resolution.entities.find((e) => e.attributes?.knowledgeKey === countryKey)?.id;
    if (!id) return undefined;
    const mention = this.mentions.find((m) => this.resolution.entityOf[m.i] === id);
    if (!mention) return undefined;
    return { mention, ids: [id], type: 'Country', start: mention.tokenStart, end: mention.tokenEnd };
  }

  private roleRelations(s: Sentence): Found[] {
    const out: Found[] = [];
    for (const r of this.rolesBySentence[s.i]!) {
      const person = this.mentions[r.person]!;
      if (r.of === undefined) continue;
      const personId = this.resolution.entityOf[person.i];
      const targetId = this.resolution.entityOf[r.of];
      const target = this.mentions[r.of]!;
      if (!personId || !targetId) continue;
      const type = entityTypeOf(targetId);
      if (type === 'person') continue;
      out.push({
        type: 'HOLDS_ROLE',
        sources: [{ mention: person, ids: [personId], type: 'Person', start: person.tokenStart, end: person.tokenEnd }],
        targets: [{ mention: target, ids: [targetId], type: target.type, start: target.tokenStart, end: target.tokenEnd }],
        trigger: this.tokens[person.tokenStart]!,
        confidence: 0.9,
        role: r.role,
      });
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Reported speech
  // -------------------------------------------------------------------------------------------

  /**
   * Inside a quotation, an accusatory word attached to an entity ("the South Korean puppet military
   * made another grave provocation") makes the quotation's speaker the accuser.
   */
  private quotedAccusations(s: Sentence): Found[] {
    const quoted = this.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.inQuote);
    if (!quoted.length || !quoted.some((t) => ACCUSATORY_WORDS.has(t.lower))) return [];
    const speaker = this.speakerOf(s);
    if (!speaker.length) return [];
    const out: Found[] = [];
    for (const a of this.sentenceArgs) {
      if (!this.tokens[a.start]!.inQuote || a.type === 'Location') continue;
      if (speaker.some((sp) => sp.ids.some((id) => a.ids.includes(id)))) continue;
      // The accusatory word must follow the entity closely in its clause (the entity is its doer or
      // possessor: "X made a grave provocation", "X's aggression"), not precede it (a victim: "provocation to X").
      let near = false;
      for (let j = a.end; j < Math.min(s.tokenEnd, a.end + 8); j++) {
        const t = this.tokens[j]!;
        if (ACCUSATORY_WORDS.has(t.lower)) near = true;
        if (t.text === ',' || t.text === ';' || SUBORDINATORS.has(t.lower) || ['to', 'against', 'on'].includes(t.lower)) break;
      }
      if (near) out.push({ type: 'ACCUSED', sources: speaker, targets: [a], trigger: this.tokens[a.start]!, confidence: 0.6 });
    }
    return out;
  }

  /** The speaker of the quotation in or around sentence s: '"…," X said', '"…," said X', 'X said: "…"'. */
  private speakerOf(s: Sentence): Arg[] {
    const sentences = this.reading.sentences;
    for (let i = s.i; i < Math.min(sentences.length, s.i + 3); i++) {
      const t = sentences[i]!;
      for (let k = t.tokenStart; k < t.tokenEnd; k++) {
        const tok = this.tokens[k]!;
        if (tok.inQuote || !SPEECH_VERBS.has(tok.lemma) || tok.pos !== 'VERB') continue;
        this.buildArgs(t);
        const before = this.subjectOf(k, t).args;
        const after = this.argsFrom(k + 1, t);
        const who = before.length ? before : after;
        this.buildArgs(s);
        if (who.length) return this.actors(who);
      }
    }
    return [];
  }
}

/** What a statement is made in ("Ghana in a statement urged …"). */
const MEDIUM_NOUNS = new Set(['statement', 'letter', 'speech', 'interview', 'address', 'post', 'message', 'communique', 'communiqué', 'tweet', 'broadcast', 'briefing', 'op-ed']);

function isPlace(a: Arg): boolean {
  return a.type === 'Location' || a.type === 'Country';
}


const TYPE_BY_PREFIX: Record<string, EntityType> = { person: 'Person', country: 'Country', organization: 'Organization', location: 'Location' };
/** An entity's type from its id ("country:ukraine"): a capital standing for its government is a country. */
function firstByKnowledgeKey(entities: Entity[]): Map<string, Entity> {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    const key = e.attributes?.knowledgeKey;
    if (typeof key === 'string' && !byKey.has(key)) byKey.set(key, e);
  }
  return byKey;
}

function typeOfId(id: string): EntityType | undefined {
  return TYPE_BY_PREFIX[entityTypeOf(id)];
}

function entityTypeOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** Entity type implied by a knowledge key (for tests and callers that only have keys). */
export function knowledgeType(key: string): EntityType | undefined {
  return entryByKey(key)?.type;
}

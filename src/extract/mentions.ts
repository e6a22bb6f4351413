/**
 * Stage 2, mentions: proper names (typed with general knowledge and the shape of the phrase), role
 * titles and who holds them, demonyms, pronouns and nominals ("the embassy", "the commissioner").
 *
 * Proper names are found as runs of capitalised tokens (with the connectors names contain: "Bank of
 * England", "Trinidad and Tobago"), then each run is segmented left to right into known entities,
 * titles, honorifics, demonyms and unknown names. Unknown names are typed by their head ("… Police",
 * "… region"), by what precedes them (a title or honorific makes a person) and by their shape.
 */
import {
  HONORIFICS,
  entryByKey,
  isAmbiguousFirstName,
  isAmbiguousName,
  isFirstName,
  isKnownSurnameParticle,
  isLocationHead,
  isOrganizationHead,
  isTitleWord,
  lookupAll,
  lookupDemonym,
  lookupName,
  matchTitle,
  type KnowledgeEntry,
} from '../knowledge/index.js';
import type { EntityType, GroupLink, Mention, MentionAnalysis, Reading, RoleLink, Sentence, Token } from '../model.js';
import {
  COUNTRY_NOMINALS,
  FEMALE_PRONOUNS,
  GOVERNMENT_NOMINALS,
  GROUP_NUMBER_WORDS,
  LOCATION_NOMINALS,
  LOCATIVE_PREPOSITIONS,
  MALE_PRONOUNS,
  NAME_CONNECTORS,
  NEUTER_PRONOUNS,
  ORGANIZATION_NOMINALS,
  PLURAL_PRONOUNS,
  WEEKDAYS,
  isCalendarWord,
} from './lexicon.js';
import { headlineNameBreaks, isCommonWord } from './headline-names.js';
import { isLexiconWord } from './reading.js';
import { CAPTION_WORDS, EVENT_HEADS, GLUED_CAPTION, FACILITY_HEADS, LOWERCASE_ORG_HEADS, givenNameAt, leadingDescriptor, commonWordsOnly, isAcronym, isCapitalised, typeOfUnknownName, describedOrganizations, type NameTyping } from './typing.js';

export { isAcronym, isCapitalised };

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

// ---------------------------------------------------------------------------------------------
// Token shape
// ---------------------------------------------------------------------------------------------

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const isPossessive = (t: Token | undefined, before?: Token): boolean =>
  !!t && POSSESSIVE.has(t.text) && (t.pos !== 'PUNCT' || (!!before && /s$/i.test(before.text) && before.end === t.start && t.text.length === 1));
const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = { mr: 'm', sir: 'm', lord: 'm', mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', madam: 'f' };
const honorificKey = (text: string) => text.replace(/\.$/, '').toLowerCase();
const isHonorific = (text: string) => HONORIFICS.has(text) || HONORIFICS.has(text.replace(/\.$/, ''));
const NAME_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

const PLACE_DESCRIPTORS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'island', 'port', 'state', 'county', 'capital', 'municipality', 'prefecture', 'enclave', 'settlement', 'suburb', 'neighbourhood', 'neighborhood',
  'towns', 'cities', 'villages', 'provinces', 'regions', 'districts', 'islands', 'ports', 'states', 'counties', 'municipalities', 'prefectures', 'enclaves', 'settlements', 'suburbs', 'neighbourhoods', 'neighborhoods']);
const GROUP_NOUNS = new Set(['delegation', 'team', 'mission', 'group']);
/** A word of a name as compared across mentions: letters only, lower case ("Biden," → "biden"). */
const nameWord = (w: string): string => w.replace(/[^\p{L}\p{M}'’-]/gu, '').toLowerCase();

/** Heads of titles held in a province or city ("Sindh Chief Minister", "mayor of Karachi"). */
const LOCAL_TITLE_HEADS = new Set(['governor', 'mayor', 'premier', 'minister']);
/** Heads of the titles of a state's or province's legislators (a senator may sit for the state in the nation's senate). */
const STATE_LEGISLATOR_HEADS = new Set(['representative', 'delegate', 'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'lawmaker', 'whip']);
/** Capitalised words after a place that make it the state or province of that name ("New York Governor"). */
const STATE_OFFICE_WORDS = new Set(['Governor', 'Gov.', 'Lieutenant', 'Legislature', 'Assembly', 'Assemblyman', 'Assemblywoman', 'State', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Attorney', 'Premier']);
/** Institutions commonly named "<head> of <place>". */
const INSTITUTION_HEADS = new Set(['Bank', 'University', 'College', 'Institute', 'Academy', 'Museum', 'Hospital', 'School', 'Library', 'Port', 'Archdiocese', 'Diocese']);
/** Capitalised common words that qualify a title without being an employer ("Opposition leader X"). */
/** Titles held as a leader's spouse: their country is the leader's. */
const SPOUSE_TITLES = /^(?:First|Second) (?:Lady|Gentleman)$/i;
/** Plural nouns whose possessive stays inside a name: "People’s Republic", "Women’s Party". */
const POSSESSIVE_NAME_OPENERS = /^(?:People|Peoples|Women|Children|Workers|Veterans|Farmers)$/;
/** Descriptors that open a sentence before a name or a title: "Former …", "Longtime …". */
const SENTENCE_DESCRIPTORS = new Set(['former', 'ex', 'longtime', 'long-time', 'onetime', 'one-time', 'then', 'late', 'embattled', 'disgraced']);
/** Titles of a person's own staff: "Kessler adviser", "Dorsey aide" name the person served, not an employer. */
const PERSONAL_STAFF = /^(?:advis[eo]rs?|aides?|all(?:y|ies)|confidants?|loyalists?|associates?)$/i;
const COMMON_QUALIFIERS = new Set(['opposition', 'ruling', 'rebel', 'campaign', 'interim', 'acting', 'former', 'party', 'senior', 'junior', 'chief', 'deputy', 'state', 'government', 'federal', 'regional', 'local', 'national']);
/**
 * Sports whose national governing bodies are named "<Sport> <Country>" ("Cricket Australia", "Athletics
 * Kenya", "Hockey India") and whose world federations are "World <Sport>" ("World Rugby", "World Athletics").
 */
const SPORTS = new Set(['Rugby', 'Cricket', 'Football', 'Soccer', 'Tennis', 'Hockey', 'Athletics', 'Swimming', 'Cycling', 'Golf', 'Netball', 'Basketball', 'Rowing', 'Sailing', 'Gymnastics', 'Boxing', 'Volleyball', 'Badminton', 'Triathlon', 'Archery', 'Judo', 'Taekwondo', 'Wrestling', 'Weightlifting', 'Canoeing', 'Fencing', 'Squash', 'Aquatics', 'Baseball', 'Softball', 'Handball', 'Surfing', 'Skateboarding', 'Karate', 'Lacrosse', 'Curling', 'Skiing', 'Snowboard', 'Equestrian', 'Diving', 'Chess']);
/** Words that open a place's name: 'Lake Tana', 'Mount Elgon', 'Fort Bragg', 'Palacio Quemado', 'Piazza Venezia'. */
const LEADING_PLACE_HEADS = new Set(['Lake', 'Mount', 'Mt', 'Mt.', 'Fort', 'Cape', 'Camp', 'Isla', 'Lago', 'Monte', 'Sierra', 'Palacio', 'Palácio', 'Palais', 'Palazzo', 'Plaza', 'Praça', 'Piazza', 'Estadio', 'Estádio', 'Stade', 'Castillo', 'Castelo', 'Château', 'Schloss']);

/** Heads of bodies whose names take an "on" phrase ("Council on …", "Committee on …"). */
const ON_HEADS = /^(?:Council|Committee|Subcommittee|Commission|Conference|Panel|Institute|Center|Centre|Board|Force)$/;
/** Party adjectives written before a title ("Republican President", "Labour leader"). */
const PARTY_ADJECTIVES = new Set(['Republican', 'Democrat', 'Democratic', 'Conservative', 'Labour', 'Labor', 'Liberal', 'Tory', 'Socialist', 'Communist', 'Green', 'Libertarian']);
/** Titles held inside a party ("party leader", "chairwoman", "spokesman", "candidate"). */
const PARTY_ROLE = /\b(?:leader|chair\w*|spokes\w*|secretary[- ]general|general secretary|treasurer|whip|candidate|nominee|president of the party)$/i;
const MODALS = /^(?:Will|May|Can|Could|Would|Should|Shall|Must|Might)$/;
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

interface Piece {
  kind: 'entity' | 'title' | 'honorific' | 'demonym' | 'name' | 'connector' | 'possessive';
  start: number; // token index (absolute)
  /** The type a name has by its shape: an organisation ("Rugby Australia"), a place ("RAF Lakenheath"). */
  shapeType?: EntityType;
  end: number;
  entry?: KnowledgeEntry;
  title?: string;
  countryKey?: string;
  plural?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export function findMentions(reading: Reading): MentionAnalysis {
  const builder = new MentionBuilder(reading);
  for (const sentence of reading.sentences) builder.sentence(sentence);
  const result = builder.result();
  describedOrganizations(result.mentions, reading.tokens);
  return result;
}

class MentionBuilder {
  private readonly tokens: Token[];
  private readonly text: string;
  readonly mentions: Mention[] = [];
  readonly roles: RoleLink[] = [];
  readonly groups: GroupLink[] = [];
  /** Mention index by its first token, to find neighbours. */
  private readonly byStartToken = new Map<number, number>();
  private readonly byEndToken = new Map<number, number>();
  /** Token texts, for title matching. */
  private readonly words: string[];
  /** Tokens covered by a mention so far; and by a mention other than a bare title. */
  private readonly coveredTokens: Uint8Array;
  private readonly namedTokens: Uint8Array;
  /** Words of the people's and organisations' names found so far, to recognise a surname or short name opening a later sentence. */
  private readonly personWords = new Set<string>();
  /** Last words of the people's full names found so far ("Banda" after "Peter Banda"). */
  private readonly surnames = new Set<string>();
  /** Whether the article names a gazetteer entry by a full, unambiguous name (by entry key). */
  private readonly namedInFull = new Map<string, boolean>();
  /** Index of the first mention of the current sentence (mentions are added sentence by sentence). */
  private sentenceFirstMention = 0;

  constructor(private readonly reading: Reading) {
    this.tokens = reading.tokens;
    this.text = reading.document.text;
    this.words = this.tokens.map((t) => t.text);
    this.coveredTokens = new Uint8Array(this.tokens.length);
    this.namedTokens = new Uint8Array(this.tokens.length);
  }

  /** Mentions of the current sentence. */
  private current(): Mention[] {
    return this.mentions.slice(this.sentenceFirstMention);
  }

  result(): MentionAnalysis {
    const order = this.mentions.map((m, i) => [m, i] as const).sort((a, b) => a[0].start - b[0].start || b[0].end - a[0].end);
    const remap = new Map(order.map(([, old], neu) => [old, neu]));
    const mentions = order.map(([m], neu) => ({ ...m, i: neu }));
    return {
      mentions,
      roles: this.roles.map((r) => ({ ...r, person: remap.get(r.person)!, ...(r.of !== undefined ? { of: remap.get(r.of)! } : {}) })),
      groups: this.groups.map((g) => ({ group: remap.get(g.group)!, members: g.members.map((m) => remap.get(m)!) })),
    };
  }

  sentence(s: Sentence): void {
    this.sentenceFirstMention = this.mentions.length;
    const titleCased = s.isTitle && isTitleCased(this.tokens.slice(s.tokenStart, s.tokenEnd));
    for (const run of this.properRuns(s, titleCased)) {
      const pieces = this.segment(run.start, run.end);
      this.emitRun(titleCased ? this.headlinePieces(pieces) : pieces, s, titleCased);
    }
    this.pronounsAndNominals(s);
    this.roleChains(s);
    this.distributeCoordinatedQualifiers(s);
    this.appositions(s);
    this.delegations(s);
  }

  /** "Joe Biden Call" in a Title Case headline: the common words after a name are cut off it (headline-names.ts). */
  private headlinePieces(pieces: Piece[]): Piece[] {
    const body = this.text.slice(this.reading.document.body.start, this.reading.document.body.end);
    return pieces.flatMap((p) => {
      if (p.kind !== 'name' || p.shapeType) return [p];
      const out: Piece[] = [];
      let from = p.start;
      for (const k of headlineNameBreaks(this.words, p.start, p.end, body)) {
        if (k > from) out.push(this.trimConnectors({ ...p, start: from, end: k }));
        from = k + 1;
      }
      if (p.end > from) out.push({ ...p, start: from, end: p.end });
      return out;
    });
  }

  /** A name ends on no connector: "Department of | Treasury" (a word cut off after it) leaves "Department". */
  private trimConnectors(piece: Piece): Piece {
    let end = piece.end;
    while (end - piece.start > 1 && /^(?:of|for|on|the|and|&)$/.test(this.tokens[end - 1]!.text)) end--;
    return end === piece.end ? piece : { ...piece, end };
  }

  // -------------------------------------------------------------------------------------------
  // Runs of capitalised tokens
  // -------------------------------------------------------------------------------------------

  private nameLike(k: number, s: Sentence, titleCased: boolean): boolean {
    const t = this.tokens[k];
    if (!t || k >= s.tokenEnd || !isCapitalised(t.text) || t.text === 'I' || CAPTION_WORDS.has(t.text) || GLUED_CAPTION.test(t.text)) return false;
    // "Jan 5", "March", but "Jan Berg", "May Chen": a month before a capitalised word is a first name.
    // "Theresa May": after a given name, a month that is also a name is a surname.
    const afterGivenName = k > s.tokenStart && isFirstName(this.tokens[k - 1]!.text) && isCapitalised(this.tokens[k - 1]!.text);
    if (isCalendarWord(t.lower) && (WEEKDAY_SET.has(t.lower) || !(isFirstName(t.text) && (this.startsSurname(k + 1) || afterGivenName)))) return false;
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM') return false;
    // "Will Acme staff be moved?", "May Dorset councils refuse?": a modal opening a question is the verb.
    if (MODALS.test(t.text) && this.tokens[s.tokenEnd - 1]?.text === '?' && (k === s.tokenStart || /^[)\]:"“]$/.test(this.tokens[k - 1]?.text ?? ''))) return false;
    // "NZ$5 million", "A$10 million": a currency prefix, not a name.
    const next = this.tokens[k + 1];
    if (next && (next.text === '$' || next.text.startsWith('$')) && next.start === t.end) return false;
    // "Tripoli-based", "Iranian-backed": adjectives made from names are not names.
    if (/-(?:based|born|led|backed|owned|run|made|bound|registered|listed|controlled|held|style|era|funded|brokered|allied)$/i.test(t.text)) return false;
    // "Trump-loving", "Kremlin-friendly": a name with a lower-case participle or adjective glued on is a modifier, not a name.
    if (/^\p{Lu}[\p{L}.]*-\p{Ll}{3,}(?:ing|ed|ly|ful|less|like|friendly|free|wing)$/u.test(t.text)) return false;
    const prev = this.tokens[k - 1]!;
    // After an opening quote or bracket a word is capitalised as if it began a sentence; an apostrophe
    // glued to the word before it ("Citizens' Movement") opens nothing.
    const initial = k === s.tokenStart || ['"', '“', '(', ':', '‘', '—', '–'].includes(prev.text) || (prev.text === "'" && prev.start > (this.tokens[k - 2]?.end ?? -1));
    if (!initial && !titleCased) return true;
    // "Former Acme adviser X said": a descriptor opening a sentence is no word of a name.
    if (!titleCased && SENTENCE_DESCRIPTORS.has(t.lower)) return false;
    // At the start of a sentence every word is capitalised: keep only words that look like names,
    // or that are a word of a person's name met earlier ("Park said", after "Park Ji-hoon").
    if (isAcronym(t.text) || isHonorific(t.text) || lookupName(t.text) || lookupDemonym(t.text) || matchTitle([t.text], 0) || this.personWords.has(nameWord(t.text))) return true;
    // "Don Imus retired": a given name before a capitalised word opens a name, whatever its tag.
    if (!titleCased && isFirstName(t.text) && !isAmbiguousFirstName(t.text) && isCapitalised(this.tokens[k + 1]?.text ?? '') && this.tokens[k + 1]!.pos === 'PROPN') return true;
    // "Officials said", "Analysts at the bank warned": a lone unknown word opening a sentence before
    // its verb or a preposition is a common noun unless it is a first name.
    const following = this.tokens[k + 1];
    if (!titleCased && following && /^(?:VERB|AUX|ADP)$/.test(following.pos) && !isFirstName(t.text)) return false;
    // "Advisor Kim Sung-han of …" in a headline: a hyphenated given name after a name word ("Moon Jae-in")
    // is part of the name whatever its tag, unless it is an English word ("Follow-up").
    if (titleCased && k > s.tokenStart && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t.text) && !isLexiconWord(t.lower) && prev.pos === 'PROPN' && isCapitalised(prev.text) && prev.end + 1 === t.start) return true;
    // "People’s Republic of China" in a headline: a word opening a name with a possessive ("People’s",
    // "Women’s") is tagged a common noun; the name is kept whole (else "Republic of China" is another country).
    if (titleCased && POSSESSIVE_NAME_OPENERS.test(t.text) && isPossessive(this.tokens[k + 1]) && this.nameLike(k + 2, s, titleCased)) return true;
    if (titleCased) return t.pos === 'PROPN' && !/^(?:ADP|DET|PRON|CCONJ|SCONJ|AUX|VERB|ADV)$/.test(t.pos);
    // "Officials said": an inflected common noun (its lemma differs) opening a sentence is no name.
    if (t.lemma !== t.lower && !isCapitalised(this.tokens[k + 1]?.text ?? '')) return false;
    return t.pos === 'PROPN' || ((t.pos === 'NOUN' || t.pos === 'ADJ') && isCapitalised(this.tokens[k + 1]?.text ?? '') && this.tokens[k + 1]!.pos === 'PROPN');
  }

  /** Whether the capitalised words from k end with an organisation head ("… Movement for Change"). */
  private endsInOrganizationHead(k: number, s: Sentence): boolean {
    for (let j = k; j < Math.min(s.tokenEnd, k + 8); j++) {
      const t = this.tokens[j]!;
      if (isOrganizationHead(t.text) && isCapitalised(t.text)) return true;
      if (!isCapitalised(t.text) && !NAME_CONNECTORS.has(t.lower)) return false;
    }
    return false;
  }

  private *properRuns(s: Sentence, titleCased: boolean): Generator<{ start: number; end: number }> {
    let k = s.tokenStart;
    while (k < s.tokenEnd) {
      if (!this.nameLike(k, s, titleCased)) {
        k++;
        continue;
      }
      const start = k;
      let end = k + 1;
      for (;;) {
        if (this.nameLike(end, s, titleCased)) {
          end++;
          continue;
        }
        const t = this.tokens[end];
        if (!t || end >= s.tokenEnd) break;
        // "of the", "bin al-": up to two connectors between name words.
        if (NAME_CONNECTORS.has(t.lower) && t.text === t.lower) {
          const next = NAME_CONNECTORS.has(this.tokens[end + 1]?.lower ?? '') && this.tokens[end + 1]!.text === this.tokens[end + 1]!.lower ? end + 2 : end + 1;
          if (this.nameLike(next, s, titleCased)) {
            end = next + 1;
            continue;
          }
        }
        // "Council on Energy Policy", "Committee on Foreign Affairs": "on" after a deliberating body's head
        // stays inside its name (not "the Council on Monday").
        if (t.text === 'on' && ON_HEADS.test(this.tokens[end - 1]!.text) && this.nameLike(end + 1, s, titleCased) && !DAY_OR_MONTH.test(this.tokens[end + 1]!.text)) {
          end += 2;
          continue;
        }
        // "Korean People's Army", "Citizens' Movement for Change": a possessive inside an organisation's name.
        const plural = /^['’]$/.test(t.text) && /s$/.test(this.tokens[end - 1]!.text) && t.start === this.tokens[end - 1]!.end;
        const peoples = isPossessive(t) && POSSESSIVE_NAME_OPENERS.test(this.tokens[end - 1]!.text);
        // "Special Anti-Corruption Prosecutor’s Office": a title's possessive before an office's head, after other words of the name.
        const titledOffice = isPossessive(t) && end - start >= 2 && isTitleWord(this.tokens[end - 1]!.text) && isOrganizationHead(this.tokens[end + 1]?.text ?? '');
        if ((peoples || titledOffice || (plural && this.endsInOrganizationHead(end + 1, s))) && this.nameLike(end + 1, s, titleCased)) {
          end += 2;
          continue;
        }
        // "Joseph R. Biden, Jr."
        if (t.text === ',' && NAME_SUFFIXES.has(this.tokens[end + 1]?.text ?? '')) {
          end += 2;
          continue;
        }
        // "Organization for Security and Co-operation in Europe": a known name may hold lower-case words.
        const known = this.knownEndBeyond(start, end, s);
        if (known) {
          end = known;
          continue;
        }
        break;
      }
      end = this.portfolioListEnd(start, end, s) ?? end;
      // "E. coli", "P. damicornis": initials alone (a genus abbreviated before a species) name no one.
      if (!this.tokens.slice(start, end).every((t) => /^\p{Lu}\.$/u.test(t.text))) yield { start, end };
      k = end;
    }
  }

  /**
   * "Ministry of Trade, Industry and Energy", "Department for Environment, Food and Rural Affairs": the
   * end of a portfolio list after "<head> of/for X" (comma-separated words, "and" before the last one),
   * or undefined when the list holds anything known, a title or a first name (then it lists other things).
   */
  private portfolioListEnd(start: number, end: number, s: Sentence): number | undefined {
    if (this.tokens[end]?.text !== ',' || end >= s.tokenEnd) return undefined;
    if (!this.hasHeadConnector(start, end)) return undefined;
    const plainWord = (j: number): boolean => {
      const t = this.tokens[j];
      return !!t && j < s.tokenEnd && isCapitalised(t.text) && t.pos !== 'PUNCT' && !lookupName(t.text) && !matchTitle(this.words, j) && !lookupDemonym(t.text) && !isFirstName(t.text) && !isHonorific(t.text) && !isAcronym(t.text);
    };
    let p = end;
    while (this.tokens[p]?.text === ',') {
      p++;
      const first = p;
      while (plainWord(p) && p < first + 2) p++;
      if (p === first) return undefined;
    }
    if (this.tokens[p]?.text !== 'and' || !plainWord(p + 1)) return undefined;
    const last = p + 2;
    if (last < s.tokenEnd && isCapitalised(this.tokens[last]!.text)) return undefined;
    return last;
  }

  /** The end of a known name that begins at start and runs on past end over lower-case words, or undefined. */
  private knownEndBeyond(start: number, end: number, s: Sentence): number | undefined {
    if (this.tokens[end]!.text !== this.tokens[end]!.lower) return undefined;
    for (let e = Math.min(s.tokenEnd, start + 10); e > end + 1; e--)
      if (isCapitalised(this.tokens[e - 1]!.text) && lookupName(this.span(start, e))) return e;
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Segmentation of a run into pieces
  // -------------------------------------------------------------------------------------------

  private span(start: number, end: number): string {
    return this.text.slice(this.tokens[start]!.start, this.tokens[end - 1]!.end);
  }

  private segment(start: number, end: number): Piece[] {
    const pieces: Piece[] = [];
    // Titles are matched on the words up to the run's end (passed as a limit: a copy of the
    // document's words up to there would cost the document's length per run).
    const words = this.words;
    let k = start;
    let name: Piece | undefined;
    /** The first word after "<organisation head> of/for (the)" inside the open name, if any. */
    let complementStart = -1;
    const flush = () => {
      // "House Select Committee on | Benghazi", "Department of | Treasury": a name ends on no connector (the
      // known name after it stood apart).
      if (name) pieces.push(this.trimConnectors(name));
      name = undefined;
    };
    while (k < end) {
      const t = this.tokens[k]!;
      if (NAME_CONNECTORS.has(t.lower) && t.text === t.lower) {
        // Surname particles stay inside a person's name ("Salem bin Ghalboun", "Ursula von der Leyen");
        // "of" stays inside an institution's name ("Government of National Unity") unless a known
        // entity follows ("President X of Nigeria").
        const inside = name ? this.connectorInsideName(name, k, end) : false;
        if (name && inside) {
          // "Bank of Ghana": the place after "of" is part of the institution's name.
          name.end = typeof inside === 'number' ? inside : k + 1;
          // "Council of Economic Advisers", "Board of Governors": after "<head> of/for (the)" a body's name
          // goes on, and its first word may be a plural title (its members), not one person's title.
          if (/^(?:of|for)$/.test(t.lower) && typeof inside === 'number' && inside > k + 1 && NAME_CONNECTORS.has(this.tokens[inside - 1]!.lower)) complementStart = inside;
          else if (/^(?:of|for)$/.test(t.lower) && inside === true) complementStart = k + 1;
          k = name.end;
          continue;
        }
        flush();
        pieces.push({ kind: 'connector', start: k, end: k + 1 });
        k++;
        continue;
      }
      if (isPossessive(t) || (/^['’]$/.test(t.text) && name && k + 1 < end)) {
        // Inside a run, a possessive only survives as part of an organisation's name ("Citizens' Movement").
        if (name && k + 1 < end) {
          name.end = k + 1;
          k++;
          continue;
        }
        flush();
        pieces.push({ kind: 'possessive', start: k, end: k + 1 });
        k++;
        continue;
      }
      if (t.text === ',') {
        // ", Jr." belongs to the name before it.
        if (name) name.end = Math.min(end, k + 2);
        k += 2;
        continue;
      }
      // "Sri Lanka", "St. Louis": a known name that opens with an honorific's word is that name.
      if (isHonorific(t.text) && k + 1 < end && !((this.longestKnown(k, end)?.end ?? k) > k + 1)) {
        flush();
        pieces.push({ kind: 'honorific', start: k, end: k + 1 });
        k++;
        continue;
      }
      const sportBody = this.sportBodyAt(k, end);
      if (sportBody) {
        flush();
        pieces.push({ kind: 'name', start: k, end: sportBody, shapeType: 'Organization' });
        k = sportBody;
        continue;
      }
      // "RAF Lakenheath", "RAF Brize Norton": a Royal Air Force station is a place.
      if (t.text === 'RAF' && k + 1 < end && isCapitalised(this.tokens[k + 1]!.text) && !isOrganizationHead(this.tokens[k + 1]!.text) && !matchTitle(words, k + 1, end)) {
        let stationEnd = k + 2;
        while (stationEnd < end && isCapitalised(this.tokens[stationEnd]!.text) && stationEnd < k + 3 && !matchTitle(words, stationEnd, end) && !isOrganizationHead(this.tokens[stationEnd]!.text)) stationEnd++;
        flush();
        pieces.push({ kind: 'name', start: k, end: stationEnd, shapeType: 'Location' });
        k = stationEnd;
        continue;
      }
      // "Lake Tana", "Mount Kenya", "Fort Bragg", "Palacio Quemado": a place named by a leading head word
      // (unless the whole phrase is known: "Cape Town").
      if (LEADING_PLACE_HEADS.has(t.text) && k + 1 < end && isCapitalised(this.tokens[k + 1]!.text) && !NAME_CONNECTORS.has(this.tokens[k + 1]!.lower)) {
        const whole = this.longestKnown(k, end);
        if (!whole || whole.end === k + 1) {
          let placeEnd = k + 1;
          while (placeEnd < end && placeEnd < k + 4 && isCapitalised(this.tokens[placeEnd]!.text) && !matchTitle(words, placeEnd, end) && !isOrganizationHead(this.tokens[placeEnd]!.text) && !isPossessive(this.tokens[placeEnd])) placeEnd++;
          // "Lake Ports Authority", "Mount Elgon Water Board": an organisation named after the place.
          const organization = placeEnd < end && isOrganizationHead(this.tokens[placeEnd]!.text);
          if (placeEnd > k + 1 && !organization) {
            flush();
            pieces.push({ kind: 'name', start: k, end: placeEnd, shapeType: 'Location' });
            k = placeEnd;
            continue;
          }
        }
      }
      let known = this.longestKnown(k, end);
      // "Antony Blinken", "Vladimir Putin", "Paris Hilton": a one-word place that is also a first name,
      // followed by an unknown capitalised word, begins a person's name; "Kurt Campbell": after a
      // first name, a one-word place is a surname.
      // "Tonga Rugby Union", "Fiji Football Federation": in a run ending with an organisation head, a
      // one-word town after the first word is a word of the organisation's name.
      if (known && known.end === k + 1 && k > start && known.entry.type === 'Location' && known.entry.kind === 'city' && isOrganizationHead(this.tokens[end - 1]!.text) && end - 1 > k)
        known = undefined;
      // "Union for Democratic Change": a head word that is also a town's name, opening a name with "for"/"of", is the organisation's.
      else if (known && known.end === k + 1 && known.entry.type !== 'Country' && !known.entry.capital && isOrganizationHead(t.text) && /^(?:for|of)$/.test(this.tokens[k + 1]?.text ?? '') && k + 2 < end)
        known = undefined;
      else if (known && known.end === k + 1 && known.entry.type === 'Location' && known.entry.kind !== 'continent') {
        const afterTitle = pieces[pieces.length - 1]?.kind === 'title' && pieces[pieces.length - 1]!.end === k && !name;
        // ("Mayor of London Sadiq Khan": before a given name and a surname, the place is the place.)
        if (isFirstName(t.text) && this.startsUnknownName(k + 1, end) && !(isFirstName(this.tokens[k + 1]!.text) && k + 2 < end)) known = undefined;
        // "Prime Minister Rahima Chowdhury": after a title, a town's name before an unknown word is a given name.
        else if (afterTitle && known.entry.kind === 'city' && !known.entry.capital && this.startsUnknownName(k + 1, end)) known = undefined;
        // "Congresswoman Mary Lynn Ortiz": after a title, a town's name that is a given name, with more name words after it, opens the name.
        else if (afterTitle && known.entry.kind === 'city' && !known.entry.capital && isFirstName(t.text) && !isAmbiguousFirstName(t.text) && k + 1 < end && isCapitalised(this.tokens[k + 1]!.text)) known = undefined;
        // "spokesperson, Mao Ning": a small town's name before an unknown given-name-like word (no head noun) is a name.
        else if (known.entry.kind === 'city' && !known.entry.capital && (known.entry.population ?? 0) < 100_000 && this.startsUnknownName(k + 1, end) && k + 2 === end && !this.headNounAt(k + 1)) known = undefined;
        // "Peter Banda … Banda said": the surname of a person named before, not a town of that name.
        else if (this.surnames.has(nameWord(t.text)) && !known.entry.capital && known.end === end && !this.tokens[k - 1]?.lower.match(/^(?:in|at|near|from|to)$/)) known = undefined;
        else if (name && name.end === k && (isFirstName(this.tokens[name.start]!.text) || (name.end - name.start === 1 && (known.entry.population ?? 0) < 1_000_000 && known.entry.kind === 'city')))
          // "Zhou Haicheng": a smaller town's name after one unknown word is a given name.
          known = undefined;
        // "… Affairs Julia Moreno": a town's name closing the run right after a given name is a surname.
        else if (name && name.end === k && known.end === end && !known.entry.capital && isFirstName(this.tokens[k - 1]!.text) && !isAmbiguousFirstName(this.tokens[k - 1]!.text))
          known = undefined;
      }
      // "Mayor Michael Bloomberg planned": a one-word company's name closing the run right after a lone
      // given name is that person's surname (as "Gerald Ford").
      if (known && known.end === k + 1 && known.end === end && known.entry.type === 'Organization' && !isAcronym(t.text) && name && name.end === k && name.end - name.start === 1 &&
        isFirstName(this.tokens[name.start]!.text) && !isAmbiguousFirstName(this.tokens[name.start]!.text))
        known = undefined;
      const title = matchTitle(words, k, end) ?? pluralTitle(words, k, end);
      let titleEnd = title && title.end <= end ? title.end : 0;
      // "Howard Dean", "Jim Bishop": a one-word title closing the run right after a lone given name is
      // that person's surname.
      if (titleEnd === k + 1 && titleEnd === end && name && name.end === k && name.end - name.start === 1 && isFirstName(this.tokens[name.start]!.text) && !isAmbiguousFirstName(this.tokens[name.start]!.text)) titleEnd = 0;
      // "National Association of Attorneys General", "Joint Chiefs of Staff": a plural title right after
      // "<head> of/for (the)" names the body's members, a word of its name.
      if (name && k === complementStart && titleEnd > k && !(known && known.end >= titleEnd) && /[^s]s$/.test(words[titleEnd - 1]!)) {
        name.end = titleEnd;
        k = titleEnd;
        // ("Council of Economic Advisers Carla Frisch": the body's name ends with its members.)
        flush();
        continue;
      }
      if (known && known.end >= titleEnd) {
        flush();
        pieces.push({ kind: 'entity', start: k, end: known.end, entry: known.entry });
        k = known.end;
        continue;
      }
      // "Special Anti-Corruption Prosecutor’s Office": after words of a name, a title, its possessive and an
      // office's head are words of that office's name.
      if (titleEnd > k && name && name.end === k && titleEnd + 1 < end && isPossessive(this.tokens[titleEnd]) && isOrganizationHead(this.words[titleEnd + 1]!)) {
        name.end = titleEnd;
        k = titleEnd;
        continue;
      }
      if (titleEnd > k) {
        flush();
        pieces.push({ kind: 'title', start: k, end: titleEnd, title: title!.title, plural: /s$/i.test(words[titleEnd - 1]!) && !/ss$/i.test(words[titleEnd - 1]!) });
        k = titleEnd;
        continue;
      }
      const demonym = this.demonymAt(k, end);
      if (demonym && !name) {
        pieces.push(demonym);
        k = demonym.end;
        continue;
      }
      if (name) name.end = k + 1;
      else name = { kind: 'name', start: k, end: k + 1 };
      k++;
    }
    flush();
    // Only a name after a portfolio's words ("for … Affairs Daniel X") is split, never one right after a title.
    // "Assistant Secretary for Indian Affairs Bryan Newland": after a demonym, portfolio words too.
    const portfolioAfterDemonym = (p: Piece, n: number): boolean => n > 0 && pieces[n - 1]!.kind === 'demonym' && p.kind === 'name' && this.portfolioOpens(p);
    return pieces
      .flatMap((p, n) => {
        if (n > 0 && (pieces[n - 1]!.kind === 'connector' || pieces[n - 1]!.kind === 'entity' || portfolioAfterDemonym(p, n))) return this.splitAtFirstName(p);
        if (n === 0 && this.afterTitleComma(p.start)) return this.splitEmployerAndName(p);
        return this.splitAfterHead(p);
      })
      .flatMap((p) => this.splitTwoPeople(p));
  }

  /**
   * "Envoy John Porcel Fred Smit, the head of …": a given name and a surname, then another given name and
   * surname, in a list without commas, are two people (no one's name goes given, surname, given, surname).
   */
  private splitTwoPeople(piece: Piece): Piece[] {
    if (piece.kind !== 'name' || piece.shapeType || piece.end - piece.start !== 4) return [piece];
    const w = this.tokens.slice(piece.start, piece.end).map((t) => t.text);
    const given = (x: string) => isFirstName(x) && !isAmbiguousFirstName(x);
    const surname = (x: string) => /^\p{Lu}\p{Ll}+$/u.test(x) && !isFirstName(x) && !isKnownSurnameParticle(x) && !isTitleWord(x);
    // (The last word may be a given name too, as many surnames are: "Greer", "Lee".)
    if (!given(w[0]!) || !surname(w[1]!) || !given(w[2]!) || !(/^\p{Lu}\p{Ll}+$/u.test(w[3]!) && !isKnownSurnameParticle(w[3]!) && !isTitleWord(w[3]!))) return [piece];
    return [{ ...piece, end: piece.start + 2 }, { ...piece, start: piece.start + 2 }];
  }

  /** "…, CEO, Medtronic Sanjay Mehrotra, President …": the word k follows "<title>," (a list of people without bullets). */
  private afterTitleComma(k: number): boolean {
    if (this.tokens[k - 1]?.text !== ',') return false;
    for (let j = Math.max(0, k - 6); j < k - 1; j++) if (matchTitle(this.words, j, k - 1)?.end === k - 1) return true;
    return false;
  }

  /**
   * "Medtronic Sanjay Mehrotra" after "CEO,": unknown words, then a given name opening the rest, are the
   * employer of the person listed before and the next person listed.
   */
  private splitEmployerAndName(piece: Piece): Piece[] {
    if (piece.kind !== 'name' || piece.shapeType || piece.end - piece.start < 3 || isFirstName(this.tokens[piece.start]!.text)) return this.splitAfterHead(piece);
    for (let k = piece.start + 1; k < piece.end - 1; k++)
      if (isFirstName(this.tokens[k]!.text) && !isAmbiguousFirstName(this.tokens[k]!.text)) return [{ ...piece, end: k, shapeType: 'Organization' }, { ...piece, start: k }];
    return this.splitAfterHead(piece);
  }

  /** The name opens with title or portfolio words ("Affairs", "Security") and no organisation head before a given name. */
  private portfolioOpens(piece: Piece): boolean {
    for (let k = piece.start; k < piece.end; k++) {
      const w = this.tokens[k]!.text;
      if (isFirstName(w)) return k > piece.start;
      if (!isTitleWord(w) || isOrganizationHead(w)) return false;
    }
    return false;
  }

  /** "Chess Federation Mehrdad Rahimi": an organisation's head word, then a given name and a surname, is two names. */
  private splitAfterHead(piece: Piece): Piece[] {
    if (piece.kind !== 'name' || piece.shapeType || piece.end - piece.start < 4) return [piece];
    for (let k = piece.start + 2; k < piece.end - 1; k++)
      if (isOrganizationHead(this.tokens[k - 1]!.text) && isFirstName(this.tokens[k]!.text) && !isFirstName(this.tokens[piece.start]!.text))
        return [{ ...piece, end: k }, { ...piece, start: k }];
    return [piece];
  }

  /**
   * "… for East Asian and Pacific Affairs Daniel Kritenbrink": an unknown name whose later words
   * begin with a first name, after words that are no first names, is a portfolio plus a person.
   */
  private splitAtFirstName(piece: Piece): Piece[] {
    if (piece.kind !== 'name' || piece.end - piece.start < 3) return [piece];
    // ("Office of Gun Violence Prevention Greg Jackson": a given name that is also a common word, before a
    // common word, is no name's start.)
    const commonGiven = (k: number) => isLexiconWord(this.tokens[k]!.lower) && (isCommonWord(this.tokens[k + 1]?.text ?? '') || /^(?:and|of|for|the|&)$/.test(this.tokens[k + 1]?.text ?? ''));
    for (let k = piece.start + 1; k < piece.end - 1; k++) {
      if (!isFirstName(this.tokens[k]!.text) || commonGiven(k)) continue;
      if (isFirstName(this.tokens[piece.start]!.text) && !commonWordsOnly(this.words.slice(piece.start, k))) return [piece];
      // ("Office of Gun Violence Prevention Greg Jackson": a body's name before the person stays one.)
      const body = isOrganizationHead(this.tokens[piece.start]!.text) && this.hasHeadConnector(piece.start, k);
      return [body ? this.trimConnectors({ ...piece, end: k, shapeType: 'Organization' as const }) : { kind: 'connector', start: piece.start, end: k }, { ...piece, start: k }];
    }
    return [piece];
  }

  /**
   * The end of a sports body's name at k: "Rugby Australia", "Cricket New Zealand" (sport + country) or
   * "World Rugby" (the world federation), or a broadcaster "Radio <place>", when nothing but a title
   * follows it in the run ("World Athletics Championships" is an event).
   */
  private sportBodyAt(k: number, end: number): number | undefined {
    const t = this.tokens[k]!;
    let bodyEnd: number | undefined;
    if (t.text === 'World' && k + 1 < end && SPORTS.has(this.tokens[k + 1]!.text)) bodyEnd = k + 2;
    // "Radio France", "Radio Moscow": a broadcaster named after its country or city.
    else if (t.text === 'Radio' && k + 1 < end) {
      const place = this.longestKnown(k + 1, end);
      if (place && (place.entry.type === 'Country' || place.entry.type === 'Location')) bodyEnd = place.end;
    }
    else if (SPORTS.has(t.text) && k + 1 < end) {
      const country = this.longestKnown(k + 1, end);
      if (country && country.entry.type === 'Country') bodyEnd = country.end;
    } else {
      // "New Zealand Rugby", "England Hockey": the same bodies named country first.
      const country = this.longestKnown(k, end);
      if (country && country.entry.type === 'Country' && country.end < end && SPORTS.has(this.tokens[country.end]!.text)) bodyEnd = country.end + 1;
    }
    if (bodyEnd === undefined) return undefined;
    // "Tonga Rugby Union president X": a head word after it makes a longer name.
    // "Radio France and Radio Canada": a lower-case connector may follow.
    const following = this.tokens[bodyEnd];
    if (bodyEnd < end && following!.text !== following!.lower && (!matchTitle(this.words, bodyEnd) || isOrganizationHead(following!.text))) return undefined;
    // "the New Zealand Rugby team": a national side, not its governing body.
    if (bodyEnd === end && /^(?:team|teams|side|sides|squad|squads|player|players|fans|season|match|matches|league)$/.test(this.tokens[end]?.lower ?? '')) return undefined;
    return bodyEnd;
  }

  /** "X and <k>", "X or <k>": the mention X coordinated right before token k, if any. */
  private conjunctBefore(k: number): Mention | undefined {
    if (!/^(?:and|or)$/.test(this.tokens[k - 1]?.lower ?? '')) return undefined;
    const i = this.byEndToken.get(k - 1);
    return i === undefined ? undefined : this.mentions[i];
  }

  /** "the town of X", "the districts of X": a place descriptor and "of" right before token k. */
  private afterPlaceDescriptor(k: number): boolean {
    return this.tokens[k - 1]?.lower === 'of' && PLACE_DESCRIPTORS.has(this.tokens[k - 2]?.lower ?? '');
  }

  /** A surname at k: a capitalised word that is no month or weekday, maybe after a particle ("de Vries"). */
  private startsSurname(k: number): boolean {
    const t = this.tokens[k];
    if (t && isKnownSurnameParticle(t.text) && t.text === t.lower) return this.startsSurname(k + 1);
    return !!t && isCapitalised(t.text) && !isCalendarWord(t.lower);
  }

  private headNounAt(k: number): boolean {
    const w = this.tokens[k]!.text;
    return isOrganizationHead(w) || isLocationHead(w) || FACILITY_HEADS.has(w) || EVENT_HEADS.has(w);
  }

  /** A capitalised word at k that is no known entity, title or demonym. */
  private startsUnknownName(k: number, end: number): boolean {
    // "Salem bin Ghalboun": a surname particle may come first.
    if (isKnownSurnameParticle(this.tokens[k]?.text ?? '') && this.tokens[k]!.text === this.tokens[k]!.lower) k++;
    const t = this.tokens[k];
    if (!t || k >= end || !isCapitalised(t.text) || NAME_CONNECTORS.has(t.lower)) return false;
    return !this.longestKnown(k, end) && !matchTitle(this.words, k) && !this.demonymAt(k, end);
  }

  /** True (or the end of a place it swallows) when the connector at k stays inside the open name. */
  private connectorInsideName(name: Piece, k: number, end: number): boolean | number {
    const t = this.tokens[k]!;
    let next = k + 1;
    while (next < end && NAME_CONNECTORS.has(this.tokens[next]!.lower) && this.tokens[next]!.text === this.tokens[next]!.lower) next++;
    if (next >= end) return false;
    if (isKnownSurnameParticle(t.lower) && !['of', 'for', 'and', 'the'].includes(t.lower)) return true;
    // "Union for Renewal and Progress", "Party of Justice and Development": after "Head for/of X", an "and"
    // before the run's last word, unknown, continues the organisation's name.
    if (t.lower === 'and' && next === k + 1 && next + 1 === end && this.hasHeadConnector(name.start, Math.min(k, name.end))) {
      return !this.longestKnown(next, end) && !matchTitle(this.words, next) && !this.demonymAt(next, end) && !isFirstName(this.tokens[next]!.text) ? end : false;
    }
    // "Office of Science and Technology Policy": two plain words (the last no head of another body) may close it too.
    if (t.lower === 'and' && next === k + 1 && next + 2 === end && this.hasHeadConnector(name.start, Math.min(k, name.end)) && !isOrganizationHead(this.tokens[end - 1]!.text)) {
      const plain = (j: number) => !this.longestKnown(j, j + 1) && !matchTitle(this.words, j) && !this.demonymAt(j, j + 1) && !isFirstName(this.tokens[j]!.text);
      return plain(next) && plain(next + 1) && !this.longestKnown(next, end) ? end : false;
    }
    // "Baylor Scott and White Medical Center", "Smith and Nephew Group": two unknown words joined by "and"
    // before an organisation head are one body's name (not when a given name opens it: "Ann Lee and Bank X").
    if (t.lower === 'and' && next === k + 1 && this.tokens[end - 1] && isOrganizationHead(this.tokens[end - 1]!.text) && end - next >= 2 && !isFirstName(this.tokens[name.start]!.text)) {
      const plain = (j: number) => !this.longestKnown(j, j + 1) && !matchTitle(this.words, j) && !this.demonymAt(j, j + 1) && !isFirstName(this.tokens[j]!.text);
      let ok = true;
      for (let j = name.start; j < end && ok; j++) if (j !== k && (j < name.end || j >= next) && !isOrganizationHead(this.tokens[j]!.text)) ok = plain(j);
      if (ok && !this.longestKnown(name.start, name.end)) return end;
    }
    // "Summit for Democracy", "Summit of the Americas": what a summit is for or of is part of the event's name.
    if (/^(?:of|for|on)$/.test(t.lower) && name.end - name.start === 1 && this.tokens[name.start]!.text === 'Summit') return end;
    if (t.lower !== 'of' && t.lower !== 'for') return false;
    const last = this.tokens[name.end - 1]!.text;
    // "League for the Defence of Human Rights": a second "of" inside a body's name after "<head> for/of" goes on.
    const nested = t.lower === 'of' && this.hasHeadConnector(name.start, name.end);
    if (!isOrganizationHead(last) && !/^(?:Republic|Kingdom|Emirate|Principality|Commonwealth|Isle|Gulf|Bay|Sea|Strait|Cape)$/.test(last) && !nested) return false;
    // "Bank of Ghana", "University of Lagos": an institution named after its place.
    const known = this.longestKnown(next, end);
    if (known && INSTITUTION_HEADS.has(last) && known.entry.type !== 'Organization' && known.end === end) return known.end;
    // "Consumers Federation of Kenya (Cofek)": a short form in brackets defines the whole phrase as one name.
    if (known && known.entry.type !== 'Organization' && known.end === end && this.shortFormAt(known.end, name.start)) return known.end;
    if (known || this.demonymAt(next, end)) return false;
    // "League for the Defence of Human Rights", "Department of the Interior": the article after the
    // connector stays inside too (the returned end is the word after it).
    const title = matchTitle(this.words, next, end) ?? pluralTitle(this.words, next, end);
    if (title && !/[^s]s$/.test(this.words[title.end - 1]!)) return false;
    return next > k + 1 ? next : true;
  }

  /** Whether tokens start…end hold an organisation head followed by "of" or "for" ("Ministry of …"). */
  private hasHeadConnector(start: number, end: number): boolean {
    for (let j = start + 1; j < end; j++)
      if (/^(?:of|for)$/.test(this.tokens[j]!.text) && isOrganizationHead(this.tokens[j - 1]!.text)) return true;
    return false;
  }

  /** "(Cofek)", "(FKE)" at k: one capitalised word in brackets sharing the first letter of the name starting at nameStart. */
  private shortFormAt(k: number, nameStart: number): boolean {
    const short = this.tokens[k + 1]?.text ?? '';
    return this.tokens[k]?.text === '(' && this.tokens[k + 2]?.text === ')' && /^\p{Lu}[\p{L}&]{1,9}$/u.test(short) && short[0] === this.tokens[nameStart]!.text[0];
  }

  private longestKnown(start: number, end: number): { end: number; entry: KnowledgeEntry } | undefined {
    for (let e = Math.min(end, start + 8); e > start; e--) {
      const last = this.tokens[e - 1]!;
      if (NAME_CONNECTORS.has(last.lower) || isPossessive(last)) continue;
      const phrase = this.span(start, e);
      const entry = lookupName(phrase);
      if (entry && !this.unsupportedAcronym(phrase, entry)) return { end: e, entry };
    }
    return undefined;
  }

  /**
   * "AA and NHPI communities": a two-letter acronym that the gazetteer knows but flags as ambiguous
   * ('AA' for Anadolu Agency, 'PA', 'IS') names that entry only in an article that also names it in
   * full; otherwise it is an unknown acronym of this article.
   */
  private unsupportedAcronym(phrase: string, entry: KnowledgeEntry): boolean {
    // (Longer ones, 'RSF' in a story on Sudan, are left to the gazetteer: two letters spell too much by chance.)
    if (!/^[A-Z]{2}$/.test(phrase) || !isAmbiguousName(phrase)) return false;
    let named = this.namedInFull.get(entry.key);
    if (named === undefined) {
      named = [entry.name, ...entry.aliases].some((n) => n !== phrase && !isAcronym(n) && !isAmbiguousName(n) && this.text.includes(n));
      this.namedInFull.set(entry.key, named);
    }
    return !named;
  }

  private demonymAt(start: number, end: number): Piece | undefined {
    for (const len of [2, 1]) {
      if (start + len > end) continue;
      const d = lookupDemonym(this.span(start, start + len));
      if (d) return { kind: 'demonym', start, end: start + len, countryKey: d.countryKey, plural: d.plural };
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Pieces → mentions
  // -------------------------------------------------------------------------------------------

  private add(m: Omit<Mention, 'i' | 'start' | 'end' | 'text' | 'sentence'> & { sentence: number }): number {
    const first = this.tokens[m.tokenStart]!;
    const last = this.tokens[m.tokenEnd - 1]!;
    const i = this.mentions.length;
    // Every name says why it has its type: the gazetteer, or a name pattern of this module (typing.ts gives the rest).
    const evidence = m.evidence ?? (m.knowledgeId ? 'gazetteer' : m.kind === 'name' ? 'name-pattern' : undefined);
    this.mentions.push({ ...m, i, start: first.start, end: last.end, text: this.text.slice(first.start, last.end), ...(evidence ? { evidence } : {}) } as Mention);
    this.byStartToken.set(m.tokenStart, i);
    this.byEndToken.set(m.tokenEnd, i);
    this.coveredTokens.fill(1, m.tokenStart, m.tokenEnd);
    // A person nominal ("the ambassador") may still be the title of a name after it ("the ambassador, X").
    if (m.kind !== 'title' && !(m.kind === 'nominal' && m.type === 'Person')) this.namedTokens.fill(1, m.tokenStart, m.tokenEnd);
    if ((m.type === 'Person' || m.type === 'Organization') && m.kind === 'name' && m.tokenEnd - m.tokenStart > 1)
      for (const w of m.name.split(/\s+/)) {
        const word = nameWord(w);
        // ("the", "of" inside "League for the Defence of …" make no later sentence's opening word a name.)
        if (word.length > 1 && isCapitalised(w)) this.personWords.add(word);
      }
    if (m.type === 'Person' && m.kind === 'name' && m.tokenEnd - m.tokenStart > 1) this.surnames.add(nameWord(this.tokens[m.tokenEnd - 1]!.text));
    return i;
  }

  private emitRun(pieces: Piece[], s: Sentence, titleCased: boolean): void {
    // "the Oceania Rugby Under-20 Championship": a region or town inside a competition's name is a word of
    // that name, not a place the text speaks of.
    const lastPiece = pieces[pieces.length - 1];
    const eventName = pieces.length > 1 && !!lastPiece && lastPiece.kind === 'name' && EVENT_HEADS.has(this.tokens[lastPiece.end - 1]!.text);
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p]!;
      const next = pieces[p + 1];
      // "Kenya Red Cross Society", "the Turkish Red Crescent": a national society of the movement, not
      // its international committee or federation.
      if ((piece.kind === 'demonym' || (piece.kind === 'entity' && piece.entry!.type === 'Country')) && next?.kind === 'entity' && next.start === piece.end && /^Red (?:Cross|Crescent)$/.test(this.span(next.start, next.end))) {
        const society = pieces[p + 2];
        const withSociety = society?.kind === 'name' && society.start === next.end && society.end === society.start + 1 && /^Societ(?:y|ies)$/.test(this.tokens[society.start]!.text);
        const last = withSociety ? society.end : next.end;
        this.addName(piece.start, last, 'Organization', s, { name: this.span(piece.start, last) });
        p += withSociety ? 2 : 1;
        continue;
      }
      if (piece.kind === 'entity') {
        // "US Air Force", "Northamptonshire Police": a place followed by an organisation head is one organisation.
        // "New Zealand Rugby (NZR)": the same with a defined acronym after it.
        const defined = next?.kind === 'name' && this.tokens[next.end]?.text === '(' && isAcronym(this.tokens[next.end + 1]?.text ?? '') && this.tokens[next.end + 2]?.text === ')';
        // "the FIFA Council", "the Hamas Political Bureau": an organisation's named body is one organisation too.
        if (next?.kind === 'name' && next.start === piece.end && (this.endsWithOrgHead(next) || defined) && (piece.entry!.type !== 'Organization' || (!defined && next.end - next.start <= 2))) {
          this.addName(piece.start, next.end, 'Organization', s, { name: this.span(piece.start, next.end) });
          p++;
          continue;
        }
        if (eventName && piece.entry!.type === 'Location' && !piece.entry!.capital) continue;
        // "Temple Mount", "Kharg Island", "Latina Airport": a place's name and a place head word after it are one place.
        const afterNext = this.tokens[piece.end + 1];
        const modifier = !!afterNext && afterNext.text === afterNext.lower && afterNext.pos === 'NOUN';
        if (piece.entry!.kind === 'city' && !modifier && next?.kind === 'name' && next.start === piece.end && next.end - next.start === 1 && (isLocationHead(this.words[next.start]!) || FACILITY_HEADS.has(this.words[next.start]!))) {
          this.addName(piece.start, next.end, 'Location', s, { name: this.span(piece.start, next.end), evidence: `head:${this.words[next.start]}` });
          p++;
          continue;
        }
        // "a Latina", "an Aurora": a town's name after an indefinite article is a common noun.
        const following = this.tokens[piece.end];
        const modifies = !!following && following.text === following.lower && following.pos === 'NOUN';
        if (piece.entry!.kind === 'city' && !piece.entry!.capital && piece.end - piece.start === 1 && !modifies && /^(?:a|an)$/.test(this.tokens[piece.start - 1]?.lower ?? '')) continue;
        // "Sky News Arabia", "BBC Africa": a news outlet's regional service is named with its region.
        if (piece.entry!.kind === 'news' && next && next.start === piece.end && next.end - next.start === 1 && (p + 2 === pieces.length || pieces[p + 2]!.kind === 'connector') && (next.kind === 'name' || (next.kind === 'entity' && next.entry!.type !== 'Organization'))) {
          this.addName(piece.start, next.end, 'Organization', s, { name: this.span(piece.start, next.end), evidence: 'news-service' });
          p++;
          continue;
        }
        this.addEntity(piece, s);
        continue;
      }
      if (piece.kind === 'demonym') {
        // "Korean People's Army"-like names: demonym + unknown name ending in an organisation head;
        // "the Nepali Congress": demonym + a lone head word that alone names another body.
        const loneHead = next?.kind === 'entity' && next.end - next.start === 1 && next.entry!.type === 'Organization' && this.endsWithOrgHead(next);
        if ((next?.kind === 'name' || loneHead) && next!.start === piece.end && this.endsWithOrgHead(next!)) {
          this.addName(piece.start, next.end, 'Organization', s, {});
          p++;
          continue;
        }
        this.add({ kind: 'demonym', type: 'Country', sentence: s.i, tokenStart: piece.start, tokenEnd: piece.end, name: this.span(piece.start, piece.end), knowledgeId: piece.countryKey, ...(piece.plural ? { plural: true } : {}) });
        continue;
      }
      if (piece.kind === 'title') {
        // "the General Court", "the General Election Commission": after "the", a title word opening an
        // organisation's name is part of that name.
        if (next?.kind === 'name' && next.start === piece.end && this.endsWithOrgHead(next) && this.tokens[piece.start - 1]?.lower === 'the') {
          this.addName(piece.start, next.end, 'Organization', s, { name: this.span(piece.start, next.end) });
          p++;
          continue;
        }
        // A title with no name after it ("Mr President", "the President said") is a nominal.
        const after = pieces[p + 1];
        const named = after && (after.kind === 'name' || after.kind === 'honorific' || after.kind === 'title') && after.start === piece.end;
        if (!named) {
          const headWord = this.tokens[piece.end - 1]!.lower.replace(/s$/, '');
          this.add({ kind: 'title', type: 'Person', sentence: s.i, tokenStart: piece.start, tokenEnd: piece.end, name: piece.title!, role: piece.title, head: headWord });
        }
        continue;
      }
      if (piece.kind !== 'name') continue;
      // "Prime minister X said", "Foreign minister Y": a capitalised word opening a sentence that runs on
      // into a lower-case title is the title's first word, not a name.
      if (piece.start === s.tokenStart && piece.end - piece.start === 1) {
        const words = this.words.slice(piece.start, Math.min(s.tokenEnd, piece.start + 12));
        words[0] = words[0]!.toLowerCase();
        const title = matchTitle(words, 0);
        if (title && title.end > 1) continue;
      }
      // "Podcaster Lee Adams", "Democrat Okafor": the name starts after its descriptor.
      const trim = piece.shapeType ? 0 : leadingDescriptor(this.words.slice(piece.start, piece.end));
      if (trim) {
        pieces[p] = { ...piece, start: piece.start + trim };
        pieces.splice(p, 0, { kind: 'connector', start: piece.start, end: piece.start + trim });
        continue;
      }
      const prev = pieces[p - 1];
      const honorific = prev?.kind === 'honorific' && prev.end === piece.start ? prev : undefined;
      // "Deputy Emergency Situations Minister X": words between two titles are a portfolio, not a name.
      if (prev?.kind === 'title' && prev.end === piece.start && next?.kind === 'title' && next.start === piece.end && !givenNameAt(this.words.slice(piece.start, piece.end)) && !isAcronym(this.words[piece.start]!)) continue;
      const afterTitle = prev?.kind === 'title' && prev.end === piece.start;
      const startToken = honorific ? honorific.start : piece.start;
      if (piece.shapeType) {
        this.addName(piece.start, piece.end, piece.shapeType, s, {});
        continue;
      }
      const type = this.typeOfName(piece, { honorific: !!honorific, afterTitle, titleCased });
      if (!type) continue;
      const extra: Partial<Mention> = {};
      if (honorific) {
        extra.honorific = this.tokens[honorific.start]!.text;
        const g = HONORIFIC_GENDER[honorificKey(extra.honorific)];
        if (g) extra.gender = g;
      }
      this.addName(startToken, piece.end, type.type, s, { ...extra, name: this.span(piece.start, piece.end), evidence: type.evidence, ...(type.tentative ? { tentative: true } : {}) });
    }
  }

  private endsWithOrgHead(piece: Piece): boolean {
    return isOrganizationHead(this.tokens[piece.end - 1]!.text);
  }

  private addEntity(piece: Piece, s: Sentence): number {
    const entry = piece.entry!;
    const next = this.tokens[piece.end];
    // "the Baltic states", "the Gulf states": a known name written with a lower-case last word.
    if (next && piece.end < s.tokenEnd && next.text === next.lower && /^\p{L}+$/u.test(next.text)) {
      const longer = lookupName(this.span(piece.start, piece.end + 1));
      if (longer && longer.key !== entry.key)
        return this.add({ kind: 'name', type: longer.type, sentence: s.i, tokenStart: piece.start, tokenEnd: piece.end + 1, name: longer.name, knowledgeId: longer.key });
    }
    // "Northamptonshire police", "the Lagos police": a place's police force is an organisation.
    if (next && piece.end < s.tokenEnd && next.text === 'police' && (entry.type === 'Location' || entry.type === 'Country'))
      return this.add({ kind: 'name', type: 'Organization', sentence: s.i, tokenStart: piece.start, tokenEnd: piece.end + 1, name: this.span(piece.start, piece.end + 1) });
    // "New York Governor X", "Washington State Senator Y": a state office names the state, not its city.
    if (entry.kind === 'city' && next && STATE_OFFICE_WORDS.has(next.text)) {
      const region = lookupAll(this.span(piece.start, piece.end)).find((e) => e.kind === 'admin-region' && e.countryKey === entry.countryKey);
      if (region) return this.add({ kind: 'name', type: region.type, sentence: s.i, tokenStart: piece.start, tokenEnd: piece.end, name: region.name, knowledgeId: region.key });
    }
    // "the Sinai peninsula", "the Donbas region": a lower-case head belongs to the known place's mention.
    const end = entry.type === 'Location' && next && piece.end < s.tokenEnd && next.text === next.lower && next.pos === 'NOUN' && isLocationHead(next.text) ? piece.end + 1 : piece.end;
    return this.add({ kind: 'name', type: entry.type, sentence: s.i, tokenStart: piece.start, tokenEnd: end, name: entry.name, knowledgeId: entry.key });
  }

  private addName(start: number, end: number, type: EntityType, s: Sentence, extra: Partial<Mention>): number {
    // A lower-case place or organisation head right after the name belongs to it ("Donbass region", "Yonhap news agency").
    let last = end;
    const t1 = this.tokens[end];
    const t2 = this.tokens[end + 1];
    if (t1 && end < s.tokenEnd && t1.text === t1.lower) {
      if (type !== 'Person' && isLocationHead(t1.text) && t1.pos === 'NOUN') {
        last = end + 1;
        type = 'Location';
      } else if (t1.lower === 'news' && t2?.lower === 'agency') {
        last = end + 2;
        type = 'Organization';
      } else if (type !== 'Person' && LOWERCASE_ORG_HEADS.has(t1.lower) && t1.pos === 'NOUN' && !lookupName(this.span(start, end))) {
        last = end + 1;
        type = 'Organization';
      }
      if (last > end) extra = { ...extra, evidence: `head:${t1.lower}` };
    }
    const name = last > end ? this.span(extra.honorific ? start + 1 : start, last) : (extra.name ?? this.span(start, end));
    // "the Crimean peninsula", "the Donbas region": the known region the adjective or name stands for.
    if (type === 'Location' && last > end && !extra.knowledgeId) {
      const region = knownRegion(this.span(start, end));
      if (region) return this.add({ kind: 'name', type, sentence: s.i, tokenStart: start, tokenEnd: last, ...extra, name: region.name, knowledgeId: region.key });
    }
    return this.add({ kind: 'name', type, sentence: s.i, tokenStart: start, tokenEnd: last, ...extra, name });
  }

  /** The type of an unknown name and its evidence (src/extract/typing.ts), or undefined when it is no name worth keeping. */
  private typeOfName(piece: Piece, ctx: { honorific: boolean; afterTitle: boolean; titleCased: boolean }): NameTyping | undefined {
    const one = piece.end - piece.start === 1;
    // "the islands of Efate and Malekula": a name coordinated with one introduced so is a place too.
    const describedConjunct = piece.end - piece.start <= 3 && ((place) => !!place && place.type === 'Location' && this.afterPlaceDescriptor(place.tokenStart) && /s$/.test(this.tokens[place.tokenStart - 2]!.lower))(this.conjunctBefore(piece.start));
    // "in Khovd and Darkhan": a word coordinated with a place named after a locative preposition is a place too.
    const place = one ? this.conjunctBefore(piece.start) : undefined;
    const placeConjunct = !!place && (place.type === 'Location' || place.type === 'Country') && LOCATIVE_PREPOSITIONS.has(this.tokens[place.tokenStart - 1]?.lower ?? '');
    // "… of Kenya (Cofek)": the bracketed short form of an organisation named right before it.
    const defined = this.byEndToken.get(piece.start - 1);
    const shortFormOfOrganization = one && defined !== undefined && this.mentions[defined]!.type === 'Organization' && this.shortFormAt(piece.start - 1, this.mentions[defined]!.tokenStart);
    return typeOfUnknownName({
      tokens: this.tokens,
      start: piece.start,
      end: piece.end,
      ...ctx,
      placeDescribed: this.afterPlaceDescriptor(piece.start) || describedConjunct,
      placeConjunct,
      shortFormOfOrganization,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Pronouns and nominals
  // -------------------------------------------------------------------------------------------

  private pronounsAndNominals(s: Sentence): void {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = this.tokens[k]!;
      if (this.covered(k)) continue;
      if (t.pos === 'PRON' || t.pos === 'DET') {
        const w = t.lower;
        if (MALE_PRONOUNS.has(w) || FEMALE_PRONOUNS.has(w)) {
          this.add({ kind: 'pronoun', type: 'Person', sentence: s.i, tokenStart: k, tokenEnd: k + 1, name: t.text, gender: MALE_PRONOUNS.has(w) ? 'm' : 'f' });
          continue;
        }
        // "the AFC, whose president, X,": a relative possessor qualifying a title.
        if (w === 'whose' && this.titleFollows(k + 1, s)) {
          this.add({ kind: 'pronoun', type: 'Organization', sentence: s.i, tokenStart: k, tokenEnd: k + 1, name: t.text, tentative: true });
          continue;
        }
        if (NEUTER_PRONOUNS.has(w) && w !== 'itself') {
          if (w === 'it' && this.pleonasticIt(k)) continue;
          this.add({ kind: 'pronoun', type: 'Organization', sentence: s.i, tokenStart: k, tokenEnd: k + 1, name: t.text, tentative: true });
          continue;
        }
        if (PLURAL_PRONOUNS.has(w) && w !== 'themselves') {
          this.add({ kind: 'pronoun', type: 'Person', sentence: s.i, tokenStart: k, tokenEnd: k + 1, name: t.text, plural: true, tentative: true });
          continue;
        }
      }
      // "federation president X", "party leader Y": a bare organisation noun qualifying a title before a
      // name refers back to that organisation.
      if (ORGANIZATION_NOMINALS.has(t.text) && t.pos === 'NOUN' && this.tokens[k - 1]?.pos !== 'DET' && this.titleBeforeName(k + 1, s)) {
        this.add({ kind: 'nominal', type: 'Organization', sentence: s.i, tokenStart: k, tokenEnd: k + 1, name: t.text, head: t.lower, tentative: true });
        continue;
      }
      // "The three met in Cairo", "the two agreed": a bare number as subject is the people named before.
      if (t.lower === 'the' && GROUP_NUMBER_WORDS.has(this.tokens[k + 1]?.lower ?? '') && /^(?:VERB|AUX)$/.test(this.tokens[k + 2]?.pos ?? '') && !this.covered(k + 1)) {
        const number = this.tokens[k + 1]!;
        this.add({ kind: 'nominal', type: 'Person', sentence: s.i, tokenStart: k + 1, tokenEnd: k + 2, name: number.text, head: 'leader', plural: true, count: GROUP_NUMBER_WORDS.get(number.lower)! });
        continue;
      }
      // "the two ministers", "both leaders": a group of people named before.
      // (A text may end on "the": there is no next token then.)
      const next = this.tokens[k + 1];
      const count = next && /^(?:the|both)$/.test(t.lower) ? groupCount(next, this.tokens[k + 2], t.lower === 'both') : undefined;
      if (count) {
        const h = t.lower === 'both' ? k + 1 : k + 2;
        const head = this.tokens[h]!;
        if (head && head.text === head.lower && !this.covered(h) && (matchTitle([head.lower.replace(/s$/, '')], 0) || PEOPLE_NOUNS.has(head.lower))) {
          this.add({ kind: 'nominal', type: 'Person', sentence: s.i, tokenStart: h, tokenEnd: h + 1, name: head.text, head: head.lower.replace(/s$/, ''), plural: true, count });
          continue;
        }
        // "both governments", "the two countries": a group of countries named before.
        const singular = head?.lower.replace(/(?:ies|s)$/, (x) => (x === 'ies' ? 'y' : ''));
        if (head && singular && head.text === head.lower && !this.covered(h) && (COUNTRY_NOMINALS.has(singular) || GOVERNMENT_NOMINALS.has(singular))) {
          this.add({ kind: 'nominal', type: 'Country', sentence: s.i, tokenStart: h, tokenEnd: h + 1, name: head.text, head: singular, plural: true, count });
          continue;
        }
      }
      // "the embassy", "the country's military", "the commissioner", "the delegation"
      if ((t.lower === 'the' || t.lower === 'this' || t.lower === 'that') && k + 1 < s.tokenEnd) {
        let h = k + 1;
        // "the Indonesian minister": a demonym qualifying the nominal (coreference uses it).
        if (lookupDemonym(this.tokens[h]!.text) && this.tokens[h + 1]?.text === this.tokens[h + 1]?.lower && this.tokens[h + 1]?.pos === 'NOUN') h++;
        while (h < s.tokenEnd - 1 && this.nominalModifier(h)) h++;
        const head = this.tokens[h]!;
        if (head.text !== head.lower || this.covered(h)) continue;
        // "the Kenyan government" acts through its demonym; "the government in Tripoli" through its place.
        if (GOVERNMENT_NOMINALS.has(head.lower) && (this.covered(h - 1) || (/^(?:of|in)$/.test(this.tokens[h + 1]?.lower ?? '') && isCapitalised(this.tokens[h + 2]?.text ?? '')))) continue;
        const type = nominalType(head.lower, [this.tokens[h - 1]!.lower, head.lower]);
        if (!type) continue;
        this.add({ kind: 'nominal', type, sentence: s.i, tokenStart: h, tokenEnd: h + 1, name: head.text, head: head.lower, tentative: true, ...(GROUP_NOUNS.has(head.lower) ? { plural: true } : {}) });
      }
    }
  }

  /**
   * A lower-case word modifying the noun after it: "the regional government", "the internationally
   * recognised government" (an -ly adverb, then an adjective or participle).
   */
  private nominalModifier(h: number): boolean {
    const t = this.tokens[h]!;
    const next = this.tokens[h + 1]!;
    if (next.text !== next.lower) return false;
    if (t.pos === 'ADV') return /ly$/.test(t.lower) && (next.pos === 'ADJ' || next.pos === 'VERB');
    if (t.pos === 'VERB') return /(?:ed|en)$/.test(t.lower) && next.pos === 'NOUN' && this.tokens[h - 1]!.pos === 'ADV';
    return (t.pos === 'ADJ' || t.pos === 'NOUN') && next.pos === 'NOUN';
  }

  /** A title at k directly followed by a capitalised word (a name): "president X", "chief executive Y". */
  private titleBeforeName(k: number, s: Sentence): boolean {
    const title = matchTitle(this.words, k);
    return !!title && title.end < s.tokenEnd && isCapitalised(this.tokens[title.end]!.text);
  }

  private placeStartsAt(k: number): boolean {
    const m = this.byStartToken.get(k);
    return m !== undefined && (this.mentions[m]!.type === 'Location' || this.mentions[m]!.type === 'Country');
  }

  /** A title at k, after at most two lower-case portfolio words ("whose foreign minister", "whose chief executive"). */
  private titleFollows(k: number, s: Sentence): boolean {
    for (let j = k; j < Math.min(s.tokenEnd, k + 3); j++) {
      if (matchTitle(this.words, j)) return true;
      if (this.tokens[j]!.text !== this.tokens[j]!.lower) return false;
    }
    return false;
  }

  private covered(k: number): boolean {
    return this.coveredTokens[k] === 1;
  }

  /** "it is", "it was reported", "it has been": no referent. */
  private pleonasticIt(k: number): boolean {
    const next = this.tokens[k + 1];
    const after = this.tokens[k + 2];
    if (!next) return false;
    if (['is', 'was', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'takes', 'took'].includes(next.lower))
      return !after || ['not', 'unclear', 'clear', 'likely', 'unlikely', 'possible', 'impossible', 'time', 'a', 'the', 'important', 'necessary', 'hard', 'difficult', 'understood', 'expected', 'reported', 'believed', 'thought', 'said', 'feared', 'estimated'].includes(after.lower) || after.pos === 'ADJ';
    return false;
  }

  // -------------------------------------------------------------------------------------------
  // Roles: "United States Secretary of State Antony Blinken", "Niger's president Mahamadou Issoufou",
  // "Presidents A of Nigeria and B of Benin", "AU chairperson President X of Egypt".
  // -------------------------------------------------------------------------------------------

  private roleChains(s: Sentence): void {
    const persons = this.current().filter((m) => m.type === 'Person' && m.kind === 'name');
    for (const person of persons) {
      // "- Ana Ruiz, Executive Director, Karamah": in a list of people, what follows a person's title is their employer.
      if (this.listedEmployer(person, s)) {
        // ("Medtronic Sanjay Mehrotra": a given name inside says the next person follows; left as it is.)
        const innerGiven = this.tokens.slice(person.tokenStart + 1, person.tokenEnd - 1).some((t) => isFirstName(t.text));
        if (person.tokenEnd - person.tokenStart === 1 || (person.tentative && !innerGiven)) this.employerNotPerson(person);
        // (A person there is the next one listed: the title before the comma is the first one's.)
        continue;
      }
      const chain = this.titlesBefore(person.tokenStart, s);
      // A plural title shared by a coordination: "Presidents A of X and B of Y".
      if (!chain.titles.length) {
        const shared = this.sharedPluralTitle(person, s);
        if (shared) chain.titles.push(shared);
      }
      if (!chain.titles.length) continue;
      let ofRight = this.ofComplement(person.tokenEnd, s);
      // "Governor X of Connecticut": a place closes only a local office's title.
      const lastTitle = chain.titles[chain.titles.length - 1]!;
      if (ofRight && this.mentions[ofRight.mention]!.type === 'Location' && !this.localOffice(this.mentions[ofRight.mention]!, lastTitle.role)) ofRight = undefined;
      // "ROK President X and First Lady Y": a spouse's title named with the leader is the leader's country's.
      const spouse = chain.titles.length === 1 && SPOUSE_TITLES.test(lastTitle.role) && lastTitle.of === undefined && !ofRight ? this.leaderBefore(lastTitle.phraseStart) : undefined;
      if (spouse !== undefined) lastTitle.of = spouse;
      chain.titles.forEach((title, n) => {
        const isLast = n === chain.titles.length - 1;
        const of = title.of ?? (isLast ? ofRight?.mention : undefined);
        const start = Math.min(title.phraseStart, person.tokenStart);
        const end = isLast && of !== undefined && ofRight ? ofRight.end : person.tokenEnd;
        this.roles.push({
          person: person.i,
          role: title.role,
          ...(of !== undefined ? { of } : {}),
          start: this.tokens[start]!.start,
          end: this.tokens[end - 1]!.end,
        });
      });
      if (!person.role) person.role = chain.titles[chain.titles.length - 1]!.role;
    }
  }

  /**
   * "his Kyrgyz and Tajik counterparts, A and B": the coordinated qualifiers go to the coordinated
   * names in order (A is Kyrgyz, B Tajik), not both to the nearer one.
   */
  private distributeCoordinatedQualifiers(s: Sentence): void {
    const sentenceRoles = this.roles.filter((r) => this.mentions[r.person]!.sentence === s.i);
    for (const first of sentenceRoles) {
      if (first.of === undefined) continue;
      const second = this.mentions[first.of]!;
      if (second.kind !== 'demonym' || this.tokens[second.tokenStart - 1]?.lower !== 'and') continue;
      const firstQualifier = this.byEndToken.get(second.tokenStart - 1);
      if (firstQualifier === undefined || this.mentions[firstQualifier]!.kind !== 'demonym') continue;
      const person = this.mentions[first.person]!;
      if (this.tokens[person.tokenEnd]?.lower !== 'and') continue;
      const next = this.byStartToken.get(person.tokenEnd + 1);
      const other = sentenceRoles.find((r) => r.person === next && r.of === undefined);
      if (!other) continue;
      first.of = firstQualifier;
      other.of = second.i;
    }
  }

  /**
   * Titles right before a name, walking left: each title may be preceded by a qualifier (a country,
   * organisation, demonym, or "X's") and by lower-case portfolio words ("trade and industry").
   */
  private titlesBefore(nameStart: number, s: Sentence): { titles: { role: string; of?: number; phraseStart: number }[] } {
    const titles: { role: string; of?: number; phraseStart: number }[] = [];
    let k = nameStart;
    // Skip an honorific and a rank right before the name.
    // ("First Lady X", "Crown Prince Y": "Lady" and "Prince" are honorifics, and also end a title, which
    // wins; after a whole title they are the honorific: "Defence Minister Prince Z".)
    if (k - 1 >= s.tokenStart && isHonorific(this.tokens[k - 1]!.text) && !(this.honorificEndsTitle(k, s))) k--;
    if (this.tokens[k - 1]?.text === ',' && k - 1 > s.tokenStart) k--; // "Kenya's foreign minister, John Doe"
    for (let guard = 0; guard < 4; guard++) {
      const found = this.titleEndingAt(k, s);
      if (!found) break;
      let q = found.start;
      // Skip "former", "then", "acting" and portfolio words: lower-case nouns/adjectives and "and".
      let portfolioStart = q;
      while (q - 1 >= s.tokenStart) {
        const t = this.tokens[q - 1]!;
        if (t.text !== t.lower || this.byEndToken.has(q) || this.titleEndingAt(q, s)) break;
        if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.lower === 'and') && portfolioStart - q < 4 && !/^(?:the|a|an)$/.test(t.lower)) {
          q--;
          portfolioStart = q;
          continue;
        }
        break;
      }
      while (portfolioStart < found.start && this.tokens[portfolioStart]!.lower === 'and') portfolioStart++;
      // Portfolio words only stand between a qualifier and its title ("AU trade and industry commissioner");
      // without one they are something else ("after meeting Prime Minister X").
      if (portfolioStart < found.start) {
        const before = portfolioStart - (isPossessive(this.tokens[portfolioStart - 1]) ? 1 : 0);
        if (!this.byEndToken.has(before)) portfolioStart = found.start;
      }
      let role = this.span(portfolioStart, found.end);
      role = role.replace(/^(?:former|then|then-|acting|outgoing|incoming)\s+/i, (m) => (/acting/i.test(m) ? m : ''));
      // Qualifier: a mention ending right there, possibly with a possessive.
      let qEnd = portfolioStart;
      while (qEnd - 1 >= s.tokenStart && /^(?:former|then|then-)$/i.test(this.tokens[qEnd - 1]!.text)) qEnd--;
      let of: number | undefined;
      let phraseStart = portfolioStart;
      const possessive = isPossessive(this.tokens[qEnd - 1], this.tokens[qEnd - 2]);
      const qualifierEnd = possessive ? qEnd - 1 : qEnd;
      const qualifier = this.byEndToken.get(qualifierEnd);
      if (qualifier !== undefined) {
        const m = this.mentions[qualifier]!;
        // "World Rugby chairman X", "Lakeshore chief executive Y": an unknown name right before a
        // title is the employer, not a person.
        const commonWord = m.tokenEnd - m.tokenStart === 1 && (isOrganizationHead(m.text) || COMMON_QUALIFIERS.has(m.text.toLowerCase()));
        // "former Kessler adviser X", "longtime Dorsey aide Y": a surname (met before, or before a title
        // of someone's own staff) names the person served, who employs no one: no role at all.
        const served = m.sentence === s.i && m.type === 'Person' && m.kind === 'name' && m.tentative && !possessive && m.tokenEnd - m.tokenStart === 1 && !commonWord &&
          (this.surnames.has(nameWord(m.text)) || PERSONAL_STAFF.test(this.tokens[found.end - 1]!.text));
        if (served) {
          delete m.tentative;
          m.evidence = 'served';
          break;
        }
        if (m.type === 'Person' && m.kind === 'name' && m.tentative && !possessive && !m.honorific && !commonWord && !NAME_CONNECTORS.has(this.tokens[m.tokenStart - 1]?.text ?? '')) {
          m.type = 'Organization';
          m.evidence = 'employer';
          delete m.tentative;
        }
        if (m.type !== 'Person' || m.kind === 'pronoun' || m.kind === 'nominal') {
          if (this.localOffice(m, role)) {
            // "Sindh Chief Minister X", "Karachi mayor Y": the province or city is where the office is held.
            of = qualifier;
            phraseStart = m.tokenStart;
          } else if (m.type === 'Location' && !possessive && !m.knowledgeId) {
            // "Indo-Pacific Coordinator": a region inside the title; look further left for the organisation.
            role = `${m.text} ${role}`;
            const further = this.byEndToken.get(m.tokenStart);
            if (further !== undefined && this.mentions[further]!.type !== 'Person') {
              of = further;
              phraseStart = this.mentions[further]!.tokenStart;
            } else phraseStart = m.tokenStart;
          } else if (m.type === 'Location' && m.knowledgeId && !possessive && m.kind !== 'nominal') {
            // "Asia envoy", "NSC Indo-Pacific Coordinator": a region names the portfolio; the employer
            // may stand before it.
            role = `${m.text} ${role}`;
            phraseStart = m.tokenStart;
            const further = this.byEndToken.get(m.tokenStart);
            if (further !== undefined && (this.mentions[further]!.type === 'Organization' || this.mentions[further]!.type === 'Country')) {
              of = further;
              phraseStart = this.mentions[further]!.tokenStart;
            }
          } else if (PARTY_ADJECTIVES.has(m.text) && !PARTY_ROLE.test(role)) {
            // "Republican President X", "Conservative MP Y": the party word says whose member the holder is;
            // the office is the state's, not the party's ("Labour leader Z" is the party's).
            phraseStart = m.tokenStart;
          } else {
            of = qualifier;
            phraseStart = m.tokenStart;
          }
        }
      }
      // "The head of the Kenya Ports Authority, X": the employer named inside the title phrase.
      if (of === undefined) of = this.employerInTitle(found);
      // "Deputy Commander INDOPACOM Lieutenant General X": an organisation right after a title is its employer.
      const between = this.byStartToken.get(found.end);
      if (of === undefined && between !== undefined && this.mentions[between]!.type === 'Organization' && this.mentions[between]!.tokenEnd < nameStart + 1)
        of = between;
      titles.unshift({ role: cleanRole(role), ...(of !== undefined ? { of } : {}), phraseStart });
      k = phraseStart;
      if (of !== undefined && this.mentions[of]!.tokenEnd <= found.start) {
        // continue past the qualifier: "AU chairperson President X" → the qualifier might itself follow another title
        k = this.mentions[of]!.tokenStart;
      }
    }
    return { titles };
  }

  /** The qualifier of the role of the person named right before "and" at k-1 ("ROK President X and"). */
  private leaderBefore(k: number): number | undefined {
    if (this.tokens[k - 1]?.lower !== 'and') return undefined;
    const leader = this.byEndToken.get(k - 1);
    if (leader === undefined || this.mentions[leader]!.type !== 'Person') return undefined;
    const role = this.roles.find((r) => r.person === leader && r.of !== undefined && this.mentions[r.of]!.type === 'Country');
    return role?.of;
  }

  /** Whether the honorific right before k is the last word of a title ("First Lady", "Crown Prince"). */
  private honorificEndsTitle(k: number, s: Sentence): boolean {
    const title = this.titleSpanEndingAt(k, s);
    return !!title && title.start < k - 1 && !this.titleSpanEndingAt(k - 1, s);
  }

  /** A title ending exactly at token k (any case), as long as possible. */
  private titleEndingAt(k: number, s: Sentence): { start: number; end: number } | undefined {
    const direct = this.titleSpanEndingAt(k, s);
    if (direct) {
      // "Counselor to the President X": the President is whom X counsels, a part of X's title.
      const to = this.tokens[direct.start - 1]?.lower === 'the' ? direct.start - 2 : direct.start - 1;
      const served = this.tokens[to]?.lower === 'to' && to > s.tokenStart ? this.titleSpanEndingAt(to, s) : undefined;
      return served ? { start: served.start, end: direct.end } : direct;
    }
    const org = this.byEndToken.get(k);
    if (org !== undefined && this.mentions[org]!.type === 'Organization') {
      // Skip an organisation between a title and the name ("Deputy Commander INDOPACOM Lieutenant General")
      const before = this.mentions[org]!.tokenStart;
      const title = this.titleSpanEndingAt(before, s);
      if (title) return title;
    }
    // "Assistant Secretary of State for East Asian and Pacific Affairs X": a title with its portfolio.
    for (let j = k - 1; j > Math.max(s.tokenStart, k - 10); j--) {
      const t = this.tokens[j]!;
      // "Secretary of Commerce Ana Ruiz and Council Director X": a title never runs over another
      // person's name; what stands before that name is that person's title.
      const ended = this.byEndToken.get(j + 1);
      // (A guess is no name: "Telvora" in "The chairman of Telvora, X", "Substance Use" in a portfolio.)
      // "Director of the Policy Council and X": a title before "and" is someone else's (the one listed before).
      const startsName = this.byStartToken.get(k);
      if (j === k - 1 && t.lower === 'and' && startsName !== undefined && this.mentions[startsName]!.type === 'Person' && this.mentions[startsName]!.kind === 'name') return undefined;
      const named = ended !== undefined ? this.mentions[ended]! : undefined;
      if (named && named.type === 'Person' && named.kind === 'name' && (!named.tentative || (named.tokenEnd - named.tokenStart > 1 && isFirstName(this.tokens[named.tokenStart]!.text)))) break;
      // "ambassador in Manila": a posting's place, like "ambassador to Japan".
      const posting = t.lower === 'in' && this.placeStartsAt(j + 1);
      if (t.lower === 'for' || t.lower === 'of' || t.lower === 'to' || posting) {
        // "Chief Executive Officer of Maple Rail": right before the name, "of" makes it the employer.
        if (j === k - 1) return undefined;
        const title = this.titleSpanEndingAt(j, s);
        if (title) return { start: title.start, end: k };
        continue;
      }
      // "general manager of community rugby X": a few lower-case portfolio words.
      if (!isCapitalised(t.text) && !NAME_CONNECTORS.has(t.lower) && !((t.pos === 'NOUN' || t.pos === 'ADJ') && k - j <= 3)) break;
    }
    return undefined;
  }

  /**
   * The longest title ending exactly at k whose first word is not inside a name ("Bank president"
   * is no title when "Bank" ends "African Export–Import Bank"). A lower-case title followed by a
   * capitalised one is two titles ("AU chairperson President X"): only the second is returned.
   */
  private titleSpanEndingAt(k: number, s: Sentence): { start: number; end: number } | undefined {
    for (let start = Math.max(s.tokenStart, k - 8); start < k; start++) {
      if (this.namedTokens[start]) continue;
      const words = this.words.slice(start, k);
      const m = matchTitle(words, 0) ?? pluralTitle(words, 0);
      if (!m || m.end !== words.length) continue;
      for (let p = start + 1; p < k; p++) {
        const left = this.tokens[p - 1]!;
        const right = this.tokens[p]!;
        if (left.text !== left.lower || !isCapitalised(right.text)) continue;
        const l = matchTitle(this.words.slice(start, p), 0);
        const r = matchTitle(this.words.slice(p, k), 0);
        if (l && l.end === p - start && r && r.end === k - p) return { start: p, end: k };
      }
      return { start, end: k };
    }
    return undefined;
  }

  /** "B of Benin" after "Presidents A of Nigeria and": the plural title distributes over the coordination. */
  private sharedPluralTitle(person: Mention, s: Sentence): { role: string; phraseStart: number } | undefined {
    let k = person.tokenStart - 1;
    if (this.tokens[k]?.lower !== 'and' && this.tokens[k]?.text !== ',') return undefined;
    // Walk back over "A of X and" to the title.
    for (let guard = 0; guard < 12 && k > s.tokenStart; guard++) {
      k--;
      const t = this.tokens[k]!;
      for (let start = Math.max(s.tokenStart, k - 4); start <= k; start++) {
        const m = matchTitle(this.words, start, k + 1) ?? pluralTitle(this.words, start, k + 1);
        if (m && m.end === k + 1 && /s$/i.test(t.text)) return { role: singular(this.span(start, k + 1)), phraseStart: start };
      }
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '.' || t.text === ';') return undefined;
    }
    return undefined;
  }

  /**
   * "Name, Title, X": a name after a title and a comma, where the title itself follows a person's name
   * and a comma, is the place of work of the person listed first (a readout's list of participants).
   * A lone word there is no person unless it has a given name or an honorific.
   */
  private listedEmployer(m: Mention, s: Sentence): boolean {
    if (this.tokens[m.tokenStart - 1]?.text !== ',' || m.honorific) return false;
    if (m.tokenEnd - m.tokenStart === 1 && isFirstName(this.tokens[m.tokenStart]!.text)) return false;
    const title = this.titleEndingAt(m.tokenStart - 1, s);
    if (!title || this.tokens[title.start - 1]?.text !== ',') return false;
    const before = this.byEndToken.get(title.start - 1);
    return before !== undefined && this.mentions[before]!.type === 'Person' && this.mentions[before]!.kind === 'name';
  }

  /** A guessed person named as an employer ("chief executive of Maple Rail") is an organisation. */
  private employerNotPerson(m: Mention): void {
    if (m.type === 'Person' && m.kind === 'name' && m.tentative && !m.honorific && !m.role) {
      m.type = 'Organization';
      m.evidence = 'employer';
      delete m.tentative;
    }
  }

  /** "of Nigeria" / "of the African Union" right after a name. */
  private ofComplement(k: number, s: Sentence): { mention: number; end: number } | undefined {
    if (this.tokens[k]?.lower !== 'of' || k + 1 >= s.tokenEnd) return undefined;
    const j = this.tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const m = this.byStartToken.get(j);
    if (m === undefined) return undefined;
    const mention = this.mentions[m]!;
    this.employerNotPerson(mention);
    if (mention.type !== 'Country' && mention.type !== 'Organization' && mention.type !== 'Location') return undefined;
    return { mention: m, end: mention.tokenEnd };
  }

  /** "X, the defence minister of Y," / "X, Y's foreign minister," / "X, a spokesman for Y". */
  private appositions(s: Sentence): void {
    for (const person of this.current().filter((m) => m.type === 'Person' && m.kind === 'name')) {
      let k = person.tokenEnd;
      // "X, 46, a former mayor of Y": an age between the name and its apposition.
      if (this.tokens[k]?.text === ',' && /^\d{1,3}$/.test(this.tokens[k + 1]?.text ?? '') && this.tokens[k + 2]?.text === ',') k += 2;
      // "X was appointed foreign minister of Angola", "X, who was elected president of Y,"
      const appointed = this.appointmentAfter(k, s);
      if (appointed) k = appointed - 1;
      // "X, the defence minister of Y," or "X is the country's transport minister".
      const isCopula = (t: Token | undefined) => /^(?:is|was|became|becomes|remains|remained)$/.test(t?.lower ?? '');
      const copula = !!appointed || isCopula(this.tokens[k]);
      if ((this.tokens[k]?.text !== ',' && !copula) || k + 1 >= s.tokenEnd) continue;
      k++;
      // "Her brother, X, is the country's transport minister": the copula after X's own apposition.
      if (!copula && isCopula(this.tokens[k]) && k + 1 < s.tokenEnd) k++;
      if (/^(?:now|also|currently|still)$/.test(this.tokens[k]!.lower)) k++;
      if (/^(?:the|a|an)$/.test(this.tokens[k]!.lower)) k++;
      let of: number | undefined;
      const q = this.byStartToken.get(k);
      if (q !== undefined && this.mentions[q]!.type !== 'Person' && isPossessive(this.tokens[this.mentions[q]!.tokenEnd])) {
        of = q;
        k = this.mentions[q]!.tokenEnd + 1;
      }
      // Title, possibly after a few lower-case modifiers.
      const words = this.words;
      let found: { start: number; end: number } | undefined;
      for (let start = k; start < Math.min(s.tokenEnd, k + 4) && !found; start++) {
        const m = matchTitle(words, start);
        if (m && m.end <= s.tokenEnd) found = { start, end: m.end };
        const t = this.tokens[start]!;
        if (!(t.pos === 'ADJ' || t.pos === 'NOUN') || t.text !== t.lower) break;
      }
      if (!found) continue;
      found = this.trimTitleAtName(found);
      // "President and Chief Executive Officer of Maple Rail": two titles share the employer.
      if (this.tokens[found.end]?.lower === 'and') {
        const second = matchTitle(words, found.end + 1);
        if (second && second.end <= s.tokenEnd) found = { start: found.start, end: second.end };
      }
      // "X, Senator Y said", "X, Assistant Secretary for Asian Affairs Y", "X, Senior Advisor and Director of
      // the Office of Public Engagement Y": a title before another name (after its portfolio or employer) is
      // that name's, not an apposition of X.
      if (this.titleOfNextName(found.end, s)) continue;
      let end = found.end;
      if (of === undefined && /^(?:of|for|at)$/.test(this.tokens[end]?.lower ?? '')) {
        const j = this.tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
        const m = this.byStartToken.get(j);
        if (m !== undefined) this.employerNotPerson(this.mentions[m]!);
        // "X, a former mayor of Karachi": a local office names its place.
        const local = m !== undefined && this.localOffice(this.mentions[m]!, this.span(found.start, found.end));
        if (m !== undefined && (this.mentions[m]!.type === 'Country' || this.mentions[m]!.type === 'Organization' || local)) {
          of = m;
          end = this.mentions[m]!.tokenEnd;
        }
      }
      const role = cleanRole(this.span(k, found.end));
      this.roles.push({ person: person.i, role, ...(of !== undefined ? { of } : {}), start: person.start, end: this.tokens[end - 1]!.end });
      if (!person.role) person.role = role;
    }
  }

  /** A local government title ("governor", "mayor", "chief minister") held in a known place inside one country. */
  private localOffice(place: Mention, role: string): boolean {
    const head = role.toLowerCase().split(/\s+/).pop() ?? '';
    const entry = place.type === 'Location' && place.knowledgeId ? entryByKey(place.knowledgeId) : undefined;
    if (!entry?.countryKey) return false;
    // "Vermont Representative X", "Ohio State Senate Minority Whip Y": a state's legislators.
    const state = entry.kind === 'admin-region' || entry.kind === 'region';
    // "North Carolina State Senator X": a title that says "State" is the state's whatever its head.
    return LOCAL_TITLE_HEADS.has(head) || (state && (STATE_LEGISLATOR_HEADS.has(head) || /^state\s/i.test(role.trim())));
  }

  /** An organisation or country after "of"/"for" that closes a title phrase ("head of the Kenya Ports Authority"). */
  private employerInTitle(found: { start: number; end: number }): number | undefined {
    for (let j = found.start + 1; j < found.end - 1; j++) {
      if (!/^(?:of|for)$/.test(this.tokens[j]!.lower)) continue;
      const m = this.byStartToken.get(this.tokens[j + 1]!.lower === 'the' ? j + 2 : j + 1);
      if (m === undefined || this.mentions[m]!.tokenEnd !== found.end) continue;
      this.employerNotPerson(this.mentions[m]!);
      const type = this.mentions[m]!.type;
      if (type === 'Organization' || type === 'Country') return m;
    }
    return undefined;
  }

  /**
   * "the chairman of the National Disaster Management Authority": a complement word that opens a
   * name ("National") belongs to the name, which is then the employer after "of".
   */
  private trimTitleAtName(found: { start: number; end: number }): { start: number; end: number } {
    for (let p = found.start + 1; p < found.end; p++) {
      const m = this.byStartToken.get(p);
      if (m === undefined || this.mentions[m]!.tokenEnd <= found.end) continue;
      let end = p;
      while (end > found.start + 1 && /^(?:the|of|for)$/.test(this.tokens[end - 1]!.lower)) end--;
      return { start: found.start, end };
    }
    return found;
  }

  /** After a name: "[, who] was/has been appointed|elected|named … [as]", returning where the title starts. */
  private appointmentAfter(k: number, s: Sentence): number | undefined {
    let j = k;
    if (this.tokens[j]?.text === ',' && this.tokens[j + 1]?.lower === 'who') j += 2;
    while (j < s.tokenEnd && /^(?:was|were|has|have|had|been|is|be|later|recently|then|also)$/.test(this.tokens[j]!.lower)) j++;
    const verb = this.tokens[j];
    if (!verb || !/^(?:appointed|named|elected|re-elected|reelected|nominated|chosen|installed|made|promoted|sworn)$/.test(verb.lower)) return undefined;
    j++;
    if (this.tokens[j]?.lower === 'in') j++;
    if (this.tokens[j]?.lower === 'as') j++;
    return j < s.tokenEnd ? j : undefined;
  }

  /** Whether a person's name follows at k, possibly after a portfolio ("for Asian Affairs"). */
  private titleOfNextName(k: number, s: Sentence): boolean {
    // "… Officer of Maple Rail": what follows "of" is the employer; but "X, Director of the Office of Public
    // Engagement Jane Roe": a name right after that employer holds the title.
    if (this.tokens[k]?.lower === 'of') {
      const employer = this.byStartToken.get(this.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1);
      if (employer === undefined || this.mentions[employer]!.type === 'Person') return false;
      const next = this.byStartToken.get(this.mentions[employer]!.tokenEnd);
      return next !== undefined && this.mentions[next]!.type === 'Person' && this.mentions[next]!.kind === 'name';
    }
    for (let j = k; j < Math.min(s.tokenEnd, k + 10); j++) {
      const m = this.byStartToken.get(j);
      if (m !== undefined && this.mentions[m]!.type === 'Person' && this.mentions[m]!.kind === 'name') return true;
      const t = this.tokens[j]!;
      if (j === k && isCapitalised(t.text) && t.pos === 'PROPN' && !this.covered(j)) return true;
      if (!isCapitalised(t.text) && !(j > k && NAME_CONNECTORS.has(t.lower)) && !(j === k && (t.lower === 'for' || t.lower === 'of'))) return false;
    }
    return false;
  }

  /** "a delegation led by A, B and C": the nominal stands for its members. */
  private delegations(s: Sentence): void {
    for (let k = s.tokenStart; k < s.tokenEnd - 2; k++) {
      const t = this.tokens[k]!;
      if (!GROUP_NOUNS.has(t.lower)) continue;
      let j = k + 1;
      // "a team of 40 observers led by": the members' description comes first.
      if (this.tokens[j]?.lower === 'of') {
        let n = j + 1;
        while (n < Math.min(s.tokenEnd, j + 5) && /^(?:NUM|ADJ|NOUN)$/.test(this.tokens[n]!.pos) && this.tokens[n]!.text === this.tokens[n]!.lower) n++;
        if (n > j + 1) j = n;
      }
      while (j < s.tokenEnd && /^(?:[–—-]|,|\()$/.test(this.tokens[j]!.text)) j++;
      if (this.tokens[j]?.lower !== 'led' && this.tokens[j]?.lower !== 'headed') continue;
      if (this.tokens[j + 1]?.lower !== 'by') continue;
      const members: number[] = [];
      for (const m of this.current()) if (m.type === 'Person' && m.kind === 'name' && m.tokenStart > j + 1) members.push(m.i);
      // Members run until the clause's verb.
      const verb = this.tokens.slice(j + 2, s.tokenEnd).find((x) => (x.pos === 'VERB' || x.pos === 'AUX') && !this.covered(x.i) && x.text === x.lower);
      const inClause = members.filter((m) => !verb || this.mentions[m]!.tokenEnd <= verb.i);
      if (!inClause.length) continue;
      // The leaders of a delegation or team are people: person evidence for a guessed name.
      for (const m of inClause) if (this.mentions[m]!.tentative) {
        delete this.mentions[m]!.tentative;
        this.mentions[m]!.evidence = 'leads-delegation';
      }
      const group = this.add({ kind: 'nominal', type: 'Person', sentence: s.i, tokenStart: k, tokenEnd: k + 1, name: t.text, head: t.lower, plural: true });
      this.groups.push({ group, members: inClause });
    }
  }
}

/** Plural nouns for people that a group nominal may use ("the two leaders"). */
const PEOPLE_NOUNS = new Set(['leaders', 'officials', 'men', 'women', 'envoys', 'diplomats', 'sides']);

/** "the two …" → 2, "both …" → 2. */
function groupCount(next: Token, after: Token | undefined, both = false): number | undefined {
  // "both sides", "both leaders": two.
  if (both) return next.pos === 'NOUN' && /s$/.test(next.lower) ? 2 : undefined;
  if (GROUP_NUMBER_WORDS.has(next.lower) && after && after.pos === 'NOUN') return GROUP_NUMBER_WORDS.get(next.lower);
  return undefined;
}

function nominalType(head: string, context: string[]): EntityType | undefined {
  if (COUNTRY_NOMINALS.has(head) || GOVERNMENT_NOMINALS.has(head)) return 'Country';
  if (LOCATION_NOMINALS.has(head)) return 'Location';
  if (ORGANIZATION_NOMINALS.has(head)) return 'Organization';
  if (GROUP_NOUNS.has(head)) return 'Person';
  if (matchTitle([head], 0) || matchTitle(context, 0)) return 'Person';
  return undefined;
}

/** A known region named by a word or its adjective ("Crimean" → Crimea); countries are left to demonyms. */
function knownRegion(word: string): KnowledgeEntry | undefined {
  for (const form of [word, word.replace(/ian$/, 'ia'), word.replace(/an$/, 'a'), word.replace(/n$/, ''), word.replace(/ese$/, '')]) {
    const entry = form.length > 2 ? lookupName(form) : undefined;
    if (entry && entry.type === 'Location') return entry;
  }
  return undefined;
}

/** A headline in Title Case: most content words capitalised. */
function isTitleCased(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => isCapitalised(t.text)).length / words.length > 0.7;
}

/** "Presidents", "Foreign Ministers": a plural title, matched on its singular. */
function pluralTitle(words: string[], k: number, limit = words.length): ReturnType<typeof matchTitle> {
  for (let end = Math.min(limit, k + 6); end > k; end--) {
    const w = words[end - 1]!;
    if (!/[^s]s$/.test(w)) continue;
    // Only the words from k on are read: copied from there, not from the document's start.
    const copy = words.slice(k, end);
    copy[end - 1 - k] = w.slice(0, -1);
    const m = matchTitle(copy, 0);
    if (m && m.end + k === end) return { ...m, end, title: words.slice(k, end).join(' ') };
  }
  return undefined;
}

function singular(role: string): string {
  return role.replace(/(\w)s$/, '$1');
}

function cleanRole(role: string): string {
  // "Director of the Commission and | Foreign Minister X": the "and" joining two titles is no part of either.
  // "Commander-in-Chief of the | Armed Forces": the employer after "of the" is no part of the label either.
  return role
    .replace(/\s+/g, ' ')
    .replace(/^(?:former|then-?)\s+/i, '')
    .replace(/(?:\s+(?:and|&|of|for|to|the))+$/i, '')
    .trim();
}

/**
 * The shared view of a sentence every relation family reads: its arguments (resolved mentions as token
 * ranges, with a country's acting body "Tajikistan's foreign ministry" and a person's title phrase
 * "President Joe Biden" inside), coordinated conjuncts ("A, B and C"), representatives ("the people of
 * X" → X), and the article-level facts (dateline country, headline country, a place's country).
 * Example: in "Presidents A of X and B of Y met", argsFrom at "A" gives [A, B].
 */
import { datelineCountryKey, entryByKey, isKnownSurnameParticle, lookupName } from '../../knowledge/index.js';
import type { Entity, EntityType, Mention, MentionAnalysis, Modality, Reading, RelationType, Sentence, Token } from '../../model.js';
import type { Resolution } from '../coref.js';
import { publishedByGovernment } from '../publisher.js';
import { COUNTRY_AGENT_NOUNS, GOVERNMENT_NOMINALS, isPossessive } from '../lexicon.js';

export interface Arg {
  mention: Mention;
  ids: string[];
  type: EntityType;
  start: number; // token range, including a country's agent noun ("Nigerian officials")
  end: number;
}
export interface Found {
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
/** A country's bodies that speak and act for it ("Tajikistan's foreign ministry said"). */
const COUNTRY_BODY_NOUNS = new Set(['ministry', 'government', 'military', 'army', 'navy', 'cabinet', 'presidency', 'administration', 'authorities', 'officials', 'leadership', 'embassy']);
/** People who stand for the body they are "of" or "from" ("negotiators from X", "the people of Y"). */
const REPRESENTATIVE_NOUNS = new Set(['people', 'government', 'citizens', 'leaders', 'leadership', 'authorities', 'officials', 'negotiators', 'representatives', 'delegates', 'delegation', 'delegations', 'envoys', 'diplomats', 'members', 'observers', 'monitors']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'although', 'though', 'if', 'when', 'after', 'before', 'as', 'since', 'until', 'unless', 'where']);
export function isPlace(a: Arg): boolean {
  return a.type === 'Location' || a.type === 'Country';
}
const TYPE_BY_PREFIX: Record<string, EntityType> = { person: 'Person', country: 'Country', organization: 'Organization', location: 'Location' };
/** An entity's type from its id ("country:ukraine"): a capital standing for its government is a country. */
function typeOfId(id: string): EntityType | undefined {
  return TYPE_BY_PREFIX[entityTypeOf(id)];
}
export function entityTypeOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** The country whose government titles its call and meeting summaries "Readout of …" (White House, State, Defense). */
const READOUT_PUBLISHER = 'country:us';

export class RelationView {
  readonly tokens: Token[];
  readonly mentions: Mention[];
  readonly entityById: Map<string, Resolution['entities'][number]>;
  /** Argument ending at token k (exclusive end), and starting at token k. */
  argEnd = new Map<number, Arg>();
  argStart = new Map<number, Arg>();
  /** Tokens of a title phrase in front of a person ("President" in "President Joe Biden") → that person. */
  prefixOf = new Map<number, Arg>();
  sentenceArgs: Arg[] = [];
  /** Tokens of demonyms qualifying a title ("Kyrgyz" in "his Kyrgyz and Tajik counterparts"). */
  qualifierTokens = new Set<number>();

  /** Mentions and role links of each sentence. */
  readonly mentionsBySentence: Mention[][];
  readonly rolesBySentence: MentionAnalysis['roles'][];
  /**
   * The mention stage's role links, each complement in its person's sentence: a title that opens a
   * sentence right after a headline ending on "… of France" does not take that country.
   */
  readonly roles: MentionAnalysis['roles'];

  constructor(
    readonly reading: Reading,
    readonly analysis: MentionAnalysis,
    readonly resolution: Resolution,
  ) {
    this.tokens = reading.tokens;
    this.mentions = analysis.mentions;
    this.entityById = new Map(resolution.entities.map((e) => [e.id, e]));
    this.mentionsBySentence = reading.sentences.map(() => []);
    this.rolesBySentence = reading.sentences.map(() => []);
    for (const m of this.mentions) this.mentionsBySentence[m.sentence]!.push(m);
    this.roles = analysis.roles.map((r) => {
      if (r.of === undefined || this.mentions[r.of]!.sentence === this.mentions[r.person]!.sentence) return r;
      const { of: _elsewhere, ...unqualified } = r;
      return unqualified;
    });
    for (const r of this.roles) this.rolesBySentence[this.mentions[r.person]!.sentence]!.push(r);
  }

  buildArgs(s: Sentence): void {
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
  countryBodyEnd(k: number, s: Sentence): number | undefined {
    const poss = this.tokens[k];
    if (!isPossessive(poss?.text)) return undefined;
    let j = k + 1;
    while (j < s.tokenEnd && j < k + 3 && this.tokens[j]!.pos === 'ADJ' && this.tokens[j]!.text === this.tokens[j]!.lower) j++;
    const head = this.tokens[j];
    if (!head || !COUNTRY_BODY_NOUNS.has(head.lower) || this.tokens[j + 1]?.pos === 'NOUN') return undefined;
    return j + 1;
  }

  idsOf(m: Mention): string[] {
    const group = this.resolution.groupMembers.get(m.i);
    if (group) return group;
    const id = this.resolution.entityOf[m.i];
    return id ? [id] : [];
  }

  argAt(k: number): Arg | undefined {
    for (const a of this.sentenceArgs) if (a.start <= k && k < a.end) return a;
    return undefined;
  }

  /** An argument starting at k, after skipping determiners, adjectives and numbers; with its coordinated siblings. */
  argsFrom(k: number, s: Sentence): Arg[] {
    let j = k;
    // Determiners, adjectives, numbers, and possessive pronouns before a title ("his Indian counterpart X").
    while (j < s.tokenEnd && ((/^(?:DET|ADJ|NUM|ADV)$/.test(this.tokens[j]!.pos) && !this.startsArg(j)) || POSSESSIVE_PRONOUNS.has(this.tokens[j]!.lower))) j++;
    // "his Kyrgyz and Tajik counterparts, A and B": coordinated qualifiers of a shared title.
    while (this.qualifierTokens.has(j) && !this.startsArg(j) && this.tokens[j + 1]?.lower === 'and' && this.qualifierTokens.has(j + 2)) j += 2;
    // "accused rival Prairie Signal", "accuses ruling ANAD": a lower-case modifier before a name.
    // ("to ensure Iran never …", "to further their work": an infinitive's object, and a pronoun, are no such name.)
    for (let m = j; m < Math.min(s.tokenEnd, j + 2); m++) {
      const t = this.tokens[m]!;
      if (t.text !== t.lower || !/^(?:NOUN|VERB|ADJ)$/.test(t.pos) || this.startsArg(m)) break;
      if (this.tokens[m - 1]?.lower === 'to' && t.pos === 'VERB') break;
      if (this.startsArg(m + 1)?.mention.kind === 'pronoun') break;
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
      // "representatives from President X's administration": the body is X's, not X.
      if (of.length && isPossessive(this.tokens[of[of.length - 1]!.end]?.text)) return [];
      if (of.length || !this.startsArg(j)) return of;
    }
    let first = this.startsArg(j);
    if (!first) return [];
    // "the CA's director-general, Grace Were": a possessor's title names the person after it.
    const titled = this.possessorsTitled(first, s) ?? this.demonymTitled(first, s);
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
      const next = this.startsArg(n) ?? (first.type === 'Person' ? this.describedPerson(n, s) : undefined);
      // "A, B, and an unidentified third officer": a list of people closed by an unnamed one.
      if (!next && conjunction && first.type === 'Person' && out.length > 1 && this.tokens[n - 1]?.pos === 'DET' && /^(?:NOUN|ADJ)$/.test(this.tokens[n]?.pos ?? '') && this.tokens[n]!.text === this.tokens[n]!.lower) confirmed = out.length;
      if (!next || n === e) break;
      out.push(next);
      if (conjunction) confirmed = out.length;
      e = next.end;
    }
    return out.slice(0, confirmed);
  }

  /**
   * In a list of people, a member introduced by a lower-case description the mention stage did not
   * read as a title: "…, observer in the War Cabinet A, and opposition leader B".
   */
  describedPerson(n: number, s: Sentence): Arg | undefined {
    const first = this.tokens[n];
    if (!first || first.text !== first.lower || !/^(?:NOUN|ADJ)$/.test(first.pos)) return undefined;
    for (let j = n + 1; j < Math.min(s.tokenEnd, n + 7); j++) {
      const a = this.startsArg(j);
      if (a) return a.type === 'Person' ? a : undefined;
      const t = this.tokens[j]!;
      if (!/^(?:NOUN|ADJ|ADP|DET|PROPN)$/.test(t.pos) || SUBORDINATORS.has(t.lower)) return undefined;
    }
    return undefined;
  }

  /**
   * "Jordanian Deputy Prime Minister and Minister of Foreign Affairs X": a demonym opening a title chain
   * the mention stage did not link names the person's country; the argument is the person.
   */
  demonymTitled(first: Arg, s: Sentence): Arg | undefined {
    if (first.mention.kind !== 'demonym') return undefined;
    for (let j = first.end; j < Math.min(s.tokenEnd, first.end + 10); j++) {
      const a = this.startsArg(j);
      if (a) return a.type === 'Person' ? a : undefined;
      const t = this.tokens[j]!;
      if (!(/^\p{Lu}/u.test(t.text) || /^(?:and|of|for)$/.test(t.text))) return undefined;
    }
    return undefined;
  }

  possessorsTitled(owner: Arg, s: Sentence): Arg | undefined {
    const poss = this.tokens[owner.end];
    if (!isPossessive(poss?.text)) return undefined;
    for (let j = owner.end + 1; j < Math.min(s.tokenEnd, owner.end + 6); j++) {
      const a = this.startsArg(j);
      if (a && a.type === 'Person') return a;
      if (this.tokens[j]!.pos === 'VERB') return undefined;
    }
    return undefined;
  }

  startsArg(k: number): Arg | undefined {
    return this.argStart.get(k) ?? this.prefixOf.get(k);
  }

  /** The argument(s) ending right before k, with coordinated siblings to their left ("Kiev and Moscow"). */
  argsEndingAt(k: number): Arg[] {
    const last = this.argEnd.get(k);
    if (!last) return [];
    const out = [last];
    let s = last.start;
    // Walking left, the first join must be "and"/"or"; commas may separate the earlier conjuncts.
    let commaAnd = false;
    for (;;) {
      let n = s - 1;
      const conjunction = this.tokens[n]?.lower === 'and' || this.tokens[n]?.lower === 'or';
      if (!conjunction && (this.tokens[n]?.text !== ',' || out.length === 1)) break;
      n--;
      if (this.tokens[n]?.text === ',') {
        if (out.length === 1) commaAnd = true;
        n--;
      }
      const prev = this.argEnd.get(n + 1);
      if (!prev) break;
      // "Today at the White House, A and B hosted …": a place after a preposition, then a comma, opens no list.
      if (!conjunction && /^(?:at|in|on|from|during)$/.test(this.tokens[this.skipDeterminersBack(prev.start - 1)]?.lower ?? '')) break;
      out.unshift(prev);
      s = prev.start;
    }
    // "posed by North Korea, and he condemned …", "Director of the Council, and B hosted": across ", and"
    // a pronoun, or a name after a preposition or verb, starts a second clause, not a list.
    if (commaAnd && out.length === 2) {
      let p = out[0]!.start - 1;
      while (p > 0 && this.tokens[p]!.pos === 'DET') p--;
      const before = this.tokens[p];
      if (last.mention.kind === 'pronoun' || before?.pos === 'ADP' || before?.pos === 'VERB') return [last];
    }
    return out;
  }

  /** The first token at or before k that is not a determiner. */
  skipDeterminersBack(k: number): number {
    while (k > 0 && this.tokens[k]!.pos === 'DET') k--;
    return k;
  }

  /** Places do not act (but capitals standing for governments were already turned into countries). */
  actors(args: Arg[]): Arg[] {
    return args.filter((a) => a.type !== 'Location');
  }

  isPossessor(a: Arg): boolean {
    return isPossessive(this.tokens[a.end]?.text) && !isPlace(a);
  }

  startsArgAfterDet(k: number, s: Sentence): Arg | undefined {
    let j = k;
    while (j < s.tokenEnd && /^(?:DET|ADJ)$/.test(this.tokens[j]!.pos)) j++;
    return this.startsArg(j);
  }

  findForward(from: number, s: Sentence, pred: (t: Token) => boolean, limit: number): number {
    for (let j = from; j < Math.min(s.tokenEnd, from + limit); j++) {
      const t = this.tokens[j]!;
      if (pred(t)) return j;
      if (t.text === '.' || t.text === ';' || (t.pos === 'VERB' && j > from)) return -1;
    }
    return -1;
  }

  /** A place's country, as a knowledge key ("Manila" → the Philippines). */
  countryKeyOf(place: Arg): string | undefined {
    const entity = this.entityById.get(place.ids[0]!);
    const key = place.type === 'Country' ? entity?.attributes?.knowledgeKey : entity?.attributes?.countryKey;
    return typeof key === 'string' ? key : undefined;
  }

  isCapital(place: Arg): boolean {
    const key = this.entityById.get(place.ids[0]!)?.attributes?.knowledgeKey;
    return typeof key === 'string' && !!entryByKey(key)?.capital;
  }

  /** A place argument as its country ("the government in Tripoli" → Libya), when the article names that country. */
  countryOfPlace(a: Arg): Arg | undefined {
    if (a.type === 'Country') return a;
    const ids = this.countriesOf(a);
    return ids.length ? { ...a, ids, type: 'Country' } : undefined;
  }

  /** The country entity a place argument lies in ("Cairo" → Egypt), when the article names that country. */
  countriesOf(place: Arg): string[] {
    const entity = this.entityById.get(place.ids[0]!);
    const countryKey = entity?.attributes?.countryKey;
    if (typeof countryKey !== 'string') return [];
    const country = this.entityByKnowledgeKey().get(countryKey);
    return country ? [country.id] : [];
  }

  /** The first entity of each knowledge key, built once (a search of all entities per place is quadratic on long texts). */
  private entityByKnowledgeKey(): Map<string, Entity> {
    if (!this.byKnowledgeKey) {
      this.byKnowledgeKey = new Map();
      for (const e of this.resolution.entities) {
        const key = e.attributes?.knowledgeKey;
        if (typeof key === 'string' && !this.byKnowledgeKey.has(key)) this.byKnowledgeKey.set(key, e);
      }
    }
    return this.byKnowledgeKey;
  }
  private byKnowledgeKey?: Map<string, Entity>;

  /** Without a dateline, the one country a headline names ("Malawi opposition calls for probe") is the story's home. */
  titleCountry(): Arg | undefined {
    const title = this.reading.sentences.find((s) => s.isTitle);
    const lead = this.reading.sentences.find((s) => !s.isTitle);
    // A headline's demonym names the story's country too ("… as Kenyan court halts fine").
    return (title && (this.onlyCountryIn(title, true) ?? this.headlineSubject(title))) ?? (lead && this.onlyCountryIn(lead));
  }

  /** "UK urges US to waive immunity": a headline that opens on a country acting is told from that country. */
  headlineSubject(title: Sentence): Arg | undefined {
    const first = this.mentionsBySentence[title.i]![0];
    if (!first || first.kind !== 'name' || first.metonymFor || first.tokenStart !== title.tokenStart) return undefined;
    const id = this.resolution.entityOf[first.i];
    if (!id || typeOfId(id) !== 'Country' || this.tokens[first.tokenEnd]?.pos !== 'VERB') return undefined;
    return { mention: first, ids: [id], type: 'Country', start: first.tokenStart, end: first.tokenEnd };
  }

  onlyCountryIn(title: Sentence, demonyms = false): Arg | undefined {
    const countries = this.mentionsBySentence[title.i]!.filter(
      (m) => (m.kind === 'name' || (demonyms && m.kind === 'demonym')) && !m.metonymFor && typeOfId(this.resolution.entityOf[m.i] ?? '') === 'Country',
    );
    const ids = new Set(countries.map((m) => this.resolution.entityOf[m.i]!));
    if (ids.size !== 1) return undefined;
    const mention = countries[0]!;
    return { mention, ids: [...ids], type: 'Country', start: mention.tokenStart, end: mention.tokenEnd };
  }

  datelineCountry(): Arg | undefined {
    const dateline = this.reading.document.dateline;
    if (!dateline) return undefined;
    return this.countryNamed(datelineCountryKey(dateline));
  }

  /**
   * The country whose government publishes the text: the JSONL `source` when it names a country or a
   * government body ("The White House" → the United States); for a readout without a source ("Readout
   * of …" headline), the country of a government body it names. Only when the article names that country.
   */
  publisherCountry(): Arg | undefined {
    const { source, title } = this.reading.document;
    const published = source ? lookupName(source.replace(/^the\s+/i, '')) : undefined;
    if (published) return this.countryNamed(published.type === 'Country' ? published.key : published.kind === 'government' ? published.countryKey : undefined);
    if (!this.published()) return undefined;
    // "Readout of …" is the form in which the US executive branch reports its officials' calls and
    // meetings: its country, or else the executive body of it that the readout names (the White House).
    const country = this.countryNamed(READOUT_PUBLISHER);
    if (country) return country;
    const body = this.resolution.entities.find((e) => e.type === 'Organization' && e.attributes?.countryKey === READOUT_PUBLISHER && typeof e.attributes?.knowledgeKey === 'string' && entryByKey(e.attributes.knowledgeKey)?.kind === 'government');
    const mention = body && this.mentions.find((m) => this.resolution.entityOf[m.i] === body.id);
    return body && mention ? { mention, ids: [body.id], type: 'Organization', start: mention.tokenStart, end: mention.tokenEnd } : undefined;
  }

  /**
   * Whether a government publishes the text (its JSONL `source` names a country or a government body, or
   * it is a "Readout of …"), whether or not the text names that country: its own officials then go
   * unqualified, and a weak cue (headline, dateline) naming another country is about its guests.
   */
  published(): boolean {
    return publishedByGovernment(this.reading.document);
  }

  /** The article's entity for a country's knowledge key, as an argument at its first mention. */
  countryNamed(countryKey: string | undefined): Arg | undefined {
    if (!countryKey) return undefined;
    const id = this.entityByKnowledgeKey().get(countryKey)?.id;
    if (!id) return undefined;
    const mention = this.mentions.find((m) => this.resolution.entityOf[m.i] === id);
    if (!mention) return undefined;
    return { mention, ids: [id], type: 'Country', start: mention.tokenStart, end: mention.tokenEnd };
  }

  /** Where the gathering of this article is held, once the text says it ("met in Niamey … for an AU summit"). */
  eventPlace: Arg[] = [];
}

/**
 * HOLDS_ROLE, from titles the mention stage links and from posts:
 *  - a title with its complement: "Foreign Minister X of Y", "Y's Foreign Minister X" → X holds it in Y;
 *  - a post in an organisation: "X, who holds a senior post in the party";
 *  - an unqualified government title, read from where the text puts the person: "Fiji, where they met
 *    Prime Minister X", a speaker's country ("Wong said Prime Minister X…"), a delegation ("a U.S.
 *    delegation led by A"), a host met by visitors, the dateline's country, the headline's country.
 */
import type { Mention, Sentence } from '../../model.js';
import { SPEECH_VERBS, SPOUSE_TITLE } from '../lexicon.js';
import { HONORIFICS, isFirstName } from '../../knowledge/index.js';
import { type Arg, type Found, RelationView, SUBORDINATORS, entityTypeOf } from './view.js';
import { subjectOf } from './subjects.js';
import { clauseModality, clauseNegated } from './modality.js';

/** "holds a senior post in X", "took up a position at X": a person's place in an organisation. */
export const POSITION_VERBS = new Set(['hold', 'occupy', 'have', 'take', 'assume']);
const POSITION_NOUNS = new Set(['post', 'position', 'role', 'seat', 'job', 'office', 'rank']);
/** Titles of a government's own members: unqualified, they are read as the home country's. */
const GOVERNMENT_TITLE_HEADS = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'secretary']);
/**
 * Heads of the titles a government's officials hold, which a text published by that government leaves
 * unqualified ("National Security Advisor X", "Chief of Staff Y", "Congresswoman Z").
 */
const OFFICIAL_TITLE_HEADS = new Set([...GOVERNMENT_TITLE_HEADS, 'advisor', 'adviser', 'director', 'administrator', 'ambassador', 'envoy', 'coordinator', 'counselor', 'counsellor', 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'assistant', 'representative', 'senator', 'congressman', 'congresswoman', 'attorney', 'general', 'commissioner', 'lady', 'secretary', 'deputy', 'chair', 'chairman', 'chairwoman']);
/**
 * A governor's or mayor's office, or a "State Senator", is a state's or a city's, and a bare "Chief" is a police, fire or tribal
 * chief: none of them is the publishing government's own office ("Governor X" in a White House readout).
 */
const LOCAL_OR_BARE_TITLES = /^(?:(?:lieutenant\s+)?governor|mayor|chief)$|^state\s/i;
/** A company's ranks of vice president and officer. */
const CORPORATE_TITLE = /\b(?:senior|executive|group|regional|corporate)\s+vice[\s-]+president\b|\bchief\s+\w+\s+officer\b/i;
/** Groups a country sends, whose listed members are its officials. */
export const DELEGATION_NOUNS = new Set(['delegation', 'team', 'mission']);

/** "X, who holds a senior post in the ruling party": a role in the organisation named after the post. */
export function positionIn(ctx: RelationView, v: number, s: Sentence): Found[] {
  let j = v + 1;
  if (ctx.tokens[j]?.lower === 'up') j++;
  while (j < s.tokenEnd && j < v + 5 && /^(?:DET|ADJ|NOUN)$/.test(ctx.tokens[j]!.pos) && !POSITION_NOUNS.has(ctx.tokens[j]!.lower) && !ctx.argAt(j)) j++;
  if (!POSITION_NOUNS.has(ctx.tokens[j]?.lower ?? '') || !['in', 'at', 'within', 'on'].includes(ctx.tokens[j + 1]?.lower ?? '')) return [];
  const targets = ctx.argsFrom(j + 2, s).filter((a) => a.type === 'Organization');
  const subject = subjectOf(ctx, v, s);
  const sources = subject.args.filter((a) => a.type === 'Person');
  if (!targets.length || !sources.length || clauseNegated(ctx, v, subject.chain, s)) return [];
  const modality = clauseModality(ctx, v, subject.chain, s);
  return [{ type: 'HOLDS_ROLE', sources, targets, trigger: ctx.tokens[v]!, confidence: 0.6, role: ctx.tokens[j]!.text, ...(modality ? { modality } : {}) }];
}

/**
 * A government title with no country ("Prime Minister X", "Foreign Minister Y") names the country the
 * text places the person in: "Fiji, where they met with Prime Minister X"; or, in a datelined report,
 * the dateline's country (local officials go unqualified) unless the person is said to visit it.
 */
export function unqualifiedRoles(ctx: RelationView, bySentence: Found[][]): { sentence: number; found: Found }[] {
  const qualified = new Set<string>();
  const visitors = new Set<string>();
  const countryOf = roleCountries(ctx, bySentence, (country) => country);
  for (const list of bySentence)
    for (const f of list) {
      if (f.type === 'HOLDS_ROLE') for (const a of f.sources) for (const id of a.ids) qualified.add(id);
      // Anyone said to travel there, even in a plan or a denial ("did not travel to Cairo"), is a visitor.
      // A trip to the country or its capital marks a visitor; touring a district of it does not (locals do).
      if (f.type === 'VISITED' && !f.presenceOnly) for (const a of f.sources) for (const id of a.ids) for (const t of f.targets) for (const tid of [...t.ids, ...(ctx.isCapital(t) ? ctx.countriesOf(t) : [])]) visitors.add(`${id}|${tid}`);
    }
  const hostCountry = hostCountries(ctx, bySentence);
  const counterparts = counterpartCountries(bySentence);
  const datelineCountry = ctx.datelineCountry();
  const publisherCountry = ctx.publisherCountry();
  const publishedText = ctx.published();
  // Weaker than a dateline: only formal, capitalised government titles ("President X", not "president X").
  const titleCountry = datelineCountry ? undefined : ctx.titleCountry();
  const out: { sentence: number; found: Found }[] = [];
  const done = new Set<string>();
  const published = new Map<string, { kind: string; head: string; at: number }>();
  const offices = new Map<string, string>();
  const coListed = publisherCountry ? coListedWithGuests(bySentence, countryOf, publisherCountry.ids[0]!) : new Set<string>();
  for (const r of ctx.roles) {
    if (r.of !== undefined) continue;
    const person = ctx.mentions[r.person]!;
    const id = ctx.resolution.entityOf[person.i];
    // "Secretary of State", "Minister for Foreign Affairs": the head noun comes before the complement.
    const head = titleHead(r.role);
    if (!id || qualified.has(id) || done.has(id)) continue;
    const s = ctx.reading.sentences[person.sentence]!;
    ctx.buildArgs(s);
    // "a U.S. delegation led by A, B and C", "that included Adviser X": any titled member is the country's.
    const delegation = delegationCountry(ctx, person, s) ?? otherOfficialsCountry(ctx, person, s);
    // A leader's title other than president (prime minister, king, chancellor) in a readout is a guest's.
    const official = OFFICIAL_TITLE_HEADS.has(head.replace(/s$/, '')) && !(leaderOrHead(head) === 'leader' && head.replace(/s$/, '') !== 'president') && !LOCAL_OR_BARE_TITLES.test(r.role.trim());
    if (!delegation && !GOVERNMENT_TITLE_HEADS.has(head.replace(/s$/, '')) && !(publisherCountry && official)) continue;
    // "X, President, Delaware Chamber of Commerce": a title followed by its employer is that employer's.
    if (employerAfter(ctx, r, person, s)) continue;
    // "Senior vice president X", "executive vice president Y": a company's officer, no country's.
    if (CORPORATE_TITLE.test(r.role)) continue;
    let country = delegation ?? chainCountry(ctx, r, person, s) ?? localCountry(ctx, person, s) ?? speakersCountry(ctx, person, s, countryOf) ?? hostCountry.get(id);
    let confidence = 0.6;
    // "Japanese officials said Y would brief Prime Minister X": a report from another country than the
    // dateline's is no ground to give X the dateline's country.
    const foreignReport = (dateline: Arg) => {
      const reporter = reportersCountry(ctx, s, countryOf);
      return !!reporter && !reporter.ids.includes(dateline.ids[0]!);
    };
    // "President A spoke with President B of France": A is B's counterpart, not France's.
    // "Foreign Minister X urged Russia to …": one who urges, accuses or visits a country is not its official.
    const counterpart = (c: Arg) => counterparts.has(`${id}|${leaderOrHead(head)}|${c.ids[0]}`) || counterparts.has(`${id}|*|${c.ids[0]}`);
    // "National Security Advisor Sullivan", "the Vice President" in a White House readout: its own officials.
    // Only a title before the name: "X, President, AFL-CIO" in a list of guests names another employer.
    // and only for a name that reads as a person's (a given name first): list lines of a readout
    // ("Director, Office of Political Strategy and Outreach") leave fragments the typing stage may call people.
    const prefixed = r.start < person.start && !bracketedEmployer(ctx, person, s) && (givenNameFirst(ctx.entityById.get(id)?.name) || plainTitleBefore(ctx, r.role, person));
    // A country has one president and one vice president: in a published text the first named holds
    // the publisher's office, and another "President X" is a guest ("President Biden … President Xi").
    const office = afterArticle(ctx, r, person) ? undefined : singleHolderOffice(r.role);
    const heldByAnother = !!office && offices.has(office) && offices.get(office) !== id;
    if (!country && publisherCountry && official && prefixed && !heldByAnother && !counterpart(publisherCountry) && !coListed.has(id) && !(office && SPOUSE_TITLE.test(office) && spouseOfGuest(ctx, id, countryOf, publisherCountry.ids[0]!))) {
      if (office) offices.set(office, id);
      country = publisherCountry;
      confidence = 0.55;
      published.set(id, { kind: leaderOrHead(head), head: head.replace(/s$/, ''), at: person.start });
    }
    // In a text a government publishes, its officials go unqualified: a headline's or dateline's country
    // names the guests ("Readout of President A's Call with King B of Jordan"), not one who holds an
    // official's title there, unless the text shows them meeting the publisher's people as a counterpart.
    if (!country && publishedText && official && !(publisherCountry && counterpart(publisherCountry))) continue;
    if (!country && datelineCountry && !visitors.has(`${id}|${datelineCountry.ids[0]}`) && !foreignReport(datelineCountry) && !counterpart(datelineCountry)) {
      country = datelineCountry;
      confidence = 0.5;
    }
    if (!country && titleCountry && /^\p{Lu}/u.test(r.role) && !visitors.has(`${id}|${titleCountry.ids[0]}`) && !counterpart(titleCountry) && !amongLeadersOfSeveralCountries(ctx, id, (other) => countryOf.get(other)?.ids[0] ?? (published.has(other) ? publisherCountry?.ids[0] : undefined))) {
      country = titleCountry;
      confidence = 0.45;
    }
    // A guest's title (prime minister, king) in a published text is not the publisher's own office.
    if (country && confidence < 0.55 && publishedText && publisherCountry && country.ids[0] === publisherCountry.ids[0]) continue;
    if (!country) continue;
    done.add(id);
    const personArg: Arg = { mention: person, ids: [id], type: 'Person', start: person.tokenStart, end: person.tokenEnd };
    out.push({ sentence: s.i, found: { type: 'HOLDS_ROLE', sources: [personArg], targets: [country], trigger: ctx.tokens[person.tokenStart]!, confidence, role: r.role } });
  }
  const guests = publishersGuests(bySentence, published);
  return out.filter((o) => !o.found.sources.some((a) => a.ids.some((id) => guests.has(id))));
}

/**
 * "Advisor A met with President B of Mexico, Foreign Secretary C and Attorney General D": people met
 * in one list with a guest whose country the text gives (not the publisher's) are that side's, not the
 * publisher's officials. Their own country is not said, so they get none.
 */
function coListedWithGuests(bySentence: Found[][], countryOf: Map<string, Arg>, publisherId: string): Set<string> {
  const out = new Set<string>();
  for (const list of bySentence)
    for (const f of list) {
      if (f.type !== 'MET' || f.negated) continue;
      const ids = f.targets.filter((a) => a.type === 'Person').flatMap((a) => a.ids);
      const guestSide = ids.some((id) => countryOf.has(id) && countryOf.get(id)!.ids[0] !== publisherId);
      if (guestSide) for (const id of ids) if (!countryOf.has(id)) out.add(id);
    }
  return out;
}

/**
 * Among the people a publisher cue gave its country, the ones the readout shows meeting its own: of two
 * leaders who met, the later named is the guest ("President A spoke with President B"); a minister,
 * king or chancellor meeting the publisher's people is a guest (a readout names its own officials by
 * their government's titles, and a guest's title is not one of them only by who wrote it).
 */
function publishersGuests(bySentence: Found[][], published: Map<string, { kind: string; head: string; at: number }>): Set<string> {
  const guests = new Set<string>();
  for (const list of bySentence)
    for (const f of list) {
      if (f.type !== 'MET' || f.negated) continue;
      for (const a of f.sources.flatMap((x) => x.ids))
        for (const b of f.targets.flatMap((x) => x.ids)) {
          const pa = published.get(a);
          const pb = published.get(b);
          for (const [id, p] of [[a, pa], [b, pb]] as const) if (p && p.kind === 'leader' && p.head !== 'president') guests.add(id);
          // "Advisor A met with President B": a president met by the publisher's other officials is a guest.
          if (pa && pa.kind !== 'leader' && pb?.head === 'president') guests.add(b);
          if (!pa || !pb || a === b) continue;
          // Two holders of the same title meeting are counterparts: "Advisor A met Advisor B", "President A called President B".
          if (pa.head === pb.head) guests.add(pa.at < pb.at ? b : a);
        }
    }
  return guests;
}

/**
 * "Jordanian Deputy Prime Minister and Minister of Foreign Affairs X": a country qualifying the first
 * title of a chain qualifies the person when the mention stage linked only the last title.
 */
function chainCountry(ctx: RelationView, r: { start: number }, person: Mention, s: Sentence): Arg | undefined {
  let k = person.tokenStart - 1;
  while (k > s.tokenStart && ctx.tokens[k - 1]!.start >= r.start) k--;
  // Left over the earlier titles of the chain ("Deputy Prime Minister and"), capitalised words and joiners.
  for (let n = 0; k > s.tokenStart && n < 8; n++) {
    const country = ctx.argEnd.get(k);
    if (country) return country.type === 'Country' && country.ids.length === 1 ? { ...country, end: country.mention.tokenEnd } : undefined;
    const t = ctx.tokens[k - 1]!;
    if (!(/^\p{Lu}/u.test(t.text) || /^(?:and|of|for)$/.test(t.text))) return undefined;
    k--;
  }
  return undefined;
}

/** "Gina McCarthy", "Dr. Phil Gordon": a name that opens on a known given name (after an honorific). */
function givenNameFirst(name: string | undefined): boolean {
  const words = (name ?? '').split(/\s+/).filter((w) => !HONORIFICS.has(w.replace(/\.$/, '').toLowerCase()) && !HONORIFICS.has(w));
  return words.length >= 2 && isFirstName(words[0]!);
}

/**
 * "First Lady Louise Araneta-Marcos" beside "President Marcos of the Philippines": a spouse's title held
 * by someone who shares a surname with a guest of another country is the guest's spouse's.
 */
function spouseOfGuest(ctx: RelationView, id: string, countryOf: Map<string, Arg>, publisherId: string): boolean {
  const surnames = (name: string | undefined) => (name ?? '').split(/[\s-]+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !/^(?:Jr|Sr)$/.test(w)).slice(1);
  const own = new Set(surnames(ctx.entityById.get(id)?.name));
  for (const [other, country] of countryOf) {
    if (other === id || country.ids[0] === publisherId) continue;
    if (surnames(ctx.entityById.get(other)?.name).some((w) => own.has(w))) return true;
  }
  return false;
}

/**
 * "established by President A, President B, and Prime Minister C": named beside people of two or more
 * countries the text gives, C may be of a third; the headline's one country is no ground for C's.
 */
function amongLeadersOfSeveralCountries(ctx: RelationView, id: string, countryOf: (id: string) => string | undefined): boolean {
  const countries = new Set<string>();
  for (const a of ctx.sentenceArgs)
    if (a.type === 'Person')
      for (const other of a.ids) {
        const country = other === id ? undefined : countryOf(other);
        if (country) countries.add(country);
      }
  return countries.size >= 2;
}

/** "Senior Advisor to the President X": a title read after "the" is the complement of another title, not X's office. */
function afterArticle(ctx: RelationView, r: { start: number }, person: Mention): boolean {
  let k = person.tokenStart;
  while (k > 0 && ctx.tokens[k]!.start > r.start) k--;
  return ctx.tokens[k - 1]?.lower === 'the';
}

/** "President", "Vice President", "First Lady": offices one person holds in a country at a time (the key), else undefined. */
function singleHolderOffice(role: string): string | undefined {
  const key = role.toLowerCase().replace(/^(?:former|then-?|acting)\s+/, '').replace(/-elect$/, '').trim();
  return /^(?:(?:vice )?president|(?:first|second) (?:lady|gentleman))$/.test(key) ? key : undefined;
}

/**
 * "President Biden", "Secretary Yellen": a one-word name right after a plain title (no "of", "for" or
 * "and" in it) reads as a surname. A title with a complement ("Director of Economic Mobility") can run
 * into a capitalised word that is no name, which the given-name test is there to refuse.
 */
function plainTitleBefore(ctx: RelationView, role: string, person: Mention): boolean {
  const before = ctx.tokens[person.tokenStart - 1];
  if (!before || !/^\p{Lu}/u.test(before.text) || !role.endsWith(before.text)) return false;
  return person.end - person.start > 1 && !/\s/.test(person.text) && !/\b(?:of|for|and|to|on|at)\b|&/i.test(role) && /^\p{Lu}/u.test(role);
}

/**
 * "X, Executive Director, Council on Aging", "X, President and CEO of Acme": a title after the name
 * that runs on into a capitalised phrase (after a comma, "of" or "at") names an employer the text gives.
 */
function employerAfter(ctx: RelationView, r: { start: number; end: number }, person: Mention, s: Sentence): boolean {
  if (r.start < person.start) return false;
  let k = person.tokenEnd;
  while (k < s.tokenEnd && ctx.tokens[k]!.end <= r.end) k++;
  const joiner = ctx.tokens[k]?.lower;
  if (joiner !== ',' && joiner !== 'of' && joiner !== 'at') return false;
  const next = ctx.tokens[k + 1];
  if (!next || !/^\p{Lu}/u.test(next.text)) return false;
  // A name, not a clause: "X, Prime Minister, Said …" does not occur; a capitalised verb would be a headline.
  return !/^(?:VERB|AUX)$/.test(next.pos) || !!ctx.argAt(k + 1);
}

/** "President X (Oglala Sioux Tribe, SD)": a bracket after the name naming an organisation or a person. */
function bracketedEmployer(ctx: RelationView, person: Mention, s: Sentence): boolean {
  if (ctx.tokens[person.tokenEnd]?.text !== '(') return false;
  for (let j = person.tokenEnd + 1; j < Math.min(s.tokenEnd, person.tokenEnd + 10) && ctx.tokens[j]!.text !== ')'; j++) {
    const a = ctx.argAt(j);
    if (a && (a.type === 'Organization' || a.type === 'Person')) return true;
  }
  return false;
}

/** The head noun of a title: "Secretary of State" → secretary, "Prime Minister" → minister, "President-elect" → president. */
function titleHead(role: string): string {
  return (role.toLowerCase().replace(/\s+(?:of|for)\s.*$/, '').split(/\s+/).pop() ?? '').replace(/-elect$/, '');
}

/** Leaders of states and governments are one kind of counterpart ("President A called Prime Minister B"). */
const LEADER_HEADS = new Set(['president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'prince']);
function leaderOrHead(head: string): string {
  const singular = head.replace(/s$/, '');
  return LEADER_HEADS.has(singular) ? 'leader' : singular;
}

/**
 * "person|title kind|country" for everyone who met someone holding that kind of title in that country:
 * in a call or meeting between two leaders, each is the other's counterpart, so a weak cue (dateline,
 * headline) naming the other's country does not give it to them.
 */
function counterpartCountries(bySentence: Found[][]): Set<string> {
  const held = new Map<string, { kind: string; country: string }[]>();
  for (const list of bySentence)
    for (const f of list) {
      if (f.type !== 'HOLDS_ROLE' || !f.role) continue;
      for (const c of f.targets) if (c.type === 'Country') for (const a of f.sources) for (const id of a.ids) held.set(id, [...(held.get(id) ?? []), { kind: leaderOrHead(titleHead(f.role)), country: c.ids[0]! }]);
    }
  const out = new Set<string>();
  for (const list of bySentence)
    for (const f of list) {
      if (f.type === 'URGED' || f.type === 'ACCUSED' || f.type === 'VISITED' || f.type === 'PLEDGED' || f.type === 'SUPPORTS') for (const a of f.sources) for (const id of a.ids) for (const c of f.targets) if (c.type === 'Country') out.add(`${id}|*|${c.ids[0]}`);
      if (f.type !== 'MET' || f.negated) continue;
      const sides = [f.sources, f.targets];
      for (const [i, side] of sides.entries())
        for (const a of side)
          for (const id of a.ids)
            for (const o of sides[1 - i]!) for (const oid of o.ids) for (const h of held.get(oid) ?? []) if (oid !== id) out.add(`${id}|${h.kind}|${h.country}`);
    }
  return out;
}

/**
 * The country of a delegation, team or mission the person is listed in: "a U.S. delegation – led by
 * A, B and C –", "a Ghanaian team that included X". The list runs from the verb to the person with no
 * other verb in it.
 */
export function delegationCountry(ctx: RelationView, person: Mention, s: Sentence): Arg | undefined {
  for (let j = person.tokenStart - 1; j > s.tokenStart && j > person.tokenStart - 60; j--) {
    const t = ctx.tokens[j]!;
    if (t.text === ';' || t.text === '.' || t.inQuote) return undefined;
    const listVerb = (t.lower === 'by' && ctx.tokens[j - 1]?.lower === 'led') || /^(?:including|included|includes|comprising)$/.test(t.lower);
    if (!listVerb) {
      if (/^(?:VERB|AUX)$/.test(t.pos) && t.text === t.lower && !ctx.argAt(j) && !ctx.prefixOf.has(j)) return undefined;
      continue;
    }
    let k = t.lower === 'by' ? j - 2 : j - 1;
    while (k > s.tokenStart && /^(?:,|–|—|-|that|which|who)$/.test(ctx.tokens[k]!.lower)) k--;
    if (!DELEGATION_NOUNS.has(ctx.tokens[k]!.lower)) return undefined;
    // "a U.S. delegation": the country named right before the noun.
    return ctx.sentenceArgs.find((a) => a.type === 'Country' && a.ids.length === 1 && a.mention.tokenEnd === k);
  }
  return undefined;
}

/** Nouns for a government's people in "… and other senior Nigerian officials". */
const OFFICIALS_NOUNS = new Set(['officials', 'representatives', 'ministers', 'leaders', 'counterparts', 'members']);

/**
 * "met with President A, Foreign Secretary B, and other senior Mexican government officials": a list
 * closed by "other <demonym> officials" is of that country's people. Only with no verb between.
 */
export function otherOfficialsCountry(ctx: RelationView, person: Mention, s: Sentence): Arg | undefined {
  for (let j = person.tokenEnd; j < s.tokenEnd && j < person.tokenEnd + 40; j++) {
    const t = ctx.tokens[j]!;
    if (t.text === ';' || t.text === '.' || (/^(?:VERB|AUX)$/.test(t.pos) && t.text === t.lower)) return undefined;
    if (t.lower !== 'other') continue;
    for (let k = j + 1; k < Math.min(s.tokenEnd, j + 4); k++) {
      const country = ctx.argAt(k);
      if (!country) continue;
      if (country.type !== 'Country' || country.ids.length !== 1) return undefined;
      const after = ctx.tokens.slice(country.end, Math.min(s.tokenEnd, country.end + 2)).map((x) => x.lower);
      return after.some((w) => OFFICIALS_NOUNS.has(w)) ? country : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "A and B flew to Port Vila … met Prime Minister X": one who met visitors to a country, and went
 * nowhere, is its host. Only when the visitors went to that one country.
 */
export function hostCountries(ctx: RelationView, bySentence: Found[][]): Map<string, Arg> {
  const visited = new Map<string, Arg[]>();
  // "is expected to travel to Washington next week to meet X": a planned trip, and the meeting planned
  // with it in the same sentence, still say where X is at home.
  const planned = bySentence.map(() => new Map<string, Arg[]>());
  for (const [i, list] of bySentence.entries())
    for (const f of list) {
      if (f.type !== 'VISITED' || f.presenceOnly || f.negated || (f.modality && f.modality !== 'planned')) continue;
      const into = f.modality ? planned[i]! : visited;
      for (const t of f.targets) {
        const country = ctx.countryOfPlace(t);
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
 * The country each person holds a role in, where the text says it: the first HOLDS_ROLE with a
 * country target, that country as `as` gives it (a role whose country `as` cannot give is passed over).
 */
export function roleCountries<T>(ctx: RelationView, bySentence: Found[][], as: (country: Arg) => T | undefined): Map<string, T> {
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

/**
 * "Wong said Prime Minister X would like to visit …": a minister speaking of an unqualified head of
 * government speaks of their own country's.
 */
export function speakersCountry(ctx: RelationView, person: Mention, s: Sentence, countryOf: Map<string, Arg>): Arg | undefined {
  for (let j = person.tokenStart - 1; j >= s.tokenStart; j--) {
    const t = ctx.tokens[j]!;
    if (t.inQuote || t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma)) continue;
    // Only the reported clause's subject: no verb between the speech verb and the person.
    for (let v = j + 1; v < person.tokenStart; v++) if (/^(?:VERB|AUX)$/.test(ctx.tokens[v]!.pos)) return undefined;
    return countryOfSpeaker(ctx, subjectOf(ctx, j, s).args, countryOf);
  }
  return attributedCountry(ctx, person, s, countryOf);
}

/**
 * "Foreign Minister X will travel to Y next week, Ghanaian officials said": a closing attribution
 * speaks of the main clause's subject too. Only the subject (no verb before the person) and only a
 * closing clause (", SPEAKER said." / ", said SPEAKER.") with no other verb.
 */
export function attributedCountry(ctx: RelationView, person: Mention, s: Sentence, countryOf: Map<string, Arg>): Arg | undefined {
  for (let j = s.tokenStart; j < person.tokenStart; j++) if (/^(?:VERB|AUX)$/.test(ctx.tokens[j]!.pos) || SUBORDINATORS.has(ctx.tokens[j]!.lower)) return undefined;
  let comma = -1;
  for (let j = s.tokenEnd - 1; j > person.tokenEnd; j--) {
    const t = ctx.tokens[j]!;
    if (t.inQuote) return undefined;
    if (t.text === ',') {
      comma = j;
      break;
    }
  }
  if (comma < 0) return undefined;
  const verbs = [];
  for (let j = comma + 1; j < s.tokenEnd; j++) if (ctx.tokens[j]!.pos === 'VERB') verbs.push(j);
  const v = verbs[0];
  if (verbs.length !== 1 || v === undefined || !SPEECH_VERBS.has(ctx.tokens[v]!.lemma)) return undefined;
  const before = ctx.argsEndingAt(v);
  const speakers = before.length && before[0]!.start > comma ? before : ctx.argsFrom(v + 1, s);
  return countryOfSpeaker(ctx, speakers, countryOf);
}

/** The country of whoever a sentence reports (a speech verb outside quotes with a speaker that stands for one). */
export function reportersCountry(ctx: RelationView, s: Sentence, countryOf: Map<string, Arg>): Arg | undefined {
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    const t = ctx.tokens[j]!;
    // A finite report only: "urged Minsk to explain" reports nothing.
    if (t.inQuote || t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma) || ctx.tokens[j - 1]?.lower === 'to') continue;
    const before = subjectOf(ctx, j, s).args;
    const country = countryOfSpeaker(ctx, before.length ? before : ctx.argsFrom(j + 1, s), countryOf);
    if (country) return country;
  }
  return undefined;
}

/** The country a speaker stands for: a country (or its officials), a person's role country, a national government body. */
export function countryOfSpeaker(ctx: RelationView, speakers: Arg[], countryOf: Map<string, Arg>): Arg | undefined {
  for (const a of speakers) {
    if (a.ids.length !== 1) continue;
    const id = a.ids[0]!;
    if (a.type === 'Country') return a;
    if (countryOf.has(id)) return countryOf.get(id);
    const entity = ctx.entityById.get(id);
    if (a.type === 'Organization' && entity?.attributes?.kind === 'government') {
      const country = ctx.countryOfPlace(a);
      if (country) return country;
    }
  }
  return undefined;
}

/** "Fiji, where they met with Prime Minister X" / "In Kenya, President X said": the country the clause is set in. */
export function localCountry(ctx: RelationView, person: Mention, s: Sentence): Arg | undefined {
  for (let j = person.tokenStart - 1; j >= s.tokenStart; j--) {
    const t = ctx.tokens[j]!;
    if (t.lower === 'where' && ctx.tokens[j - 1]?.text === ',') {
      const place = ctx.argsEndingAt(j - 1);
      const country = place[place.length - 1];
      return country?.type === 'Country' ? country : undefined;
    }
    if (t.pos === 'VERB' && j < person.tokenStart - 6) break;
  }
  // "In Kenya, President X said", "Today in Israel, …", "On Monday in Kyiv, …": a sentence-initial setting.
  for (let j = s.tokenStart; j < Math.min(s.tokenEnd, s.tokenStart + 4); j++) {
    if (ctx.tokens[j]!.lower !== 'in') continue;
    const place = ctx.argsFrom(j + 1, s)[0];
    if (place?.type === 'Country' && ctx.tokens[place.end]?.text === ',') return place;
    break;
  }
  return undefined;
}

export function roleRelations(ctx: RelationView, s: Sentence): Found[] {
  const out: Found[] = [];
  for (const r of ctx.rolesBySentence[s.i]!) {
    const person = ctx.mentions[r.person]!;
    if (r.of === undefined) continue;
    const personId = ctx.resolution.entityOf[person.i];
    const targetId = ctx.resolution.entityOf[r.of];
    const target = ctx.mentions[r.of]!;
    if (!personId || !targetId) continue;
    const type = entityTypeOf(targetId);
    if (type === 'person') continue;
    out.push({
      type: 'HOLDS_ROLE',
      sources: [{ mention: person, ids: [personId], type: 'Person', start: person.tokenStart, end: person.tokenEnd }],
      targets: [{ mention: target, ids: [targetId], type: target.type, start: target.tokenStart, end: target.tokenEnd }],
      trigger: ctx.tokens[person.tokenStart]!,
      confidence: 0.9,
      role: r.role,
    });
  }
  return out;
}

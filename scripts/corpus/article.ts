/**
 * One synthetic news article: a story (a visit, a dispute, a summit, aid, an annexation, a cabinet
 * row) about the invented officials of real countries, told with the patterns real wire copy uses:
 * titles before names and in appositions, "Mr"/"Ms", surnames and pronouns after the first mention,
 * quotations, capitals standing for governments, relative dates, hedged plans and denials.
 */
import { ACTIONS, ADJECTIVES, AGENCIES, AID, CONTEXT, FORUMS, GOALS, INCIDENTS, MONTHS, OFFENCES, QUOTES, TOPICS, WEEKDAYS } from './phrases.js';
import { random, type Random } from './random.js';
import type { Country, Organization, Person, World } from './world.js';

export interface SyntheticArticle {
  /** `syn-000001`: the file's base name and the JSONL id. */
  id: string;
  title: string;
  /** ISO date. */
  date: string;
  /** Dateline city, as printed (upper case). */
  dateline: string;
  source: (typeof AGENCIES)[number];
  /** Paragraphs separated by blank lines. */
  body: string;
  /** How the .txt file presents it: the `date … CITY •` header line, a title and wire lead, or a title line. */
  layout: 'dateline-header' | 'wire-lead' | 'title';
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const possessive = (s: string) => (s.endsWith('s') ? `${s}'` : `${s}'s`);
const NUMBER_WORDS = ['two', 'three', 'four', 'five'];

/** A paragraph, written when its turn comes so that first mentions come first. */
type Paragraph = (c: Cast) => string;

/** Article `index` (0-based) of the corpus of `seed`: the same whatever the corpus size. */
export function generateArticle(world: World, seed: string | number, index: number): SyntheticArticle {
  const rng = random(seed, 'article', index);
  const date = articleDate(seed, index);
  const c = cast(world, rng, date);
  const story = rng.pick(STORIES)(c);
  // Background, reactions and colour around the story, for the length and mix of real articles.
  const paragraphs: Paragraph[] = [...story.paragraphs];
  for (const extra of rng.sample(EXTRAS, rng.int(7, EXTRAS.length))) paragraphs.splice(rng.int(1, paragraphs.length), 0, extra);
  return {
    id: `syn-${String(index + 1).padStart(6, '0')}`,
    title: story.title,
    date: date.iso,
    dateline: c.place.toUpperCase(),
    source: rng.pick(AGENCIES),
    body: paragraphs.map((p) => p(c)).join('\n\n'),
    layout: rng.pick(['dateline-header', 'wire-lead', 'title'] as const),
  };
}

interface ArticleDate {
  iso: string;
  year: number;
  month: number;
  weekday: number;
}

function articleDate(seed: string | number, index: number): ArticleDate {
  const start = Date.UTC(2016, 0, 4);
  const day = Math.floor(random(seed, 'date', index).next() * 365 * 8);
  const d = new Date(start + day * 86_400_000);
  return { iso: d.toISOString().slice(0, 10), year: d.getUTCFullYear(), month: d.getUTCMonth(), weekday: d.getUTCDay() };
}

/** The people and places of one article, and phrasing helpers that track first mentions. */
interface Cast {
  world: World;
  rng: Random;
  /** The main actor, of country `ca`, and the counterpart, of country `cb`. */
  a: Person;
  b: Person;
  ca: Country;
  cb: Country;
  /** Another minister of `ca`. */
  colleague: Person;
  /** An official of an international organisation. */
  official: Person;
  org: Organization;
  /** Where it happens (a capital): the dateline. */
  place: string;
  region: string;
  /** First mention: with title; later: Mr/Ms Surname, Surname, or the full name. */
  who(p: Person, position?: 'subject' | 'object'): string;
  he(p: Person): string;
  his(p: Person): string;
  /** A country; as an actor sometimes its capital or "the X government". */
  country(c: Country, asActor?: boolean): string;
  orgName(o: Organization): string;
  when(): string;
  pastYear(): number;
  context(): string;
  quote(): string;
  pick<T>(items: readonly T[]): T;
  /** One of several phrasings, only the chosen one written (writing one marks first mentions). */
  one(...phrasings: (() => string)[]): string;
  /** "he"/"she" once the person was named, else their name. */
  pronounOr(p: Person): string;
  money(): string;
}

function cast(world: World, rng: Random, date: ArticleDate): Cast {
  const ca = rng.pickSkewed(world.countries, 2.2);
  let cb = rng.pickSkewed(world.countries, 2.2);
  while (cb === ca) cb = rng.pickSkewed(world.countries, 1.5);
  const staffA = world.officials.get(ca)!;
  const staffB = world.officials.get(cb)!;
  // The main actors are mostly leaders and foreign ministers, as in the news.
  const a = rng.chance(0.5) ? staffA[0]! : rng.pickSkewed(staffA.slice(1, 6), 1.8);
  const b = rng.chance(0.5) ? staffB[0]! : rng.pickSkewed(staffB.slice(1, 6), 1.8);
  const official = rng.pick(world.people.filter((p) => p.organization?.international));
  const mentioned = new Set<Person>();
  const orgsMentioned = new Set<Organization>();
  const unusedContext = rng.sample(CONTEXT, CONTEXT.length);
  const unusedQuotes = rng.sample(QUOTES, QUOTES.length);

  const c: Cast = {
    world,
    rng,
    a,
    b,
    ca,
    cb,
    colleague: rng.pick(staffA.slice(1, 6).filter((p) => p !== a)),
    official,
    org: official.organization!,
    place: cb.capital,
    region: rng.pick(world.regions),
    pick: (items) => rng.pick(items),
    one: (...phrasings) => rng.pick(phrasings)(),
    pronounOr: (p) => (mentioned.has(p) ? c.he(p) : c.who(p)),
    who(p, position = 'subject') {
      if (!mentioned.has(p)) {
        mentioned.add(p);
        return firstMention(rng, p, position, c);
      }
      const r = rng.next();
      if (r < 0.6) return `${p.gender === 'female' ? 'Ms' : 'Mr'} ${p.surname}`;
      if (r < 0.85) return p.surname;
      return p.full;
    },
    he: (p) => (p.gender === 'female' ? 'she' : 'he'),
    his: (p) => (p.gender === 'female' ? 'her' : 'his'),
    country(country, asActor = false) {
      if (asActor && rng.chance(0.25)) return country.capital;
      if (asActor && rng.chance(0.15)) return `the ${country.demonym} government`;
      return country.inText;
    },
    orgName(o) {
      const later = orgsMentioned.has(o);
      orgsMentioned.add(o);
      if (later && o.short && rng.chance(0.7)) return /^[A-Z]+$/.test(o.short) ? `the ${o.short}` : o.short; // "the IMF", but "Nato"
      return o.article ? `the ${o.name}` : o.name;
    },
    when() {
      const r = rng.next();
      if (r < 0.55) return `on ${WEEKDAYS[(date.weekday - rng.int(1, 6) + 7) % 7]}`;
      if (r < 0.7) return 'last week';
      if (r < 0.85) return 'last month';
      return `on ${MONTHS[date.month]} ${rng.int(1, 28)}`;
    },
    pastYear: () => date.year - rng.int(2, 12),
    context() {
      const s = unusedContext.shift() ?? rng.pick(CONTEXT);
      return s
        .replace('${n}', String(rng.int(2, 90)))
        .replace('${pct}', String(rng.int(2, 35)))
        .replace('${k}', (rng.int(2, 900) * 100).toLocaleString('en-US'))
        .replace('${month}', MONTHS[rng.int(0, 11)]!);
    },
    quote: () => unusedQuotes.shift() ?? rng.pick(QUOTES),
    money: () => (rng.chance(0.8) ? `$${rng.int(5, 950)} million` : `${rng.int(2, 40)} million euros`),
  };
  return c;
}

/** The first mention of a person, with their title: "Kenyan Foreign Minister X", "X, Kenya's foreign minister,". */
function firstMention(rng: Random, p: Person, position: 'subject' | 'object', c: Cast): string {
  const name = p.initial && rng.chance(0.5) ? p.full.replace(` ${p.surname}`, ` ${p.initial}. ${p.surname}`) : p.full;
  const apposition = position === 'subject' && rng.chance(0.35);
  if (p.organization) {
    const org = c.orgName(p.organization);
    if (p.role === 'chief executive') return apposition ? `${name}, chief executive of ${org},` : `${org} chief executive ${name}`;
    if (apposition) return `${name}, the ${p.role} of ${org},`;
    return `${org} ${p.role === 'Secretary-General' ? p.role : p.role.toLowerCase()} ${name}`;
  }
  const country = p.country!;
  if (p.role === 'spokesperson')
    return apposition ? `${name}, a spokesperson for the ${country.demonym} Foreign Ministry,` : `${country.demonym} Foreign Ministry spokesperson ${name}`;
  if (p.role === 'opposition leader') return `${country.demonym} opposition leader ${name} of the ${country.parties[0]}`;
  if (apposition) return `${name}, ${possessive(country.inText)} ${p.role.toLowerCase()},`;
  return rng.chance(0.65) ? `${country.demonym} ${p.role} ${name}` : `${possessive(country.inText)} ${p.role} ${name}`;
}

interface Story {
  title: string;
  paragraphs: Paragraph[];
}

const visit = (c: Cast): Story => {
  const { a, b, ca, cb } = c;
  c.place = cb.capital;
  return {
    title: `${a.surname} visits ${cb.name} for talks on ${c.pick(TOPICS)}`,
    paragraphs: [
      (c) =>
        c.one(
          () => `${cap(c.who(a))} arrived in ${c.place} ${c.when()} for a ${c.pick(NUMBER_WORDS)}-day visit, ${c.his(a)} first trip to ${cb.inText} since taking office.`,
          () => `${cap(c.who(a))} visited ${cb.inText} ${c.when()} and met ${c.who(b, 'object')} for talks on ${c.pick(TOPICS)}.`,
          () => `During a visit to ${c.place}, ${c.who(a)} said ${c.his(a)} government was ready to ${c.pick(GOALS)}.`,
        ),
      (c) =>
        c.one(
          () => `${cap(c.who(a))} met ${c.who(b, 'object')} in ${c.place} and the two discussed ${c.pick(TOPICS)}.`,
          () => `After meeting ${c.who(b, 'object')}, ${c.who(a)} told reporters that the two sides had agreed to ${c.pick(GOALS)}.`,
          () => `${cap(c.who(a))} held talks with ${c.who(b, 'object')} at the presidential palace, ${c.his(a)} office said.`,
        ),
      (c) => `${cap(c.who(a))} pledged ${c.money()} in ${c.pick(AID)} to ${cb.inText}, according to a joint statement. ${cap(c.he(a))} also urged ${c.country(cb)} to ${c.pick(ACTIONS)}.`,
      (c) =>
        c.one(
          () => `${cap(c.who(b))} said ${c.he(b)} was keen to visit ${ca.inText} later this year, but gave no date.`,
          () => `${cap(c.who(b))} would like to meet ${c.who(a, 'object')} again before the end of the year, an aide said.`,
          () => `${cap(c.who(a))} did not meet ${c.who(c.official, 'object')}, who was travelling, officials said.`,
        ),
    ],
  };
};

const dispute = (c: Cast): Story => {
  const { ca, cb, a, b } = c;
  const offence = c.pick(OFFENCES);
  c.place = ca.capital;
  return {
    title: `${ca.name} accuses ${cb.name} of ${offence}`,
    paragraphs: [
      (c) =>
        c.one(
          () => `${cap(c.country(ca, true))} accused ${cb.inText} of ${offence} ${c.when()}, in a sharp escalation of a long-running dispute.`,
          () => `${cap(c.who(a))} accused ${c.who(b, 'object')} of ${offence}, saying ${c.his(a)} government would respond.`,
        ),
      (c) =>
        c.one(
          () => `${cap(c.country(ca, true))} and ${c.country(cb, true)} have traded blame for ${c.pick(INCIDENTS)}.`,
          () => `${cap(c.who(a))} blamed ${cb.inText} for ${c.pick(INCIDENTS)}.`,
          () => `${cap(c.who(a))} condemned what ${c.he(a)} called ${possessive(cb.inText)} "${c.pick(ADJECTIVES)} and ${c.pick(ADJECTIVES)}" actions.`,
        ),
      (c) =>
        c.one(
          () => `${cap(c.who(b))} denied the accusation and said ${cb.inText} had done nothing wrong.`,
          () => `${cap(c.country(cb, true))} rejected the claims as "baseless".`,
        ),
      (c) =>
        c.one(
          () => `${cap(c.who(c.official))} urged both sides to ${c.pick(ACTIONS.slice(0, 4))}.`,
          () => `${cap(c.who(c.official))} called on ${ca.inText} and ${cb.inText} to ${c.pick(ACTIONS.slice(0, 4))}.`,
        ),
    ],
  };
};

const summit = (c: Cast): Story => {
  const { a, b, ca, cb } = c;
  c.place = c.pick([ca, cb, c.pick(c.world.countries)]).capital;
  return {
    title: `${a.surname} and ${b.surname} meet at ${c.pick(FORUMS)} in ${c.place}`,
    paragraphs: [
      (c) =>
        c.one(
          () => `${cap(c.who(a))} and ${c.who(b, 'object')} met on the sidelines of a ${c.pick(FORUMS)} in ${c.place} ${c.when()}.`,
          () => `A summit between ${c.who(a, 'object')} and ${c.who(b, 'object')} in ${c.place} ended ${c.when()} with a pledge to ${c.pick(GOALS)}.`,
        ),
      (c) =>
        c.one(
          () => `${cap(c.who(a))} said ${ca.inText} stood firmly with ${cb.inText} and would back its bid to join ${c.orgName(c.org)}.`,
          () => `${cap(c.country(ca, true))}, ${possessive(cb.inText)} most powerful backer, has supplied it with loans and fuel.`,
          () => `${cap(c.who(b))} thanked ${ca.inText} for its support during the crisis.`,
        ),
      (c) => `The two leaders had spoken by telephone ${c.pick(['last month', 'in the spring', 'earlier this year'])}, ${c.who(a)} said.`,
      (c) => `${cap(c.who(b))} promised to ${c.pick(GOALS)}, and ${c.who(a)} vowed to help.`,
    ],
  };
};

const aid = (c: Cast): Story => {
  const { official, cb, b, ca } = c;
  const money = c.money();
  c.place = cb.capital;
  return {
    title: `${c.org.short ?? c.org.name} pledges ${money} to ${cb.name}`,
    paragraphs: [
      (c) => `${cap(c.orgName(c.org))} pledged ${money} in ${c.pick(AID)} to ${cb.inText} ${c.when()}, ${c.who(official)} said.`,
      (c) => `${cap(c.who(official))} visited ${c.place} and met ${c.who(b, 'object')}, who welcomed the money.`,
      (c) => `${cap(c.who(official))} urged ${c.who(b, 'object')} to ${c.pick(ACTIONS.slice(4))}.`,
      (c) => `${cap(c.country(ca, true))} said it supported the programme and would add ${c.money()} of its own.`,
    ],
  };
};

const annexation = (c: Cast): Story => {
  const { ca, cb, a, b } = c;
  const year = c.pastYear();
  c.place = cb.capital;
  return {
    title: `${cb.name} will never accept loss of ${c.region}, ${b.surname} says`,
    paragraphs: [
      (c) =>
        c.one(
          () => `${cap(c.who(b))} said ${cb.inText} would never accept the loss of the ${c.region} region, which ${ca.inText} annexed in ${year}.`,
          () => `${cap(c.country(ca, true))} annexed the ${c.region} peninsula from ${cb.inText} in ${year}, a move most countries have not recognised.`,
        ),
      (c) => `${cap(c.who(b))} accused ${ca.inText} of ${c.pick(OFFENCES)} in the region.`,
      (c) => `Relations have been frozen since ${possessive(ca.inText)} annexation of ${c.region} in ${year}, and ${c.who(a)} has refused to discuss its status.`,
      (c) => `${cap(c.orgName(c.org))} voiced support for ${possessive(cb.inText)} territorial integrity.`,
    ],
  };
};

const cabinet = (c: Cast): Story => {
  const { ca } = c;
  const leader = c.world.officials.get(ca)![0]!;
  const minister = c.colleague;
  c.place = ca.capital;
  return {
    title: `${possessive(ca.name)} ${minister.role.toLowerCase()} under pressure over ${c.pick(TOPICS)}`,
    paragraphs: [
      (c) => `${cap(c.who(minister))} faced calls to resign ${c.when()} over ${c.pick(TOPICS)}.`,
      (c) => `${cap(c.who(leader))} said ${c.he(leader)} supported ${c.who(minister, 'object')} "completely".`,
      (c) => `The ${ca.parties.at(-1)} urged the government to ${c.pick(ACTIONS)}.`,
      (c) => `${cap(c.who(minister))} is due to visit ${c.cb.inText} next week, ${c.his(minister)} office said.`,
    ],
  };
};

const STORIES: ((c: Cast) => Story)[] = [visit, visit, dispute, summit, aid, annexation, cabinet];

/** Paragraphs that fit any story: context, quotes, reactions, earlier events. */
const EXTRAS: Paragraph[] = [
  (c) => c.context(),
  (c) => `${c.context()} ${c.context()}`,
  (c) => `"${c.quote()}," ${c.who(c.a)} said.`,
  (c) => `"${c.quote()}," ${c.pronounOr(c.a)} told reporters in ${c.place}.`,
  (c) => `${cap(c.who(c.b))} said: "${c.quote()}."`,
  (c) => `"${c.quote()}," said ${c.who(c.b, 'object')}, speaking alongside ${c.who(c.a, 'object')}.`,
  (c) => `${cap(c.who(c.a))} last met ${c.who(c.b, 'object')} in ${c.ca.capital} ${c.pick(['last year', 'in the spring', 'two years ago'])}. ${c.context()}`,
  (c) => `${cap(c.who(c.colleague))} was also in ${c.place} and held separate talks with ${c.cb.demonym} officials.`,
  (c) => `${cap(c.who(c.official))} said ${c.orgName(c.org)} was ready to help and urged all sides to ${c.pick(ACTIONS)}.`,
  (c) => `${cap(c.country(c.ca, true))} has pledged to ${c.pick(GOALS)}.`,
  (c) => `${cap(c.who(c.b))} has not visited ${c.ca.inText} since ${c.pastYear()}.`,
  (c) => `Later, ${c.who(c.a)} travelled to ${c.pick(c.world.countries).capital} for a ${c.pick(FORUMS)}. ${c.context()}`,
  (c) => `${c.world.companies.length ? cap(c.pick(c.world.companies).name) : 'A state company'} said it would invest ${c.money()} in ${c.cb.inText} over the next ${c.pick(NUMBER_WORDS)} years.`,
];

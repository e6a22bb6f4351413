/**
 * Likely duplicates and likely false merges of an ingested graph (graph.json), for a user to decide
 * and write down in kg.identities.json. Pure: reads the graph, returns a list.
 *
 *   Person "Biden" and Person "Joe Biden" (only full name ending in Biden)  → surname: likely duplicate
 *   "Joseph R. Biden, Jr." / "Joseph Biden", "Erdoğan" / "Erdogan"         → variant: likely duplicate
 *   "Jake Sullivan" / "Kathryn Sullivan"                                   → shared-surname: keep apart?
 *   Location "Paris" LOCATED_IN France and LOCATED_IN United States        → two-countries: likely false merge
 *
 * Name comparisons are general: names are folded (diacritics, case, punctuation) into words;
 * initials and suffixes (Jr., II) are set aside; spelling variants are a small edit distance.
 */
import type { KnowledgeGraph } from '../graph/build.js';
import { entryByKey, isFirstName, lookupDemonym, lookupName } from '../knowledge/index.js';
import type { EntityType, Suspect, SuspectEntity, UserIdentities } from '../model.js';
import { sameRoots } from './file.js';

export interface SuspectReport {
  suspects: Suspect[];
  counts: Record<Suspect['kind'], number>;
  /** Suspects left out because the user's merges file already decides every pair of their ids. */
  decided: number;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Blocks bigger than this (a very common first or last word) are not compared pairwise. */
const MAX_BLOCK = 400;

interface NameInfo {
  id: string;
  type: EntityType;
  /** Folded words of the name. */
  words: string[];
  /** The words without initials and suffixes: what identifies the name. */
  core: string[];
  /** A person's full name: two or more words, the first a known first name ("Janet Yellen", not "Federal Budget"). */
  fullName: boolean;
}

/** "Joseph R. Biden, Jr." → ["joseph", "r", "biden", "jr"]; "Erdoğan" → ["erdogan"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2060\u200b-\u200d\u00ad]/g, '') // invisible joiners and soft hyphens inside names
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The suspects of a graph. With the user's merges file, suspects whose every pair of ids it already
 * decides (joined by `same`, directly or through a chain, or kept apart by `apart`) are left out.
 */
export function findSuspects(graph: KnowledgeGraph, identities?: UserIdentities): SuspectReport {
  const infos: NameInfo[] = [];
  graph.forEachNode((id, a) => {
    const words = nameWords(a.name);
    if (!words.length) return;
    const core = words.filter((w) => w.length > 1 && !SUFFIXES.has(w));
    const first = a.name.split(/[\s,]+/)[0]!.replace(/[^\p{L}'’-]/gu, '');
    infos.push({ id, type: a.type, words, core, fullName: a.type === 'Person' && core.length >= 2 && isFirstName(first) });
  });
  const found: Suspect[] = [...surnames(graph, infos), ...variants(graph, infos), ...twoCountries(graph)];
  const isDecided = identities ? decidedBy(identities) : () => false;
  const suspects = found.filter((x) => !isDecided(x.entities.map((e) => e.id)));
  // The ones that matter most first: by how many articles mention their entities.
  const weight = (x: Suspect) => x.entities.reduce((n, e) => n + e.articles.length, 0);
  suspects.sort((a, b) => weight(b) - weight(a));
  const counts = { surname: 0, 'ambiguous-surname': 0, variant: 0, 'shared-surname': 0, 'two-countries': 0 } as SuspectReport['counts'];
  for (const s of suspects) counts[s.kind]++;
  return { suspects, counts, decided: found.length - suspects.length };
}

/** Whether the user's file decides every pair of a group of ids (a single id is never decided: a file cannot split one id). */
function decidedBy(identities: UserIdentities): (ids: string[]) => boolean {
  const root = sameRoots(identities);
  const apart = new Set<string>();
  for (const g of identities.apart) for (const a of g) for (const b of g) if (a !== b) apart.add(`${root(a)}\u0000${root(b)}`);
  return (ids) => {
    if (ids.length < 2) return false;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [root(ids[i]!), root(ids[j]!)];
        if (a !== b && !apart.has(`${a}\u0000${b}`)) return false;
      }
    return true;
  };
}

function entityOf(graph: KnowledgeGraph, id: string): SuspectEntity {
  const a = graph.getNodeAttributes(id);
  return { id, type: a.type, name: a.name, aliases: a.aliases, articles: [...new Set(a.documentIds)] };
}

/** The surname of a full name: its last word that is not a suffix or an initial. */
function surnameOf(info: NameInfo): string | undefined {
  return info.fullName ? info.core[info.core.length - 1] : undefined;
}

/**
 * Surname-only Persons, and full names that share a surname. Full names that are forms of one name
 * (Joe Biden, Joseph R. Biden, Jr.) count as one person: a surname fits "exactly one" when all the
 * full names with it are forms of one name.
 */
function surnames(graph: KnowledgeGraph, infos: NameInfo[]): Suspect[] {
  const people = infos.filter((i) => i.type === 'Person');
  const full = new Map<string, NameInfo[]>();
  for (const p of people) {
    const surname = surnameOf(p);
    if (surname) full.set(surname, [...(full.get(surname) ?? []), p]);
  }
  const peopleBySurname = new Map([...full].map(([surname, group]) => [surname, clusterVariants(group)]));
  const out: Suspect[] = [];
  for (const p of people) {
    if (p.words.length !== 1 || p.core.length !== 1) continue;
    const fits = peopleBySurname.get(p.core[0]!) ?? [];
    if (fits.length === 0) continue;
    const entities = [entityOf(graph, p.id), ...fits.flat().map((f) => entityOf(graph, f.id))];
    const names = fits.map((c) => c.map((f) => graph.getNodeAttribute(f.id, 'name')).join(' / '));
    if (fits.length === 1) out.push({ kind: 'surname', likely: 'duplicate', reason: `surname only; the one full-named Person with it: ${names[0]}`, entities });
    else out.push({ kind: 'ambiguous-surname', likely: 'unsure', reason: `surname only; ${fits.length} full-named Persons have it: ${names.join('; ')}`, entities });
  }
  for (const [surname, clusters] of peopleBySurname)
    if (clusters.length >= 2)
      out.push({
        kind: 'shared-surname',
        likely: 'unsure',
        reason: `${clusters.length} people share the surname "${surname}": ${clusters.map((c) => c.map((f) => graph.getNodeAttribute(f.id, 'name')).join(' / ')).join('; ')}`,
        entities: clusters.flat().map((f) => entityOf(graph, f.id)),
      });
  return out;
}

/** Names split into groups of forms of one name (connected by variantReason). */
function clusterVariants(names: NameInfo[]): NameInfo[][] {
  const clusters: NameInfo[][] = [];
  for (const n of names) {
    const joined = clusters.filter((c) => c.some((m) => variantReason(n, m) !== undefined));
    const merged = [n, ...joined.flat()];
    for (const c of joined) clusters.splice(clusters.indexOf(c), 1);
    clusters.push(merged);
  }
  return clusters.map((c) => c.sort((a, b) => (a.id < b.id ? -1 : 1)));
}

/**
 * Why two names of one type look like forms of one name, or undefined. Single words are compared only
 * by spelling: a lone word that could be many names is the surname rule's business.
 */
export function variantReason(a: NameInfo, b: NameInfo): string | undefined {
  if (a.type !== b.type || a.id === b.id) return undefined;
  const [x, y] = [a.words.join(' '), b.words.join(' ')];
  if (x === y) return 'the same name but for case, punctuation or diacritics';
  const [cx, cy] = [a.core.join(' '), b.core.join(' ')];
  if (cx === cy && cx.length > 0 && a.core.length >= 2) return 'the same name but for initials or a suffix';
  if (spellingVariant(a.words, b.words)) return 'a spelling variant';
  // Given names and longer forms are person-name rules: "White House" and "White House Council" are two bodies.
  if (a.type !== 'Person') return undefined;
  if (a.fullName && b.fullName && a.core.at(-1) === b.core.at(-1) && givenNamesFit(a.core[0]!, b.core[0]!))
    return 'the same surname and a form of the same given name';
  const [short, longer] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  const shortInfo = a.words.length <= b.words.length ? a : b;
  if (shortInfo.fullName && short.length < longer.length && short.every((w, i) => longer[i] === w)) return 'one name begins with the other';
  return undefined;
}

/**
 * Given names that may be one: equal, an initial of the other, one the start of the other
 * (Kath/Kathleen, Deb/Debra), or a short form (four letters at most) sharing the first two letters
 * (Joe/Joseph, Mike/Michael). Without a nickname table Bill/William is missed, Mary/Martin let through.
 */
function givenNamesFit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return Math.min(a.length, b.length) <= 4 && a.slice(0, 2) === b.slice(0, 2);
}

/**
 * Word by word, the same name but for a letter or two in long words (Mohammed/Mohamed,
 * Zelensky/Zelenskyy, Philippine/Philippines): short words must be equal, so Alex/Lee or
 * Northern/Southern do not pass.
 */
function spellingVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let differs = false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    const allowed = Math.min(x.length, y.length) >= 8 ? 2 : Math.min(x.length, y.length) >= 5 ? 1 : 0;
    if (!allowed || x[0] !== y[0] || Math.abs(x.length - y.length) > allowed || editDistance(x, y) > allowed) return false;
    differs = true;
  }
  return differs;
}

/** Clusters of names that are variants of one another, compared within blocks (first word, last word, first letters). */
function variants(graph: KnowledgeGraph, infos: NameInfo[]): Suspect[] {
  const blocks = new Map<string, NameInfo[]>();
  for (const i of infos) {
    const keys = new Set([`f:${i.words[0]}`, `l:${i.words.at(-1)}`, `p:${i.words.join('').slice(0, 3)}`, ...(i.core.length ? [`c:${i.core.at(-1)}`] : [])]);
    for (const k of keys) blocks.set(`${i.type}|${k}`, [...(blocks.get(`${i.type}|${k}`) ?? []), i]);
  }
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const reasons = new Map<string, Set<string>>();
  const done = new Set<string>();
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let i = 0; i < block.length; i++)
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = [block[i]!, block[j]!];
        const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
        if (done.has(key)) continue;
        done.add(key);
        const why = variantReason(a, b);
        if (!why) continue;
        const [ra, rb] = [root(a.id), root(b.id)];
        if (ra !== rb) parent.set(rb, ra);
        for (const id of [a.id, b.id]) reasons.set(id, (reasons.get(id) ?? new Set()).add(why));
      }
  }
  const clusters = new Map<string, string[]>();
  for (const id of reasons.keys()) clusters.set(root(id), [...(clusters.get(root(id)) ?? []), id]);
  return [...clusters.values()].map((ids) => {
    const why = new Set(ids.flatMap((id) => [...reasons.get(id)!]));
    return { kind: 'variant', likely: 'duplicate', reason: [...why].join('; '), entities: ids.sort().map((id) => entityOf(graph, id)) };
  });
}

/**
 * Bodies and places tied to two countries: by their general knowledge, a country named in one of
 * their names ("U.S. House of Representatives", "Libya's House of Representatives", "Paris, Texas"
 * is no country, "Embassy of Ukraine" is) or a LOCATED_IN fact. (Persons are left out: one
 * president's role facts name dozens of countries.)
 */
function twoCountries(graph: KnowledgeGraph): Suspect[] {
  const out: Suspect[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== 'Organization' && a.type !== 'Location') return;
    const countries = new Map<string, { name: string; articles: Set<string> }>();
    const add = (key: string, name: string, articles: string[]) => {
      const c = countries.get(key) ?? { name, articles: new Set<string>() };
      for (const d of articles) c.articles.add(d);
      countries.set(key, c);
    };
    const countryKey = a.attributes?.countryKey;
    if (typeof countryKey === 'string') add(countryKey, entryByKey(countryKey)?.name ?? countryKey, []);
    for (const name of [a.name, ...a.aliases]) {
      const key = countryNamedIn(name);
      if (key && !(a.attributes?.knowledgeKey === key)) add(key, entryByKey(key)?.name ?? key, []);
    }
    graph.forEachOutEdge(id, (_e, e, _s, target, _sa, ta) => {
      if (e.type !== 'LOCATED_IN' || ta.type !== 'Country') return;
      const key = typeof ta.attributes?.knowledgeKey === 'string' ? ta.attributes.knowledgeKey : target;
      add(key, ta.name, e.evidence.map((v) => v.documentId));
    });
    if (countries.size < 2) return;
    out.push({
      kind: 'two-countries',
      likely: 'false-merge',
      reason: `tied to ${countries.size} countries: ${[...countries.values()].map((c) => c.name).join(', ')}`,
      entities: [entityOf(graph, id)],
      countries: [...countries].map(([key, c]) => ({ id: key, name: c.name, articles: [...c.articles] })),
    });
  });
  return out;
}

/**
 * The country that a name of a body or place names as its own: a known name's country, else a
 * leading country or demonym ("Libyan House of Representatives"), or a trailing "of <country>" / ", <country>".
 */
export function countryNamedIn(name: string): string | undefined {
  // A name general knowledge knows ("British Columbia", "U.S. Senate") carries its own country, whatever its first word.
  const known = lookupName(name);
  if (known) return known.type === 'Country' ? undefined : known.countryKey;
  const words = name.replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  const asCountry = (phrase: string): string | undefined => {
    const demonym = lookupDemonym(phrase);
    if (demonym && !demonym.ambiguous) return demonym.countryKey;
    const entry = lookupName(phrase);
    return entry?.type === 'Country' ? entry.key : undefined;
  };
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const key = asCountry(words.slice(0, n).join(' ').replace(/^the\s+/i, '').replace(/[-–]$/, ''));
    if (key) return key;
  }
  const tail = /(?:\bof|,)\s+(?:the\s+)?([^,]+)$/.exec(name)?.[1];
  return tail ? asCountry(tail.trim()) : undefined;
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

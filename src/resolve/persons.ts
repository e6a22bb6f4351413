/**
 * Persons across articles. Full names (a given name and a surname) join when they can be one person:
 * same surname spelling, compatible given names (nicknames, transliterations, initials) and middle
 * names ('Joseph R. Biden, Jr.' = 'Joe Biden' = 'Joseph Biden'). A name joins a group only when it
 * fits exactly one, so 'J. Sullivan' beside 'Jake Sullivan' and 'Kathryn Sullivan' stays alone.
 * Then short forms: a surname alone ('Biden') joins the one full-named group with that surname; when
 * two fit, the article's own context decides (a role or a role's country only one of them has), else
 * the one public figure among them (see `holder`);
 * a given name alone ('Hunter') joins a full name only in an article that names its family.
 *   joinPersons(records, clusters) → per-article decisions { documentId → { 'person:sullivan' → 'person:jake-sullivan' } }
 */
import { isFirstName } from '../knowledge/names.js';
import type { Clusters } from './clusters.js';
import { fuller, nameOf, type EntityRecord, type ShortContext } from './collect.js';
import { fullNamesCompatible, givenCompatible, middlesCompatible, spellingKey, surnameKey } from './names.js';

/** Per-article exceptions: document id → old id → id of a record of the chosen group. */
export type DocumentDecisions = Map<string, Map<string, string>>;

export function joinPersons(records: EntityRecord[], clusters: Clusters, decisions: DocumentDecisions): void {
  const persons = records.filter((r) => r.type === 'Person' && r.person);
  // A full name starts with a known first name (or an initial): 'World War II' and 'Saint Francis' are no full names.
  const full = persons.filter((r) => r.person!.given && (r.person!.given.length === 1 || isFirstName(capitalised(r.person!.given))));
  const short = persons.filter((r) => !r.person!.given);

  // Full names, by surname; full given names before initials, fullest first, so a group forms around
  // the most complete form and an initial is matched against settled groups.
  const bySurname = new Map<string, EntityRecord[]>();
  for (const r of full) {
    const k = surnameKey(r.person!.surname);
    const list = bySurname.get(k) ?? [];
    list.push(r);
    bySurname.set(k, list);
  }
  const groupsBySurname = new Map<string, EntityRecord[][]>();
  for (const [k, list] of bySurname) {
    list.sort((a, b) => Number(a.person!.given!.length === 1) - Number(b.person!.given!.length === 1) || fuller(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : 1));
    const groups: EntityRecord[][] = [];
    for (const r of list) {
      const fits = groups.filter((g) => fitsGroup(g, r) && clusters.canJoin(g[0]!.id, r.id));
      if (fits.length === 1) {
        fits[0]!.push(r);
        clusters.join(fits[0]![0]!.id, r.id);
      } else if (fits.length === 0) groups.push([r]);
      // Two groups fit: an ambiguous form stays alone (and is no group others can join).
    }
    groupsBySurname.set(k, groups);
  }

  // How many groups have each given name: a lone word that is more often a given name than a
  // surname in the run ('John', 'Paul') is not read as a surname.
  const givenCount = new Map<string, number>();
  for (const groups of groupsBySurname.values())
    for (const g of groups) {
      const k = spellingKey(g[0]!.person!.given!);
      givenCount.set(k, (givenCount.get(k) ?? 0) + 1);
    }

  for (const r of short) {
    const key = surnameKey(r.person!.surname);
    const asSurname = groupsBySurname.get(key) ?? [];
    const bySurnameGroups = (givenCount.get(key) ?? 0) > asSurname.length ? [] : asSurname.filter((g) => clusters.canJoin(g[0]!.id, r.id));
    if (bySurnameGroups.length === 1) {
      clusters.join(bySurnameGroups[0]![0]!.id, r.id);
      continue;
    }
    const contexts = r.shortContexts ?? [];
    if (bySurnameGroups.length > 1) {
      for (const c of contexts) {
        const chosen = decide(bySurnameGroups, c);
        if (chosen) record(decisions, c.documentId, r.id, chosen[0]!.id);
      }
      continue;
    }
    // No surname fits: a given name, beside its family in the article.
    if (r.person!.surname.includes(' ')) continue;
    for (const c of contexts) {
      if (!c.family.length) continue;
      // The family member must be someone else: "Louis" beside "Louis DeJoy" alone is no relative.
      const fits = c.family.flatMap(([f, member]) =>
        (groupsBySurname.get(f) ?? []).filter(
          (g) => !g.some((m) => clusters.find(m.id) === clusters.find(member)) && g.some((m) => givenCompatible(m.person!.given!, r.person!.surname) && spellingKey(m.person!.given!).length > 1),
        ),
      );
      const unique = [...new Set(fits)];
      if (unique.length === 1 && clusters.canJoin(unique[0]![0]!.id, r.id)) record(decisions, c.documentId, r.id, unique[0]![0]!.id);
    }
  }
}

/**
 * A full name fits a group when it can be each member; an initial ('W. Granger') need only fit one
 * member's given name ('William', not the nickname 'Bill' beside it).
 */
function fitsGroup(g: EntityRecord[], r: EntityRecord): boolean {
  const p = r.person!;
  if (p.given!.length > 1) return g.every((m) => fullNamesCompatible(m.person!, p));
  return g.some((m) => fullNamesCompatible(m.person!, p)) && g.every((m) => middlesCompatible(m.person!.middles, p.middles));
}

/**
 * The one group the article's context points to: a role only it holds (or holds in far more articles
 * than any other: one misread 'President' for a spouse does not make the President's title ambiguous),
 * else a role's country only it has.
 */
function decide(groups: EntityRecord[][], c: ShortContext): EntityRecord[] | undefined {
  const byRole = groups.filter((g) => roleArticles(g, c.roles) > 0);
  if (byRole.length === 1) return byRole[0];
  const dominant = byRole.find((g) => byRole.every((o) => o === g || roleArticles(g, c.roles) >= DOMINANT_ROLE_RATIO * roleArticles(o, c.roles)));
  if (dominant) return dominant;
  const byOf = groups.filter((g) => g.some((m) => c.of.some((x) => m.of?.has(x))));
  if (byOf.length === 1) return byOf[0];
  return holder(groups);
}

/**
 * With no clue in the article, news uses a bare surname for the public figure of the name: the one
 * group that holds a role anywhere in the run and is named in at least as many articles as each other
 * ('Biden' is the President, not his son). Two role holders ('Jake Sullivan' and 'Kathryn Sullivan',
 * both with posts) stay apart.
 */
function holder(groups: EntityRecord[][]): EntityRecord[] | undefined {
  const holders = groups.filter((g) => g.some((m) => m.roles?.size));
  if (holders.length !== 1) return undefined;
  const articles = (g: EntityRecord[]) => g.reduce((n, m) => n + m.articles, 0);
  const top = articles(holders[0]!);
  return groups.every((g) => g === holders[0] || articles(g) <= top) ? holders[0] : undefined;
}

/** How many times the run gives the group's members one of these role titles (an article counts once per member). */
function roleArticles(g: EntityRecord[], roles: readonly string[]): number {
  let n = 0;
  for (const m of g) for (const x of roles) n += m.roles?.get(x) ?? 0;
  return n;
}

/** A role held in at least this many times the articles of any other holder is that holder's. */
const DOMINANT_ROLE_RATIO = 10;

function record(decisions: DocumentDecisions, documentId: string, from: string, to: string): void {
  let m = decisions.get(documentId);
  if (!m) decisions.set(documentId, (m = new Map()));
  m.set(from, to);
}

const capitalised = (word: string) => word.replace(/(^|-)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

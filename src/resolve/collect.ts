/**
 * Gathers entity summaries article by article into one record per per-article id: its names, its
 * aliases, in how many articles, and the little per-article context resolution needs later (for
 * one-word person names: the article's roles and family names; for organisations and places: the
 * country each article gives). The articles themselves are not kept, so 10,000+ articles fit.
 *   add([{ documentId: 'a1', id: 'person:biden', type: 'Person', name: 'Biden', aliases: [] }, …])
 */
import type { EntitySummary, EntityType } from '../model.js';
import { parsePersonName, surnameKey, type PersonName } from './names.js';

/** What one article says around a one-word person name. */
export interface ShortContext {
  documentId: string;
  /** Lower-case role titles the article gives it. */
  roles: string[];
  /** Ids of the countries or organisations its roles are held in. */
  of: string[];
  /** The other persons of the article: surname key and id ('biden', 'person:joe-biden' beside 'Hunter'). */
  family: [string, string][];
}

/** The country an article gives an organisation or place (undefined: none), and the article's countries. */
export interface PlaceContext {
  documentId: string;
  countryKey: string | undefined;
  countries: readonly string[];
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  /** Name → number of articles that call it so. */
  names: Map<string, number>;
  aliases: Set<string>;
  articles: number;
  knowledgeKey?: string;
  /** Persons: the name in parts (the fullest name of the record). */
  person?: PersonName;
  /** Persons with a full name: every role title seen (with the number of articles giving it) and role holder, for short forms to be matched against. */
  roles?: Map<string, number>;
  of?: Set<string>;
  /** Persons known by one word: the context of each article. */
  shortContexts?: ShortContext[];
  /** Organisations and places: the country of each article. */
  places?: PlaceContext[];
}

/** Fullest first: more words, then longer, then alphabetical, so the choice does not depend on input order. */
export function fuller(a: string, b: string): number {
  return b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

export class Collector {
  readonly records = new Map<string, EntityRecord>();

  /** The summaries of one article. */
  add(summaries: readonly EntitySummary[]): void {
    const family = summaries.flatMap((s): [string, string][] => {
      if (s.type !== 'Person') return [];
      const p = parsePersonName(s.name);
      return p?.given ? [[surnameKey(p.surname), s.id]] : [];
    });
    for (const s of summaries) this.addOne(s, family);
  }

  private addOne(s: EntitySummary, family: [string, string][]): void {
    let r = this.records.get(s.id);
    if (!r) {
      r = { id: s.id, type: s.type, names: new Map(), aliases: new Set(), articles: 0 };
      this.records.set(s.id, r);
    }
    r.articles++;
    r.names.set(s.name, (r.names.get(s.name) ?? 0) + 1);
    for (const a of s.aliases) r.aliases.add(a);
    const knowledgeKey = s.attributes?.knowledgeKey;
    if (typeof knowledgeKey === 'string') r.knowledgeKey ??= knowledgeKey;
    // A title shared by two names is plural ("Presidents Ortiz and Varga"): compared singular, in lower case.
    const roles = (s.context?.roles ?? []).map((x) => x.toLowerCase().replace(/s$/, ''));
    const of = s.context?.of ?? [];

    if (s.type === 'Person') {
      const p = parsePersonName(s.name);
      if (p && (!r.person || fuller(s.name, nameOf(r)) < 0)) r.person = p;
      if (p?.given) {
        for (const x of new Set(roles)) (r.roles ??= new Map()).set(x, (r.roles.get(x) ?? 0) + 1);
        for (const x of of) (r.of ??= new Set()).add(x);
      } else if (p) {
        const own = surnameKey(p.surname);
        (r.shortContexts ??= []).push({ documentId: s.documentId, roles, of, family: family.filter(([f]) => f !== own) });
      }
    } else if (s.type === 'Organization' || s.type === 'Location') {
      const countryKey = s.attributes?.countryKey;
      (r.places ??= []).push({
        documentId: s.documentId,
        countryKey: typeof countryKey === 'string' ? countryKey : undefined,
        countries: s.context?.countries ?? [],
      });
    }
  }
}

/** The fullest name a record was given. */
export function nameOf(r: EntityRecord): string {
  return [...r.names.keys()].sort(fuller)[0]!;
}

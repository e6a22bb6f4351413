/**
 * One name, different bodies: an organisation or place whose articles give it two or more different
 * countries (the House of Representatives of the United States and of Libya; Paris, France and
 * Paris, Texas) becomes one entity per country, with the country in its id
 * ('organization:house-of-representatives' → '…-us', '…-ly'). An article that gives no country for
 * it follows the one of those countries it names, if exactly one; otherwise it keeps the plain id.
 *   splitHomonyms(records) → { split: Set of ids, decisions: document → old id → variant id }
 */
import type { EntityRecord } from './collect.js';
import type { DocumentDecisions } from './persons.js';

export interface HomonymSplit {
  /** Ids split by country: they take part in no other join. */
  split: Set<string>;
  /** Variant id → the record it comes from. */
  variants: Map<string, EntityRecord>;
}

export function splitHomonyms(records: EntityRecord[], decisions: DocumentDecisions): HomonymSplit {
  const split = new Set<string>();
  const variants = new Map<string, EntityRecord>();
  for (const r of records) {
    if (!r.places) continue;
    const countries = [...new Set(r.places.map((p) => p.countryKey).filter((k): k is string => !!k))].sort();
    if (countries.length < 2) continue;
    split.add(r.id);
    const variantOf = (countryKey: string) => {
      const id = `${r.id}-${countryKey.slice(countryKey.indexOf(':') + 1).replace(/[^a-z0-9]+/g, '-')}`;
      variants.set(id, r);
      return id;
    };
    for (const p of r.places) {
      const key = p.countryKey ?? onlyOne(countries.filter((c) => p.countries.includes(c)));
      if (!key) continue;
      let m = decisions.get(p.documentId);
      if (!m) decisions.set(p.documentId, (m = new Map()));
      m.set(r.id, variantOf(key));
    }
  }
  return { split, variants };
}

const onlyOne = <T>(xs: T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

/** Curated organisations (curated/organizations.ts) into the gazetteer. */
import { COMPANIES, INTERNATIONAL_ORGANIZATIONS, NATIONAL_ORGANIZATIONS, NEWS_ORGANIZATIONS, type OrgRow } from './curated/organizations.js';
import { countryKey } from './countries.js';
import { Gazetteer, RANK } from './gazetteer.js';
import type { KnowledgeEntry } from './types.js';

function addRows(g: Gazetteer, rows: readonly OrgRow[]): void {
  for (const [id, name, aliases, country, kind, options] of rows) {
    const entry: KnowledgeEntry = { key: `org:${id}`, type: 'Organization', name, aliases: [...aliases], kind };
    if (country) entry.countryKey = countryKey(country);
    if (options?.seatOf) entry.seatOf = countryKey(options.seatOf);
    g.add(entry, RANK.organization, options?.ambiguous ?? []);
  }
}

export function addOrganizations(g: Gazetteer): void {
  addRows(g, INTERNATIONAL_ORGANIZATIONS);
  addRows(g, NEWS_ORGANIZATIONS);
  addRows(g, NATIONAL_ORGANIZATIONS);
  addRows(g, COMPANIES);
}

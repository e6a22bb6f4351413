/**
 * `kg entities --suspects` output: the suspects of a graph as text for a person deciding what to
 * write in kg.identities.json, or as JSON. Pure: strings from a report.
 *
 *   surname only; the one full-named Person with it: Janet Yellen
 *     person:yellen         Yellen        3 articles: "Readout of …" (2021-03-01), …
 *     person:janet-yellen   Janet Yellen  7 articles: …
 */
import type { DocumentMeta, Suspect } from '../model.js';
import type { SuspectReport } from './suspects.js';

/** The headings of the kinds, in the order they are printed, and the count line of each. */
const KINDS: { kind: Suspect['kind']; heading: string; count: (n: number) => string }[] = [
  { kind: 'surname', heading: 'Surname only, fits exactly one full-named Person (likely the same person)', count: (n) => `${n} unresolved surname-only Person nodes that fit exactly one full-named Person` },
  { kind: 'ambiguous-surname', heading: 'Surname only, fits several full-named Persons (which one?)', count: (n) => `${n} surname-only Person nodes that fit several full-named Persons` },
  { kind: 'variant', heading: 'Name variants (likely one entity under several ids)', count: (n) => `${n} groups of name variants` },
  { kind: 'shared-surname', heading: 'Full names sharing a surname (likely different people: keep apart?)', count: (n) => `${n} surnames shared by different full names` },
  { kind: 'two-countries', heading: 'One name tied to two countries (likely two bodies or places merged)', count: (n) => `${n} bodies or places tied to two countries` },
];

export interface TextOptions {
  /** Article titles shown per entity (default 3). */
  articles?: number;
}

export function formatSuspectsText(report: SuspectReport, documents: Record<string, DocumentMeta>, source: string, options: TextOptions = {}): string {
  const shown = options.articles ?? 3;
  const lines: string[] = [`Likely duplicates and false merges in ${source}`, ''];
  for (const { kind, heading } of KINDS) {
    const suspects = report.suspects.filter((s) => s.kind === kind);
    if (!suspects.length) continue;
    lines.push(`${heading}: ${suspects.length}`);
    for (const s of suspects) {
      lines.push(`  ${s.reason}`);
      const idWidth = Math.max(...s.entities.map((e) => e.id.length));
      const nameWidth = Math.max(...s.entities.map((e) => e.name.length));
      for (const e of s.entities) lines.push(`    ${e.id.padEnd(idWidth)}  ${e.name.padEnd(nameWidth)}  ${articleList(e.articles, documents, shown)}`);
      for (const c of s.countries ?? []) if (c.articles.length) lines.push(`    ${c.name}: ${articleList(c.articles, documents, shown)}`);
    }
    lines.push('');
  }
  for (const { kind, count } of KINDS) lines.push(count(report.counts[kind]));
  if (report.decided) lines.push(`${report.decided} more already decided in the identities file (left out)`);
  lines.push('', 'To correct them, list ids in kg.identities.json: {"same": [[id, id]], "apart": [[id, id]]} (docs/identity.md).');
  return lines.join('\n') + '\n';
}

function articleList(ids: string[], documents: Record<string, DocumentMeta>, shown: number): string {
  const label = (id: string) => {
    const d = documents[id];
    const title = d?.title ? `"${d.title.length > 70 ? `${d.title.slice(0, 69)}…` : d.title}"` : id;
    return d?.date ? `${title} (${d.date})` : title;
  };
  const more = ids.length > shown ? `, +${ids.length - shown} more` : '';
  return `${ids.length} article${ids.length === 1 ? '' : 's'}: ${ids.slice(0, shown).map(label).join('; ')}${more}`;
}

/** JSON: the counts, the suspects, and the title and date of every article they name. */
export function suspectsJson(report: SuspectReport, documents: Record<string, DocumentMeta>, source: string): string {
  const named = new Set(report.suspects.flatMap((s) => [...s.entities.flatMap((e) => e.articles), ...(s.countries ?? []).flatMap((c) => c.articles)]));
  const articles = Object.fromEntries([...named].sort().map((id) => [id, { title: documents[id]?.title ?? null, date: documents[id]?.date ?? null }]));
  return JSON.stringify({ graph: source, counts: report.counts, decided: report.decided, suspects: report.suspects, articles }, null, 2) + '\n';
}

/** The human-readable `kg eval` report. */
import type { EvalSummary, Figures } from './score.js';

const f3 = (x: number) => x.toFixed(3);
const row = (label: string, v: Figures) =>
  `${label.padEnd(14)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}  ${f3(v.precision)}  ${f3(v.recall)}  ${f3(v.f1)}`;
const header = (what: string) => `${what.padEnd(14)}   tp   fp   fn  P      R      F1`;
const overall = (v: Figures) => `F1 ${f3(v.f1)} (P ${f3(v.precision)}, R ${f3(v.recall)}; tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`;

export function formatReport(s: EvalSummary, options: { verbose?: boolean } = {}): string {
  const lines = [`documents: ${s.documents}`, '', header('entity type')];
  for (const [type, v] of Object.entries(s.byEntityType)) lines.push(row(type, v));
  lines.push('', header('relation type'));
  for (const [type, v] of Object.entries(s.byRelationType)) lines.push(row(type, v));
  if (options.verbose) {
    lines.push('');
    for (const m of s.missed) lines.push(`missed    ${m.document}  ${m.item}`);
    for (const m of s.spurious) lines.push(`spurious  ${m.document}  ${m.item}`);
  }
  lines.push(
    '',
    `entities (by name): ${overall(s.entities)}`,
    `entities (typed):   ${overall(s.entitiesTyped)}`,
    `duplicates:         ${s.duplicates}`,
    `relations:          ${overall(s.relations)}`,
    `evidence grounded:  ${evidenceLine(s)}`,
  );
  return lines.join('\n') + '\n';
}

function evidenceLine(s: EvalSummary): string {
  if (!s.evidence.documents) return 'not checked (no article text; see --text-dir)';
  const partial = s.evidence.documents < s.documents ? ` (text of ${s.evidence.documents} of ${s.documents} documents)` : '';
  return `${s.evidence.grounded}/${s.evidence.checked}${partial}`;
}

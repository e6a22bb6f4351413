import type { Extraction } from '../model.js';

/** A human-readable summary of one extraction, for the terminal. */
export function formatExtractionText(x: Extraction): string {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const lines = [`${x.document.id}${x.document.title ? `: ${x.document.title}` : ''}${x.document.date ? ` (${x.document.date})` : ''}`, '', 'Entities'];
  for (const e of [...x.entities].sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name)))
    lines.push(`  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? `  (also: ${e.aliases.join(', ')})` : ''}`);
  lines.push('', 'Relations');
  for (const r of x.relations) {
    const extras = [r.role, r.date, r.modality && r.modality !== 'asserted' ? r.modality : undefined].filter(Boolean).join(', ');
    lines.push(`  ${names.get(r.source)} -${r.type}-> ${names.get(r.target)}${extras ? ` [${extras}]` : ''}`);
    lines.push(`      “${r.evidence}”`);
  }
  return lines.join('\n');
}

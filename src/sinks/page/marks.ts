/**
 * Where the two ends of a fact are named in its evidence sentence, so the page can highlight them.
 * Uses the extractor's mention offsets when they fall inside the sentence (exact, also for "he" or
 * "the minister"); otherwise looks for the entity's name or an alias as a whole word.
 */
import type { Evidence, MentionRef } from '../../model.js';
import type { Mark } from './types.js';

export interface NamedEnd {
  name: string;
  aliases: readonly string[];
  mentions: readonly MentionRef[];
}

export function evidenceMarks(evidence: Evidence, ends: { source: NamedEnd; target: NamedEnd }): Mark[] {
  const marks: Mark[] = [];
  for (const end of ['source', 'target'] as const) {
    const found = mentionMarks(evidence, ends[end]);
    const spans = found.length ? found : nameMarks(evidence.text, ends[end]);
    for (const [start, stop] of spans) marks.push([start, stop, end]);
  }
  return withoutOverlaps(marks);
}

function mentionMarks(evidence: Evidence, end: NamedEnd): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of end.mentions) {
    if (m.documentId !== evidence.documentId || m.start < evidence.start || m.end > evidence.end) continue;
    const start = m.start - evidence.start;
    const stop = m.end - evidence.start;
    if (stop > start && stop <= evidence.text.length) spans.push([start, stop]);
  }
  return spans;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/** Where `name` occurs in `text` as a whole word. Plain indexOf: a regex per name costs more to compile than to run. */
function wholeWordOccurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) found.push(at);
  return found;
}

function nameMarks(text: string, end: NamedEnd): [number, number][] {
  // Longest names first, so "Antony Blinken" wins over "Blinken".
  const names = [...new Set([end.name, ...end.aliases])].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length);
  const spans: [number, number][] = [];
  for (const name of names)
    for (const start of wholeWordOccurrences(text, name)) {
      const stop = start + name.length;
      if (!spans.some(([a, b]) => start < b && stop > a)) spans.push([start, stop]);
    }
  return spans;
}

/** Sorted marks with no two overlapping (the first, longer one wins). */
function withoutOverlaps(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: Mark[] = [];
  for (const m of sorted) if (!kept.length || m[0] >= kept[kept.length - 1]![1]) kept.push(m);
  return kept;
}

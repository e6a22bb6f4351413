import type { Mark } from '../types.js';

export interface Segment {
  text: string;
  /** Which end of the fact this piece names, if any. */
  mark?: Mark[2];
}

/** Cuts a sentence into plain and highlighted pieces; marks are sorted and never overlap. */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end, which] of marks) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), mark: which });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

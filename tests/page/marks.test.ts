import { describe, expect, it } from 'vitest';
import { evidenceMarks } from '../../src/sinks/page/marks.js';
import type { Evidence } from '../../src/model.js';

const doc = 'Intro. Ms Ward met the Premier in Osk. She praised him.';
const sentence = 'Ms Ward met the Premier in Osk.';
const start = doc.indexOf(sentence);
const evidence: Evidence = { documentId: 'd', text: sentence, start, end: start + sentence.length, confidence: 1 };
const at = (s: string) => ({ documentId: 'd', start: doc.indexOf(s), end: doc.indexOf(s) + s.length });

describe('evidenceMarks', () => {
  it('uses mention offsets when they fall in the sentence (also for nominals)', () => {
    const marks = evidenceMarks(evidence, {
      source: { name: 'Ann Ward', aliases: ['Ms Ward'], mentions: [at('Ms Ward'), at('She')] },
      target: { name: 'Piet Hale', aliases: [], mentions: [at('the Premier')] },
    });
    expect(marks.map(([a, b, end]) => [sentence.slice(a, b), end])).toEqual([
      ['Ms Ward', 'source'],
      ['the Premier', 'target'],
    ]);
  });

  it('falls back to whole-word names and aliases, longest first', () => {
    const marks = evidenceMarks(evidence, {
      source: { name: 'Ann Ward', aliases: ['Ward', 'Ms Ward'], mentions: [] },
      target: { name: 'Osk', aliases: ['Os'], mentions: [{ documentId: 'other', start: 0, end: 3 }] },
    });
    expect(marks.map(([a, b, end]) => [sentence.slice(a, b), end])).toEqual([
      ['Ms Ward', 'source'],
      ['Osk', 'target'],
    ]);
  });

  it('never returns overlapping marks', () => {
    const marks = evidenceMarks(evidence, {
      source: { name: 'Ms Ward', aliases: [], mentions: [] },
      target: { name: 'Ward', aliases: [], mentions: [] },
    });
    expect(marks).toEqual([[0, 7, 'source']]);
  });
});

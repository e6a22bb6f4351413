import { describe, expect, it } from 'vitest';
import { read } from '../../src/extract/reading.js';
import { makeDocument } from '../../src/input/document.js';

describe('reading', () => {
  const text = 'Talks stall in Geneva\n\nThe envoy, Marie-Claire Dubois, said "we will not sign." Officials disagreed.\n\nA second paragraph follows';
  const titleEnd = text.indexOf('\n');
  const document = makeDocument({ id: 'r', text, title: text.slice(0, titleEnd), titleSpan: { start: 0, end: titleEnd }, body: { start: titleEnd + 2, end: text.length } });
  const reading = read(document);

  it('splits the title, sentences and paragraphs, with offsets into the text', () => {
    expect(reading.sentences.map((s) => s.text)).toEqual([
      'Talks stall in Geneva',
      'The envoy, Marie-Claire Dubois, said "we will not sign."',
      'Officials disagreed.',
      'A second paragraph follows',
    ]);
    expect(reading.sentences[0]!.isTitle).toBe(true);
    for (const s of reading.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of reading.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps hyphenated names as one token', () => {
    expect(reading.tokens.map((t) => t.text)).toContain('Marie-Claire');
  });

  it('marks tokens inside quotation marks', () => {
    const quoted = reading.tokens.filter((t) => t.inQuote).map((t) => t.text);
    expect(quoted).toEqual(['"', 'we', 'will', 'not', 'sign', '.', '"']);
  });

  it('gives lemmas and POS tags', () => {
    const said = reading.tokens.find((t) => t.text === 'said')!;
    expect(said.lemma).toBe('say');
    expect(said.pos).toBe('VERB');
  });
});

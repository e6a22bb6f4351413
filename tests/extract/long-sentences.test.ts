/**
 * Over-long sentences (lists and tables scraped without full stops) are cut into pieces in the reading
 * stage, and a run-on text still gives sane entities and relations. Timing is left to
 * `npm run bench:extract`; these tests check the shape of the output only.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS } from '../../src/extract/long-sentences.js';
import { read } from '../../src/extract/reading.js';
import { doc, extract } from '../helpers.js';

/** A list of ministers dumped on one line, items separated by a lone dash, with no full stop. */
function ministerList(items: number): string {
  const portfolios = ['Finance', 'Health', 'Education', 'Transport', 'Energy', 'Justice', 'Agriculture', 'Defence'];
  const people = ['Ana Ruiz', 'Tomas Varga', 'Leila Haddad', 'Kwame Mensah', 'Irina Volkova', 'Ravi Menon', 'Sofia Lindqvist', 'Kenji Mori'];
  return Array.from({ length: items }, (_, i) => `-   Minister of ${portfolios[i % 8]} ${people[(i * 3) % 8]} (item ${i})`).join(' ');
}

describe('over-long sentences', () => {
  it('keeps an ordinary sentence whole', () => {
    const r = read(doc('The envoy met the minister in Geneva on Monday, and both said the talks would go on.'));
    expect(r.sentences).toHaveLength(1);
  });

  it('cuts a list with no full stops at its list markers, into pieces of bounded length', () => {
    const text = ministerList(120);
    const r = read(doc(text));
    expect(r.sentences.length).toBeGreaterThan(1);
    for (const s of r.sentences) {
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      // Each piece starts at an item's marker, so no name is cut in two.
      expect(s.text.startsWith('-')).toBe(true);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // Sentence indices, token ranges and tokens agree.
    r.sentences.forEach((s, i) => {
      expect(s.i).toBe(i);
      for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(r.tokens[k]!.sentence).toBe(i);
    });
    expect(r.sentences[r.sentences.length - 1]!.tokenEnd).toBe(r.tokens.length);
  });

  it('prefers a semicolon to a comma, and cuts between words of no name when it must', () => {
    const clause = 'the council met the envoy, the envoy spoke';
    const semicolons = read(doc(Array.from({ length: 30 }, () => clause).join('; ')));
    expect(semicolons.sentences.length).toBeGreaterThan(1);
    for (const s of semicolons.sentences.slice(1)) expect(semicolons.tokens[s.tokenStart - 1]!.text).toBe(';');
    const words = read(doc(Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 'Ana Ruiz' : 'word')).join(' ')));
    expect(words.sentences.length).toBeGreaterThan(1);
    for (const s of words.sentences.slice(1)) {
      const [before, after] = [words.tokens[s.tokenStart - 1]!, words.tokens[s.tokenStart]!];
      expect(before.text === 'Ana' && after.text === 'Ruiz').toBe(false);
    }
  });

  it('extracts sane entities and relations from a run-on text', () => {
    const clause = (n: number) =>
      ['Prime Minister Ana Ruiz of Spain met President Kwame Mensah of Ghana in Madrid', 'Kwame Mensah visited Lisbon on Monday', 'Leila Haddad urged Kenji Mori to sign the accord'][n % 3];
    const text = Array.from({ length: 300 }, (_, i) => clause(i)).join(' and ');
    const x = extract(text);
    expect(read(doc(text)).sentences.length).toBeGreaterThan(10);
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
    expect(people).toEqual(['Ana Ruiz', 'Kenji Mori', 'Kwame Mensah', 'Leila Haddad']);
    const types = new Set(x.relations.map((r) => r.type));
    expect(types).toContain('MET');
    expect(types).toContain('HOLDS_ROLE');
    for (const r of x.relations) expect(text.slice(r.start, r.end)).toBe(r.evidence);
  });
});

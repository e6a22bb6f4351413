import { describe, expect, it } from 'vitest';
import { foldText, normalizeName } from '../../src/eval/normalize.js';

describe('normalizeName', () => {
  it('drops accents, case, dots and a leading "the"', () => {
    expect(normalizeName('Côte d’Ivoire')).toBe(normalizeName("Cote d'Ivoire"));
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('The Kremlin')).toBe('kremlin');
    expect(normalizeName('Rūta Kazlauskienė')).toBe('ruta kazlauskiene');
  });

  it("drops a possessive 's but keeps other apostrophes as word breaks", () => {
    expect(normalizeName("Russia's")).toBe('russia');
    expect(normalizeName('Workers’ Party')).toBe('workers party');
    expect(normalizeName("Nuku'alofa")).toBe('nuku alofa');
  });

  it('treats hyphens and punctuation as word breaks', () => {
    expect(normalizeName('Karine Jean-Pierre')).toBe('karine jean pierre');
    expect(normalizeName('Joseph R. Biden, Jr.')).toBe('joseph r biden jr');
  });

  it('keeps "the" inside a name and a bare "the"', () => {
    expect(normalizeName('Bank of the South')).toBe('bank of the south');
    expect(normalizeName('The')).toBe('the');
  });
});

describe('foldText', () => {
  it('folds whitespace runs and typographic quotes', () => {
    expect(foldText('  “We will,”  she\n said ‘today’ ')).toBe('"We will," she said \'today\'');
  });
});

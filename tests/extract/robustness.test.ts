/**
 * Shapes of real text that once stopped extraction: each case is a sentence written for the project with
 * the same shape as the article that failed.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

describe('abbreviated names with nothing but initials', () => {
  it('reads "S. aureus" and "P. lobata" without a person made of an initial', () => {
    const x = extract('Researchers at the lab grew S. aureus beside P. lobata and found that S. aureus thrived. Dr. Ana Ruiz said the result surprised her team.');
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Ana Ruiz']);
  });

  it('reads a degree abbreviation ("Ph.D.") beside a name', () => {
    const x = extract('Lead author Tomas Varga, a Ph.D. candidate at the University of Leeds, said the frogs were rare.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Tomas Varga']);
  });
});

describe('a text that stops short', () => {
  it('reads a text whose last word is "the" or "both" (a scrape cut mid-sentence)', () => {
    for (const text of ['Mayor Lena Ortiz met the', 'Mayor Lena Ortiz thanked both']) {
      const x = extract(text);
      expect(x.entities.map((e) => e.name)).toContain('Lena Ortiz');
    }
  });
});

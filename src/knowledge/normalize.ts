/**
 * Lookup keys for proper-name phrases. Two phrases that differ only in diacritics, dots, apostrophes,
 * hyphens or spacing get the same key ('Côte d’Ivoire' = 'Cote d'Ivoire', 'U.S.' = 'US',
 * 'St. Petersburg' = 'St Petersburg', 'Guinea-Bissau' = 'Guinea Bissau'); case is kept, because
 * case is what tells the pronoun 'us' from 'US'.
 */

const MARKS = /\p{M}+/gu;
const DROPPED = /[.'’‘`ʼ]/g;
const SPACING = /[\s\u00A0\-‐‑‒–—]+/g;

/** Diacritics removed (NFD, marks dropped), with the few letters NFD does not decompose. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'));
}

/** The case-sensitive lookup key of a name. A leading article is written 'The ' in any case. */
export function nameKey(text: string): string {
  const key = foldDiacritics(text).replace(DROPPED, '').replace(SPACING, ' ').trim();
  return key.replace(/^the /i, 'The ');
}

/** The phrase without a trailing possessive ("Russia's" → "Russia", "Reuters'" → "Reuters"), or undefined. */
export function withoutPossessive(phrase: string): string | undefined {
  const m = /^(.*\S)(?:['’]s|(?<=s)['’])$/u.exec(phrase.trim());
  return m ? m[1] : undefined;
}

/** 'NATO' → 'Nato': British style writes acronyms that are pronounced as words in title case. */
export function titleCaseAcronym(form: string): string | undefined {
  if (!/^[A-Z]{4,}$/.test(form)) return undefined;
  return form[0] + form.slice(1).toLowerCase();
}

/** True when every letter of the phrase is upper case and it has at least `min` letters. */
export function isAllCaps(phrase: string, min = 4): boolean {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return letters.length >= min && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

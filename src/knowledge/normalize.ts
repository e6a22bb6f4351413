/**
 * Lookup keys for proper-name phrases. Two phrases that differ only in diacritics, dots, apostrophes,
 * hyphens or spacing get the same key ('Côte d’Ivoire' = 'Cote d'Ivoire', 'U.S.' = 'US',
 * 'St. Petersburg' = 'St Petersburg', 'Guinea-Bissau' = 'Guinea Bissau'); case is kept, because
 * case is what tells the pronoun 'us' from 'US'.
 */

const ASCII = /^[\x00-\x7F]*$/;
const MARKS = /\p{M}+/gu;
/** Letters NFD does not decompose. */
const UNDECOMPOSED = /[ßøØłŁđĐæÆıİ]/g;
const UNDECOMPOSED_MAP: Record<string, string> = {
  ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', ı: 'i', İ: 'I',
};
const DROPPED = /[.'’‘`ʼ]/g;
/** Text that nameKey leaves as it is: ASCII letters and digits, single spaces inside. */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const SPACING = /[\s\u00A0\-‐‑‒–—]+/g;

/** Diacritics removed (NFD, marks dropped), with the few letters NFD does not decompose. */
export function foldDiacritics(text: string): string {
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(MARKS, '').replace(UNDECOMPOSED, (c) => UNDECOMPOSED_MAP[c] ?? c);
}

/** The case-sensitive lookup key of a name. A leading article is written 'The ' in any case. */
export function nameKey(text: string): string {
  if (PLAIN.test(text)) return /^the /i.test(text) ? 'The ' + text.slice(4) : text;
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

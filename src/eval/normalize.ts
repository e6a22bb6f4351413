/**
 * How names and evidence are compared when scoring: loosely enough that spelling noise
 * ("Côte d'Ivoire" / "Cote d'Ivoire", "U.S." / "US", "the Kremlin" / "Kremlin", "Russia's" / "Russia")
 * does not count as a different thing, and exactly as the shared scorer (`score.mjs`) does it,
 * so both give the same figures.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case ASCII words separated by single spaces, accents, dots, possessive 's and a leading "the" removed. */
export function normalizeName(name: string): string {
  const folded = name.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  const words = folded
    .replace(/\./g, '')
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
  return words.startsWith('the ') ? words.slice(4) : words;
}

/** Text with typographic quotes made straight and whitespace runs folded, for substring checks. */
export function foldText(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Personal-name knowledge: first names, honorifics, surname particles. */
import firstNames from './data/first-names.json' with { type: 'json' };
import { HONORIFIC_WORDS, SURNAME_PARTICLES } from './curated/names.js';
import { foldDiacritics } from './normalize.js';

let firstNameSet: Set<string> | undefined;
let ambiguousSet: Set<string> | undefined;

/** First names are matched with diacritics folded ('José' = 'Jose'), in the case they are written. */
function firstNameKey(word: string): string {
  return foldDiacritics(word.trim()).replace(/[’]/g, "'");
}

function firstNamesIndex(): Set<string> {
  firstNameSet ??= new Set(firstNames.names.split(' ').map(firstNameKey));
  return firstNameSet;
}

/**
 * True for a first name of any tradition the lexicon covers, written capitalised ('Maria') or in
 * capitals ('MARIA'); hyphenated given names are accepted when each part is one ('Jean-Pierre').
 */
export function isFirstName(word: string): boolean {
  const names = firstNamesIndex();
  const key = firstNameKey(word);
  if (!/^\p{Lu}/u.test(key)) return false;
  const titled = key === key.toUpperCase() && key.length > 1 ? key[0] + key.slice(1).toLowerCase() : key;
  if (names.has(titled)) return true;
  const parts = titled.split('-');
  return parts.length > 1 && parts.every((p) => names.has(p[0]?.toUpperCase() + p.slice(1).toLowerCase()));
}

/** A first name that is also a common English word ('Will', 'May', 'Grace', 'Bill'): want context. */
export function isAmbiguousFirstName(word: string): boolean {
  ambiguousSet ??= new Set(firstNames.ambiguous.map(firstNameKey));
  return ambiguousSet.has(firstNameKey(word));
}

let nicknameIndex: Map<string, Set<string>> | undefined;

/** 'Joe' and 'Joseph', 'Bill' and 'William', 'Mike' and 'Michael': the same given name (or the very same word). */
export function sameGivenName(a: string, b: string): boolean {
  const x = firstNameKey(a).toLowerCase();
  const y = firstNameKey(b).toLowerCase();
  if (x === y) return true;
  if (!nicknameIndex) {
    nicknameIndex = new Map();
    for (const [short, long] of firstNames.nicknames as [string, string][]) {
      const s = short.toLowerCase();
      const l = long.toLowerCase();
      if (!nicknameIndex.has(s)) nicknameIndex.set(s, new Set());
      if (!nicknameIndex.has(l)) nicknameIndex.set(l, new Set());
      nicknameIndex.get(s)!.add(l);
      nicknameIndex.get(l)!.add(s);
    }
  }
  return nicknameIndex.get(x)?.has(y) ?? false;
}

const PARTICLES: ReadonlySet<string> = new Set(SURNAME_PARTICLES);

/** 'van', 'von', 'de', 'bin', 'al', 'el', 'ibn', 'da', 'dos', 'le', 'la', 'mac' … (any case; 'al-' prefix forms too). */
export function isKnownSurnameParticle(word: string): boolean {
  const w = foldDiacritics(word).toLowerCase().replace(/[-’']$/, '');
  return PARTICLES.has(w);
}

/** Honorifics, with and without the full stop: 'Mr', 'Mr.', 'Dr', 'Dr.', 'Sheikh'. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  HONORIFIC_WORDS.flatMap((h) => (h.endsWith('.') ? [h, h.slice(0, -1)] : [h, `${h}.`])),
);

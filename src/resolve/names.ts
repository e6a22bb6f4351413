/**
 * Personal names taken apart for matching across articles: given name, middle names or initials,
 * surname (with its particles), suffix dropped; every part folded (diacritics, case, dots) and keyed
 * so that spelling variants of one name meet.
 *   parsePersonName('Joseph R. Biden, Jr.') → { given: 'joseph', middles: ['r'], surname: 'biden' }
 *   parsePersonName('Erdoğan')              → { middles: [], surname: 'erdogan' }  (a short form)
 *   spellingKey('Zelenskyy') = spellingKey('Zelensky') = 'zelenski'
 */
import { HONORIFIC_WORDS, SURNAME_PARTICLES } from '../knowledge/curated/names.js';
import { isLocationHead, isOrganizationHead } from '../knowledge/heads.js';
import { foldDiacritics } from '../knowledge/normalize.js';
import { givenNamesRelated } from './nicknames.js';

export interface PersonName {
  /** Lower-case given name, absent in a short form ('Biden', 'Mr Biden'); one letter when only an initial. */
  given?: string;
  /** Lower-case middle names, or their initials ('r' for 'R.'). */
  middles: string[];
  /** Lower-case surname with its particles ('bin salman', 'von der leyen'). */
  surname: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);
const HONORIFICS = new Set(HONORIFIC_WORDS.map((w) => w.toLowerCase().replace(/\./g, '')));
const PARTICLES = new Set(SURNAME_PARTICLES.filter((p) => !p.includes(' ')));

/** The words of a name, folded and lower-cased, without dots, commas, honorifics and suffixes. */
export function nameWords(name: string): string[] {
  const words = foldDiacritics(name)
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/[’']/g, '')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words;
}

/**
 * A person's name in parts, or undefined when it does not look like one (digits, no letters).
 * The surname is the last word with the particles before it; a one-word name (or particles + word) is
 * a short form with no given name.
 */
export function parsePersonName(name: string): PersonName | undefined {
  // A lower-case word that is no particle ('Department of Conservation') or a head noun of bodies and
  // places as the last word ('Washington Bureau', 'Edward County') is no person's name.
  const written = name.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const particle = (w: string) => PARTICLES.has(w.toLowerCase()) || PARTICLES.has(w.toLowerCase().split('-')[0]!);
  if (written.some((w) => !/^\p{Lu}/u.test(w) && !particle(w) && !/^(?:jr|sr)$/i.test(w))) return undefined;
  const lastWord = written[written.length - 1];
  if (lastWord && (isOrganizationHead(lastWord) || isLocationHead(lastWord))) return undefined;
  const words = nameWords(name);
  if (!words.length || words.some((w) => !/^\p{L}[\p{L}-]*$/u.test(w))) return undefined;
  // An initial is no surname ('A', 'Mano B. A.').
  if (words[words.length - 1]!.length < 2) return undefined;
  let s = words.length - 1;
  while (s > 0 && PARTICLES.has(words[s - 1]!)) s--;
  // 'al-Assad' written with a hyphen keeps its particle inside the word.
  const surname = words.slice(s).join(' ');
  if (s === 0) return { middles: [], surname };
  return { given: words[0]!, middles: words.slice(1, s), surname };
}

/**
 * The spelling key of a name part: transliterations of one name meet ('Zelenskyy', 'Zelenskiy',
 * 'Zelensky' → 'zelenski'; 'Mohammed', 'Mohamed' → 'mohamed'): y and i, ou and u, oo and u, ee and i,
 * ph and f are one, doubled letters count once, hyphens and spaces go.
 */
export function spellingKey(part: string): string {
  return part
    .replace(/[\s-]+/g, '')
    .replace(/ph/g, 'f')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const VOWEL = /[aeiou]/;

/**
 * Vowels written differently in a transliterated name of five letters or more, same consonants in the
 * same places and the same first and last letter ('mohamed'/'muhamad', 'ahmed'/'ahmad',
 * 'husein'/'husain'), but not names whose vowels sit elsewhere ('mahmud'/'mohamed') and not
 * 'maria'/'mario' (last letter). Works on spelling keys.
 */
export function vowelVariants(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < 5 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = b[i]!;
    if (x === y) continue;
    if (!VOWEL.test(x) || !VOWEL.test(y)) return false;
  }
  return true;
}

/** Two given names can be one person's: same spelling key, transliterated vowels, or nickname forms. */
export function givenCompatible(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const ka = spellingKey(a), kb = spellingKey(b);
  return ka === kb || vowelVariants(ka, kb) || givenNamesRelated(a, b);
}

/** Middle names agree unless both are given and differ ('George W.' vs 'George H. W.'); an initial fits its name. */
export function middlesCompatible(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.length === 1 || y.length === 1 ? x[0] === y[0] : spellingKey(x) === spellingKey(y);
  });
}

/**
 * The key surnames are grouped by: the spelling key of the whole surname, particles included, so that
 * 'Salman' (a given name in 'Salman bin Abdulaziz') does not meet 'bin Salman'.
 */
export function surnameKey(surname: string): string {
  // An article in front ('al', 'el') is left out ('Al Sisi' = 'el-Sisi' = 'Sisi'); a patronymic ('bin') is not.
  return spellingKey(surname.replace(/^(?:al|el)[\s-]+(?=\p{L})/u, ''));
}

/** Two full names (both with a given name) can be one person. */
export function fullNamesCompatible(a: PersonName, b: PersonName): boolean {
  if (!a.given || !b.given) return false;
  if (surnameKey(a.surname) !== surnameKey(b.surname)) return false;
  // 'A. Kazimir Brown' goes by his middle name: it must fit the other's given name.
  const goesBy = (p: PersonName) => (p.given!.length === 1 && p.middles[0] && p.middles[0].length > 1 ? p.middles[0] : undefined);
  const ma = goesBy(a), mb = goesBy(b);
  if (ma && !mb && b.given.length > 1) return givenCompatible(ma, b.given) || givenCompatible(a.given, b.given) && b.middles[0] !== undefined && middlesCompatible(a.middles, b.middles);
  if (mb && !ma && a.given.length > 1) return givenCompatible(mb, a.given) || givenCompatible(a.given, b.given) && a.middles[0] !== undefined && middlesCompatible(a.middles, b.middles);
  return givenCompatible(a.given, b.given) && middlesCompatible(a.middles, b.middles);
}

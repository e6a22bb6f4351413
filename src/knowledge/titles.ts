/**
 * Role titles before or after a name ('Deputy Foreign Minister', 'Secretary of State', 'spokesman'),
 * matched over tokens, case-insensitively, longest first. Hyphenated tokens are read part by part
 * ('ex-President', 'Secretary-General', 'President-elect') but a title never ends inside a token.
 */
import {
  CORES_WITH_COMPLEMENT,
  CORES_WITH_GENERAL,
  TITLE_COMPLEMENT_WORDS,
  TITLE_CORES,
  TITLE_MODIFIERS,
  TITLE_SUFFIXES,
  TITLE_SUFFIX_PHRASES,
} from './curated/titles.js';
import { isOrganizationHead } from './heads.js';
import { isFirstName } from './names.js';
import { foldDiacritics } from './normalize.js';
import type { TitleMatch } from './types.js';

interface Part {
  /** Lower-cased, diacritics folded, trailing '.' dropped. */
  text: string;
  token: number;
  /** Last part of its token: a title may end here. */
  last: boolean;
}

/** Longest number of words in a multi-word core. */
const MAX_CORE_WORDS = Math.max(...Object.keys(TITLE_CORES).map((k) => k.split(' ').length));
/** First words of the cores: most words start none, and are turned down without building phrases. */
const CORE_FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(TITLE_CORES).map((k) => k.split(' ')[0]!));

function normalise(word: string): string {
  return foldDiacritics(word).toLowerCase().replace(/[’]/g, "'").replace(/\.$/, '');
}

/** The parts of words[start…] (at most `limit` tokens), hyphenated tokens split. */
function partsFrom(words: readonly string[], start: number, limit = 12): Part[] {
  const parts: Part[] = [];
  for (let t = start; t < words.length && t < start + limit; t++) {
    const word = words[t] ?? '';
    const pieces = /^[\p{L}.'’]+(?:-[\p{L}.'’]+)+$/u.test(word) ? word.split('-') : [word];
    pieces.forEach((p, i) => parts.push({ text: normalise(p), token: t, last: i === pieces.length - 1 }));
  }
  return parts;
}

/** The longest core starting at parts[i]: its length in parts and its lookup phrase. */
function coreAt(parts: Part[], i: number): { length: number; phrase: string } | undefined {
  let found: { length: number; phrase: string } | undefined;
  let phrase = '';
  // Grown word by word: one string per length instead of re-joining every prefix.
  for (let n = 1; n <= MAX_CORE_WORDS && i + n <= parts.length; n++) {
    phrase = n === 1 ? parts[i]!.text : `${phrase} ${parts[i + n - 1]!.text}`;
    if (Object.hasOwn(TITLE_CORES, phrase)) found = { length: n, phrase };
    else if (n === 1 && !CORE_FIRST_WORDS.has(phrase)) return undefined;
  }
  return found;
}

/** Whether parts from k are capitalised words (a few, maybe joined by 'and') ending in an organisation head. */
function runsIntoInstitution(parts: Part[], k: number, words: readonly string[]): boolean {
  for (let j = k; j < k + 5 && parts[j]; j++) {
    const word = words[parts[j]!.token] ?? '';
    // 'National Aeronautics and Space Administration': 'and' between capitalised words of the name.
    if (word === 'and' && j > k && /^\p{Lu}/u.test(words[parts[j + 1]?.token ?? -1] ?? '')) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
    if (isOrganizationHead(parts[j]!.text)) return true;
  }
  return false;
}

/** Length in parts of an 'of/for (the) Foreign Affairs' complement at parts[i], or 0. */
function complementAt(parts: Part[], i: number, capitalisedWords?: readonly string[]): number {
  let end = i;
  let j = i;
  while (parts[j]?.text === 'of' || parts[j]?.text === 'for') {
    let k = j + 1;
    if (parts[k]?.text === 'the') k++;
    // 'Director of the Office of Management and Budget': an institution's head word opening its own
    // 'of/for/on' phrase names the employer, not a portfolio; the title stops before it.
    if (parts[k] && isOrganizationHead(parts[k]!.text) && /^(?:of|for|on)$/.test(parts[k + 1]?.text ?? '')) break;
    let words = 0;
    while (parts[k] && TITLE_COMPLEMENT_WORDS.has(parts[k]!.text) && parts[k]!.text !== 'the') {
      k++;
      words++;
    }
    // 'and'/'&' cannot close a complement ('Minister of Defence and …').
    while (k > j + 1 && (parts[k - 1]?.text === 'and' || parts[k - 1]?.text === '&')) {
      k--;
      words--;
    }
    if (words === 0) break;
    // 'Administrator of the Environmental Protection Agency': capitalised words running on to an
    // institution's head make the complement the start of that institution's name.
    if (capitalisedWords && runsIntoInstitution(parts, k, capitalisedWords)) break;
    // 'Assistant to the President for Economic Mobility': a portfolio ending on an adjective goes on over
    // the capitalised noun it qualifies (no one is named 'Mobility').
    const next = parts[k];
    const nextWord = capitalisedWords?.[next?.token ?? -1] ?? '';
    if (next?.last && /(?:ic|al|ive|ary|ous|ian|an)$/.test(parts[k - 1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(nextWord) && !isOrganizationHead(next.text) && !isFirstName(nextWord) && !TITLE_COMPLEMENT_WORDS.has(next.text)) {
      k++;
      if (runsIntoInstitution(parts, k, capitalisedWords!)) break;
    }
    end = k;
    j = k;
  }
  return end - i;
}

/** A word of titles and portfolios ('Defence', 'Deputy', 'Interior', 'Minister'), in any case: no one's name alone. */
export function isTitleWord(word: string): boolean {
  const w = normalise(word);
  return TITLE_MODIFIERS.has(w) || TITLE_COMPLEMENT_WORDS.has(w) || Object.hasOwn(TITLE_CORES, w);
}

/** The title starting at words[start] and ending by words[end - 1] (a dozen words at most). */
export function matchTitle(words: readonly string[], start: number, end = words.length): TitleMatch | undefined {
  // A title starts with a core or a modifier: most words are neither, so look at the first before
  // splitting and normalising the dozen words after it.
  const word = (start < end ? words[start] : undefined) ?? '';
  const canStart = (w: string) => CORE_FIRST_WORDS.has(w) || TITLE_MODIFIERS.has(w);
  if (!canStart(normalise(word)) && !canStart(normalise(word.split('-')[0]!))) return undefined;
  const parts = partsFrom(words, start, Math.min(12, end - start));
  let best: { end: number; head: string } | undefined;
  let seenCore = false;
  const accept = (partEnd: number, head: string): void => {
    const last = parts[partEnd - 1];
    if (last?.last) best = { end: last.token + 1, head };
  };

  let i = 0;
  while (i < parts.length) {
    const core = coreAt(parts, i);
    if (core) {
      let head = TITLE_CORES[core.phrase]!;
      let j = i + core.length;
      accept(j, head);
      seenCore = true;
      // 'Secretary General', 'Attorney General': General belongs to the core, not a new rank.
      if (parts[j]?.text === 'general' && CORES_WITH_GENERAL.has(core.phrase)) {
        head = TITLE_CORES[`${core.phrase} general`] ?? head;
        j++;
        accept(j, head);
      }
      if (CORES_WITH_COMPLEMENT.has(core.phrase)) {
        const n = complementAt(parts, j, words);
        if (n > 0) {
          j += n;
          accept(j, head);
          break; // nothing but a suffix follows a complement
        }
      }
      for (;;) {
        if (parts[j] && TITLE_SUFFIXES.has(parts[j]!.text)) j++;
        else {
          // 'Speaker Pro Tempore': a suffix of several words belongs to the title, not to the name after it.
          const at = j;
          const phrase = TITLE_SUFFIX_PHRASES.find((p) => p.every((w, n) => parts[at + n]?.text === w));
          if (!phrase) break;
          j += phrase.length;
        }
        accept(j, head);
      }
      i = j;
      continue;
    }
    const text = parts[i]!.text;
    if (!TITLE_MODIFIERS.has(text)) break;
    // 'and' joins portfolios ('Foreign and Defence Minister'), never two titles.
    if ((text === 'and' || text === '&') && (seenCore || i === 0)) break;
    i++;
  }
  if (!best) return undefined;
  return { end: best.end, title: words.slice(start, best.end).join(' '), head: best.head };
}

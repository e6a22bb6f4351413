/**
 * Names in Title Case headlines. In "Readout of President Joe Biden Call with Prime Minister …" or
 * "Biden-Harris Administration Launches …" every word is capitalised, so the verb or noun beside a
 * name looks like one more word of it ("Joe Biden Call"). Reads the words of one unknown name found in
 * a Title Case line; builds the positions of the words that are no part of it: a later word of the
 * name that is a common English word (in the tagger's own lexicon, in lower case) ends the name,
 *
 *   "Joe Biden Call"  →  "Joe Biden" | "Call"        "Kamala Harris Meeting"  →  "Kamala Harris" | "Meeting"
 *
 * unless something says it belongs to the name: the body of the article writes it after the same word
 * ("Huckabee Sanders"); it stands in the surname's place, after an initial ("Donald J. Trump") or
 * after a given name opening the name ("Susan Rice") that the body never uses as a surname; or it is a
 * first name, a known entity, a head word of organisations or places ("Biden-Harris Administration"),
 * a title or an honorific.
 */
import { HONORIFICS, isFirstName, isLocationHead, isOrganizationHead, lookupName, matchTitle } from '../knowledge/index.js';
import { isLexiconWord } from './reading.js';

/**
 * Token indices in [start, end) (never the first) of the words that end the name before them: each
 * such word is dropped and what follows it is a name of its own. `body` is the article's text outside
 * the headline, the evidence that two words belong together.
 */
export function headlineNameBreaks(words: readonly string[], start: number, end: number, body: string): number[] {
  const breaks: number[] = [];
  // "Nuclear Consultative Group": a name ending in an organisation's or a place's head is no person's.
  if (isOrganizationHead(words[end - 1]!) || isLocationHead(words[end - 1]!)) return breaks;
  // Whether the name so far has a word that is no common word ("Biden", "Ruiz") or opens with one the
  // body uses as a surname ("President Trump"): one made of common words only ("Sixth National Climate
  // Task Force") is no person's name, and is left as it was read.
  let named = !isCommonWord(words[start]!) || usedAsSurname(words[start]!, body);
  for (let k = start + 1; k < end; k++) {
    const word = words[k]!;
    const before = words[k - 1]!;
    if (!isCommonWord(word) || !named || body.includes(`${before} ${word}`)) {
      named ||= !isCommonWord(word);
      continue;
    }
    // Only a person's name is cut: after an organisation's or a place's head word ("Senior
    // Administration Travel") the name is no person's, and is left as it was read.
    if (isOrganizationHead(before) || isLocationHead(before)) continue;
    // The surname's place: after an initial ("Donald J. Trump"), or after a given name opening the
    // name ("Susan Rice"), unless the body uses that word as a surname ("Kamala Harris" says that
    // "Harris Call" opens with a surname).
    if (/^\p{Lu}\.$/u.test(before) || (k === start + 1 && isFirstName(before) && !usedAsSurname(before, body))) continue;
    breaks.push(k);
    named = false;
  }
  return breaks;
}

/** A capitalised common English word that is nothing a name is made of. */
export function isCommonWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  // "Manufacturers", "Briefings": a plural the lexicon lists in the singular only.
  const lower = word.toLowerCase();
  if (!isLexiconWord(lower) && !(/s$/.test(lower) && isLexiconWord(lower.slice(0, -1)))) return false;
  return !isFirstName(word) && !lookupName(word) && !isOrganizationHead(word) && !isLocationHead(word) && !matchTitle([word], 0) && !HONORIFICS.has(word);
}

/** The body writes the word after another capitalised word ("Kamala Harris", "President Harris"). */
function usedAsSurname(word: string, body: string): boolean {
  return new RegExp(`\\p{Lu}[\\p{L}.'’-]* ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(body);
}

/**
 * Given names that can stand for one another: a name and its nicknames ('Joseph' ~ 'Joe', 'Bill' ~
 * 'William'), and two nicknames of the same name ('Joe' ~ 'Joey'), from the published nicknames
 * dataset (carltonnorthern/nicknames, Apache-2.0; see scripts/knowledge/vendor/README.md).
 *   givenNamesRelated('joe', 'joseph') → true;  givenNamesRelated('joe', 'john') → false
 */
import data from '../knowledge/data/nicknames.json' with { type: 'json' };

let formalsOf: Map<string, Set<string>> | undefined;

/** Lower-case name → the names it is a form of: itself, and every name it is a nickname of. */
function index(): Map<string, Set<string>> {
  if (formalsOf) return formalsOf;
  formalsOf = new Map();
  for (const [name, nicknames] of Object.entries(data.nicknames as Record<string, string[]>)) {
    for (const n of [name, ...nicknames]) {
      let s = formalsOf.get(n);
      if (!s) formalsOf.set(n, (s = new Set([n])));
      s.add(name);
    }
  }
  return formalsOf;
}

/**
 * Two lower-case given names are forms of one name: a name and its nickname ('joseph', 'joe'), or two
 * nicknames of one name ('joe', 'joey'); not two formal names that share a nickname ('joseph',
 * 'josephine' both 'jody').
 */
export function givenNamesRelated(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = index().get(a), fb = index().get(b);
  if (!fa || !fb) return false;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}

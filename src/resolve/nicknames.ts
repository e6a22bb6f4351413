/**
 * Given names that can stand for one another: a name and its nicknames ('Joseph' ~ 'Joe', 'Bill' ~
 * 'William'), and two nicknames of the same name ('Joe' ~ 'Joey'), from the published nicknames
 * dataset (carltonnorthern/nicknames, Apache-2.0; see scripts/knowledge/vendor/README.md).
 *   givenNamesRelated('joe', 'joseph') → true;  givenNamesRelated('joe', 'john') → false
 */
import data from '../knowledge/data/nicknames.json' with { type: 'json' };

let formsOf: Map<string, Set<string>> | undefined;

/** Lower-case name → the formal names it is (itself included) and the nicknames of those. */
function index(): Map<string, Set<string>> {
  if (formsOf) return formsOf;
  formsOf = new Map();
  const add = (k: string, v: string) => {
    let s = formsOf!.get(k);
    if (!s) formsOf!.set(k, (s = new Set([k])));
    s.add(v);
  };
  for (const [name, nicknames] of Object.entries(data.nicknames as Record<string, string[]>)) {
    for (const n of nicknames) {
      add(name, n);
      add(n, name);
    }
  }
  return formsOf;
}

/** Two lower-case given names are forms of one name: a name and its nickname, or two nicknames of one name. */
export function givenNamesRelated(a: string, b: string): boolean {
  if (a === b) return true;
  const forms = index();
  const fa = forms.get(a);
  if (!fa) return false;
  if (fa.has(b)) return true;
  // Two nicknames of one formal name ('joe', 'joey' of 'joseph'): b's formal names are among a's forms.
  const fb = forms.get(b);
  if (!fb) return false;
  for (const f of fb) if (fa.has(f) && data.nicknames[f as keyof typeof data.nicknames]) return true;
  return false;
}

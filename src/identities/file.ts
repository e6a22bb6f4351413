/**
 * The user's identity corrections: a merges file, read and checked into `UserIdentities`.
 *
 *   kg.identities.json   {"same": [["person:biden", "person:joe-biden"]],
 *                         "apart": [["person:jake-sullivan", "person:kathryn-sullivan"]]}
 *
 * `same` groups are ids that name one entity; `apart` groups are ids that must stay separate entities.
 * Read from `--identities FILE`, or from `kg.identities.json` in the current folder when that exists.
 * Every problem is one line naming the file (a missing file, bad JSON, a wrong shape, an id that
 * `same` joins with an id it is also kept apart from), so a typo never silently changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError, errorMessage } from '../errors.js';
import type { UserIdentities } from '../model.js';

/** Looked for in the current folder when `--identities` is not given. */
export const DEFAULT_IDENTITIES_FILE = 'kg.identities.json';

/** The id shape of the extraction contract (`type:slug`), with a hint for the commonest mistake, a name. */
const entityId = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, { error: (issue) => `expected an entity id such as "person:joe-biden", got ${JSON.stringify(issue.input)}` });
const group = z.array(entityId).min(2, 'a group needs at least two ids');
// Strict: a misspelt key ("merge", "separate") would otherwise be ignored and the file do nothing.
const fileSchema = z.strictObject({ same: z.array(group).default([]), apart: z.array(group).default([]) });

/** Parses the text of a merges file; `where` names it in errors. */
export function parseUserIdentities(text: string, where: string): UserIdentities {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${where}: not valid JSON (${errorMessage(e)})`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
    const expected = 'expected {"same": [[id, id, …], …], "apart": [[id, id, …], …]}';
    const message =
      issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (${expected})` : path ? `${path}: ${issue.message}` : `${issue.message}; ${expected}`;
    throw new UserError(`${where}: ${message}`);
  }
  const identities: UserIdentities = { same: parsed.data.same.map(unique), apart: parsed.data.apart.map(unique) };
  for (const [key, groups] of Object.entries(identities) as [string, string[][]][])
    groups.forEach((g, i) => {
      if (g.length < 2) throw new UserError(`${where}: ${key}[${i}]: a group needs at least two different ids`);
    });
  const conflict = contradiction(identities);
  if (conflict) throw new UserError(`${where}: ${conflict}`);
  return identities;
}

/**
 * Reads the merges file: `file` when given (it must exist), else `kg.identities.json` in `cwd` if
 * there is one. Undefined when there is none: the run resolves identities on its own.
 */
export async function loadUserIdentities(file: string | undefined, cwd = process.cwd()): Promise<UserIdentities | undefined> {
  const path = file ?? join(cwd, DEFAULT_IDENTITIES_FILE);
  const where = file ?? DEFAULT_IDENTITIES_FILE;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && file === undefined) return undefined;
    if (code === 'ENOENT') throw new UserError(`${where}: identities file not found`);
    if (code === 'EISDIR') throw new UserError(`${where}: is a folder, not an identities file`);
    throw new UserError(`${where}: cannot be read (${errorMessage(e)})`);
  }
  return parseUserIdentities(text, where);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * The first pair of ids that `same` makes one entity (directly or through a chain of groups) while
 * an `apart` group keeps them separate; such a file cannot be obeyed. An id may be in both lists
 * as long as they do not contradict: "Biden is Joe Biden, and not Hunter Biden".
 */
function contradiction(identities: UserIdentities): string | undefined {
  const root = sameRoots(identities);
  for (const g of identities.apart)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++)
        if (root(g[i]!) === root(g[j]!)) return `${g[i]} and ${g[j]} are both in "same" (one entity) and in "apart" (two entities)`;
  return undefined;
}

/** The `same` groups joined (transitively): each id's representative; ids in no group are their own. */
export function sameRoots(identities: UserIdentities): (id: string) => string {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const g of identities.same) for (const id of g.slice(1)) if (root(id) !== root(g[0]!)) parent.set(root(id), root(g[0]!));
  return root;
}

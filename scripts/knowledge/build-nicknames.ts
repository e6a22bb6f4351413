/**
 * Compiles the vendored nicknames CSV (carltonnorthern/nicknames 1.0.1, Apache-2.0: English given
 * names and their nicknames, `joseph,has_nickname,joe`) into src/knowledge/data/nicknames.json,
 * `{ "joseph": ["jody", "joe", "joey", "jos"], … }`, which src/resolve/nicknames.ts reads.
 *
 *   npx tsx scripts/knowledge/build-nicknames.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const csv = readFileSync(path.join(here, 'vendor/nicknames.csv'), 'utf8');
const byName: Record<string, string[]> = {};
for (const line of csv.split('\n').slice(1)) {
  const [name, relation, nickname] = line.trim().split(',');
  if (!name || !nickname || relation !== 'has_nickname') continue;
  (byName[name] ??= []).push(nickname);
}
const sorted = Object.fromEntries(Object.keys(byName).sort().map((k) => [k, [...new Set(byName[k])].sort()]));
const data = { source: 'carltonnorthern/nicknames 1.0.1 (PyPI nicknames), Apache-2.0', nicknames: sorted };
writeFileSync(path.join(here, '../../src/knowledge/data/nicknames.json'), JSON.stringify(data) + '\n');
console.log(`nicknames.json: ${Object.keys(sorted).length} names`);

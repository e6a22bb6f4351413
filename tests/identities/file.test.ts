import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUserIdentities, parseUserIdentities } from '../../src/identities/file.js';

const parse = (value: unknown) => parseUserIdentities(typeof value === 'string' ? value : JSON.stringify(value), 'ids.json');
const fails = (value: unknown): string => {
  try {
    parse(value);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('parseUserIdentities', () => {
  it('reads same and apart groups; either may be left out', () => {
    expect(parse({ same: [['person:biden', 'person:joe-biden']], apart: [['person:jake-sullivan', 'person:kathryn-sullivan']] })).toEqual({
      same: [['person:biden', 'person:joe-biden']],
      apart: [['person:jake-sullivan', 'person:kathryn-sullivan']],
    });
    expect(parse({ same: [['organization:nato', 'organization:north-atlantic-treaty-organization']] }).apart).toEqual([]);
    expect(parse({})).toEqual({ same: [], apart: [] });
  });

  it('drops an id repeated in one group', () => {
    expect(parse({ same: [['person:a', 'person:b', 'person:a']] }).same).toEqual([['person:a', 'person:b']]);
  });

  it('lets an id be in both lists when they agree: one person, and not another', () => {
    const ids = parse({ same: [['person:biden', 'person:joe-biden']], apart: [['person:biden', 'person:hunter-biden']] });
    expect(ids.apart).toEqual([['person:biden', 'person:hunter-biden']]);
  });

  it('gives one line for each kind of bad file', () => {
    expect(fails('{"same": [')).toMatch(/^ids\.json: not valid JSON \(/);
    expect(fails([])).toMatch(/^ids\.json: .*expected \{"same"/);
    expect(fails({ merge: [] })).toBe('ids.json: unknown key "merge" (expected {"same": [[id, id, …], …], "apart": [[id, id, …], …]})');
    expect(fails({ same: [['Joe Biden', 'person:biden']] })).toBe('ids.json: same[0][0]: expected an entity id such as "person:joe-biden", got "Joe Biden"');
    expect(fails({ same: [['person:biden']] })).toBe('ids.json: same[0]: a group needs at least two ids');
    expect(fails({ apart: [['person:a', 'person:a']] })).toBe('ids.json: apart[0]: a group needs at least two different ids');
    expect(fails({ same: 'person:a' })).toMatch(/^ids\.json: same: /);
    for (const message of [fails('{'), fails([]), fails({ same: [[1, 2]] })]) expect(message).not.toContain('\n');
  });

  it('refuses ids that same makes one entity and apart keeps two, also through a chain of groups', () => {
    expect(fails({ same: [['person:biden', 'person:joe-biden']], apart: [['person:joe-biden', 'person:biden']] })).toBe(
      'ids.json: person:joe-biden and person:biden are both in "same" (one entity) and in "apart" (two entities)',
    );
    expect(fails({ same: [['person:a', 'person:b'], ['person:b', 'person:c']], apart: [['person:a', 'person:x', 'person:c']] })).toMatch(/person:a and person:c are both/);
  });
});

describe('loadUserIdentities', () => {
  it('reads kg.identities.json of the folder when no file is named, and nothing when there is none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-ids-'));
    expect(await loadUserIdentities(undefined, dir)).toBeUndefined();
    await writeFile(join(dir, 'kg.identities.json'), JSON.stringify({ same: [['person:a', 'person:b']] }));
    expect(await loadUserIdentities(undefined, dir)).toEqual({ same: [['person:a', 'person:b']], apart: [] });
  });

  it('a named file must exist and be a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-ids-'));
    await expect(loadUserIdentities(join(dir, 'none.json'))).rejects.toThrow(/none\.json: identities file not found$/);
    await mkdir(join(dir, 'sub'));
    await expect(loadUserIdentities(join(dir, 'sub'))).rejects.toThrow(/sub: is a folder, not an identities file$/);
  });
});

/**
 * `kg extract --out-dir`: one file per article, ids resolved across the articles of the run, file
 * names that stay inside the folder whatever the article ids.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kg } from '../helpers/run-kg.js';
import { fileNameOf, pathIn } from '../../src/resolve/outdir.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kg-resolve-'));

const ARTICLES: Record<string, string> = {
  'a-summit.txt':
    'OSLO (Reuters) - President Joseph R. Ravel, Jr. of Freedonia met Prime Minister Ingrid Solberg of Norway in Oslo on Tuesday. ' +
    'Mr Ravel pledged new aid to Norway.\n',
  'b-budget.txt': 'LONDON (Reuters) - Mr Ravel visited London on Wednesday. He met Keir Holloway, the British finance minister.\n',
  'c-call.txt': 'PARIS (Reuters) - Joe Ravel spoke with Ingrid Solberg by telephone on Friday about fishing rights.\n',
};

function folder(): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  return dir;
}

const entities = (file: string) => JSON.parse(readFileSync(file, 'utf8')).entities as { id: string; name: string; type: string }[];

describe('kg extract --out-dir', () => {
  it('writes one file per article named after the input, with one id for a person across articles', async () => {
    const out = join(tempDir(), 'out');
    const { code, stderr } = await kg('extract', folder(), '--out-dir', out);
    expect(code, stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a-summit.json', 'b-budget.json', 'c-call.json']);
    const ravel = ['a-summit', 'b-budget', 'c-call'].map((b) => entities(join(out, `${b}.json`)).find((e) => /Ravel/.test(e.name)));
    expect(ravel.map((e) => e?.id)).toEqual(['person:joseph-r-ravel-jr', 'person:joseph-r-ravel-jr', 'person:joseph-r-ravel-jr']);
    // Each article keeps its own name for the entity.
    expect(ravel.map((e) => e?.name)).toEqual(['Joseph R. Ravel, Jr.', 'Ravel', 'Joe Ravel']);
  });

  it('follows the identities file: ids kept apart stay two', async () => {
    const dir = folder();
    const out = join(tempDir(), 'out');
    const file = join(tempDir(), 'ids.json');
    writeFileSync(file, JSON.stringify({ same: [], apart: [['person:ravel', 'person:joseph-r-ravel-jr']] }));
    const { code, stderr } = await kg('extract', dir, '--out-dir', out, '--identities', file);
    expect(code, stderr).toBe(0);
    expect(entities(join(out, 'b-budget.json')).find((e) => /Ravel/.test(e.name))?.id).toBe('person:ravel');
    expect(entities(join(out, 'c-call.json')).find((e) => /Ravel/.test(e.name))?.id).toBe('person:joseph-r-ravel-jr');
  });

  it('names files of JSONL records after their ids, escaping ids that would be paths', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(join(dir, 'x'));
    const ids = ['../../x', 'a/b', 'nul\u0000byte', '..', 'plain-1'];
    const lines = ids.map((id) => JSON.stringify({ id, text: `Mr Ravel visited Oslo on Monday with Ingrid Solberg (${id.length}).` }));
    writeFileSync(join(dir, 'dump.jsonl'), lines.join('\n') + '\n');
    const { code, stderr } = await kg('extract', join(dir, 'dump.jsonl'), '--out-dir', out);
    expect(code, stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['%2E.%2F..%2Fx.json', '%2E%2E.json', 'a%2Fb.json', 'nul%00byte.json', 'plain-1.json'].sort());
    expect(readdirSync(join(dir, 'x'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['dump.jsonl', 'out', 'x']);
  });

  it('refuses two articles with one id', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dump.jsonl'), [1, 2].map(() => JSON.stringify({ id: 'same', text: 'Mr Ravel visited Oslo on Monday.' })).join('\n'));
    const { code, stderr } = await kg('extract', join(dir, 'dump.jsonl'), '--out-dir', join(dir, 'out'));
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/two articles have the id "same"/);
  });
});

describe('file names from ids', () => {
  it('never leaves the folder and never makes two ids one name', () => {
    const ids = ['../x', '..', '.', '.hidden', 'a.b', 'a%2Fb', 'a/b', 'C:\\x', 'é', 'a.', '\u0000'];
    const names = ids.map(fileNameOf);
    expect(new Set(names).size).toBe(ids.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_%-][A-Za-z0-9_.%-]*\.json$/);
    for (const id of ids) expect(pathIn('/tmp/out', id).startsWith('/tmp/out/')).toBe(true);
    expect(() => fileNameOf('')).toThrow();
  });
});

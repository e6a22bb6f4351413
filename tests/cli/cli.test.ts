import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kg, startKg } from '../helpers/run-kg.js';
import { extractionSchema, type Extraction } from '../../src/model.js';
import { buildProgram } from '../../src/cli/main.js';

const SEED = 'examples/000_ac0a09345cc1fc79.txt';

describe('kg extract on the seed article', () => {
  it('prints JSON that follows the contract, with the key facts', async () => {
    const { code, stdout } = await kg('extract', SEED, '--format', 'json');
    expect(code).toBe(0);
    const x = JSON.parse(stdout) as Extraction;
    expect(extractionSchema.safeParse(x).success).toBe(true);
    const text = readFileSync(SEED, 'utf8');
    const blinken = x.entities.filter((e) => e.name === 'Antony Blinken');
    expect(blinken).toHaveLength(1);
    expect(blinken[0]!.type).toBe('Person');
    expect(blinken[0]!.aliases).toContain('Mr Blinken');
    const zelensky = x.entities.find((e) => e.name === 'Volodymyr Zelensky')!;
    const met = x.relations.filter((r) => r.type === 'MET' && [r.source, r.target].sort().join() === [blinken[0]!.id, zelensky.id].sort().join());
    expect(met.length).toBeGreaterThan(0);
    for (const r of met) expect(text).toContain(r.evidence);
    expect(x.document).toMatchObject({ id: '000_ac0a09345cc1fc79', date: '2021-05-08', dateline: 'KIEV' });
  });
});

describe('kg ingest', () => {
  it('writes graph.json and index.html for a folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kg-out-'));
    const { code, stderr } = await kg('ingest', 'examples', '--out', out);
    expect(code, stderr).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.nodes.some((n: { attributes: { name: string } }) => n.attributes.name === 'Antony Blinken')).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
    expect(readdirSync(out).sort()).toEqual(['graph.json', 'index.html']);
  });

  it('processes the good files of a folder, reports the bad ones and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-in-'));
    writeFileSync(join(dir, 'good.txt'), readFileSync(SEED, 'utf8'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0xff]));
    const out = mkdtempSync(join(tmpdir(), 'kg-out-'));
    const { code, stderr } = await kg('ingest', dir, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/empty\.txt: empty file/);
    expect(stderr).toMatch(/binary\.txt: binary file/);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
  });

  it('writes nothing when no article could be read', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-out-')), 'new');
    const { code, stderr } = await kg('ingest', '/nonexistent/folder', '--out', out);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n').every((l) => l.startsWith('kg: '))).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});

describe('bad input to kg extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty file/],
    ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]), /binary file/],
    ['latin1.txt', Buffer.from('Le caf\xe9 est tr\xe8s bon. '.repeat(5), 'latin1'), /invalid UTF-8/],
    ['notes.pdf', 'x', /unknown format/],
  ];
  it.each(cases)('%s: one line naming the file, non-zero exit, no stack trace', async (name, content, problem) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const { code, stdout, stderr } = await kg('extract', path, '--format', 'json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(problem);
    expect(stderr).toContain(path);
  });

  it('a file over --max-size', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, readFileSync(SEED, 'utf8'));
    const { code, stderr } = await kg('extract', path, '--max-size', '1KB');
    expect(code).toBe(1);
    expect(stderr).toMatch(/too large/);
  });

  it('a missing file', async () => {
    const { code, stderr } = await kg('extract', join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: no such file/);
  });
});

describe('help', () => {
  it('every command has --help', async () => {
    for (const c of buildProgram().commands) {
      const { code, stdout } = await kg(c.name(), '--help');
      expect(code, c.name()).toBe(0);
      expect(stdout).toContain(`Usage: kg ${c.name()}`);
    }
  });
});

describe('kg output into a pipe that closes early', () => {
  it('ends quietly, as `kg extract … | head -1` expects', async () => {
    const child = startKg(['extract', ...Array.from({ length: 200 }, () => 'examples/000_ac0a09345cc1fc79.txt')]);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.once('data', () => child.stdout!.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|at /);
    expect(code).toBe(0);
  });
});

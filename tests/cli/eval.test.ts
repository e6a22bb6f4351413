import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const DIR = 'tests/fixtures/scoring';
const GOLD = `${DIR}/gold`;
const tmp = mkdtempSync(join(tmpdir(), 'kg-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(['node', 'kg', 'eval', ...args]);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('kg eval --pred-dir', () => {
  it('prints the figures per type and overall', async () => {
    const r = await kg('--gold-dir', GOLD, '--pred-dir', `${DIR}/predictions`, '--text-dir', `${DIR}/articles`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('documents: 4');
    expect(r.out).toMatch(/^HOLDS_ROLE +1 +0 +4 /m);
    expect(r.out).toContain('entities (typed):   F1 0.744');
    expect(r.out).toContain('duplicates:         1');
    expect(r.out).toContain('relations:          F1 0.606');
    expect(r.out).toContain('evidence grounded:  22/23');
    expect(r.out).not.toContain('missed');
    expect(r.err).toContain('no prediction for 1 gold file, scored as empty: d_no-prediction');
  });

  it('lists misses and spurious items with --verbose', async () => {
    const r = await kg('--gold-dir', GOLD, '--pred-dir', `${DIR}/predictions`, '--verbose');
    expect(r.out).toContain('missed    a_lisbon-talks  relation portugal ACCUSED spain');
    expect(r.out).toContain('spurious  a_lisbon-talks  duplicate Person "Lobo"');
    expect(r.out).toContain('evidence grounded:  not checked');
  });

  it('prints JSON with --json', async () => {
    const r = await kg('--gold-dir', GOLD, '--pred-dir', `${DIR}/predictions`, '--json');
    const s = JSON.parse(r.out) as { documents: number; entitiesTyped: { f1: number }; relations: { tp: number }; byRelationType: Record<string, unknown> };
    expect(s.documents).toBe(4);
    expect(s.entitiesTyped.f1).toBeCloseTo(32 / 43);
    expect(s.relations.tp).toBe(10);
    expect(Object.keys(s.byRelationType)).toHaveLength(8);
  });

  it('exits 1 below --min-entity-f1 / --min-relation-f1, after printing the figures', async () => {
    const ok = await kg('--gold-dir', GOLD, '--pred-dir', `${DIR}/predictions`, '--min-entity-f1', '0.7', '--min-relation-f1', '0.6');
    expect(ok.code).toBe(0);
    const low = await kg('--gold-dir', GOLD, '--pred-dir', `${DIR}/predictions`, '--min-relation-f1', '0.9');
    expect(low.code).toBe(1);
    expect(low.out).toContain('documents: 4');
    expect(low.err).toContain('kg: relation F1 0.606 is below --min-relation-f1 0.9');
  });
});

describe('kg eval ARTICLES', () => {
  it('extracts the articles, pairs them with their gold files and scores them', async () => {
    const r = await kg(`${DIR}/articles`, '--gold-dir', GOLD, '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { documents: number; evidence: { documents: number } };
    expect(s.documents).toBe(4);
    expect(s.evidence.documents).toBe(4);
  });

  it('refuses an article without a gold file', async () => {
    const article = join(tmp, 'orphan.txt');
    writeFileSync(article, 'Orphan story\n\nThe minister met the ambassador in Paris on Monday.\n');
    const r = await kg(article, '--gold-dir', GOLD);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^kg: .*orphan\.txt: no gold annotation for it in tests\/fixtures\/scoring\/gold \(expected orphan\.json/);
    expect(r.out).toBe('');
  });
});

describe('kg eval errors', () => {
  it('names a malformed gold file and its problem in one line', async () => {
    const gold = join(tmp, 'bad-gold');
    mkdirSync(gold);
    writeFileSync(join(gold, 'x.json'), JSON.stringify({ entities: [{ id: 'a', type: 'Person', names: ['A'] }], relations: [{ source: 'a', type: 'MET', target: 'b', evidence: '' }] }));
    const r = await kg('--gold-dir', gold, '--pred-dir', gold);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`kg: ${join(gold, 'x.json')}: not a valid gold annotation: relations[0].target: unknown entity "b"\n`);
    expect(r.out).toBe('');
  });

  it('names a prediction file that is not JSON', async () => {
    const pred = join(tmp, 'bad-pred');
    mkdirSync(pred);
    writeFileSync(join(pred, 'a_lisbon-talks.json'), '{ not json');
    const r = await kg('--gold-dir', GOLD, '--pred-dir', pred);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^kg: .*a_lisbon-talks\.json: not valid JSON \(.*\)\n$/);
  });

  it.each([
    [['--gold-dir', GOLD], /nothing to score/],
    [[`${DIR}/articles`, '--gold-dir', GOLD, '--pred-dir', GOLD], /either articles to extract or --pred-dir/],
    [[`${DIR}/articles`, '--gold-dir', GOLD, '--text-dir', GOLD], /--text-dir goes with --pred-dir/],
    [['--gold-dir', join(tmp, 'nowhere'), '--pred-dir', GOLD], /nowhere: no such folder \(--gold-dir\)/],
    [['--gold-dir', GOLD, '--pred-dir', join(tmp, 'nowhere')], /nowhere: no such folder \(--pred-dir\)/],
    [['--gold-dir', GOLD, '--pred-dir', GOLD, '--min-entity-f1', 'high'], /expected a number from 0 to 1/],
    [['--pred-dir', GOLD], /required option '--gold-dir <dir>'/],
  ])('refuses %j', async (args, message) => {
    const r = await kg(...args);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
});

/**
 * The user's side of identity on the command line (built CLI): `--identities FILE` and
 * kg.identities.json on ingest and extract, and `kg entities --suspects`; bad input is one line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKg } from '../helpers/run-kg.js';

const ARTICLE = fileURLToPath(new URL('../../examples/000_ac0a09345cc1fc79.txt', import.meta.url));
const temp = () => mkdtempSync(join(tmpdir(), 'kg-identities-'));

/** Exit code 1 and exactly one line on stderr, starting with "kg: ". */
function oneLineError(result: { code: number | null; stderr: string }): string {
  expect(result.code).toBe(1);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kg: /);
  return lines[0]!;
}

describe('--identities FILE', () => {
  it('a missing, invalid or contradictory file stops ingest and extract with one line, before anything is written', async () => {
    const dir = temp();
    const out = join(dir, 'out');
    const bad = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    const cases: [string, RegExp][] = [
      [join(dir, 'none.json'), /none\.json: identities file not found$/],
      [bad('broken.json', '{"same": [['), /broken\.json: not valid JSON \(/],
      [bad('shape.json', '{"same": [["Joe Biden", "person:joe"]]}'), /shape\.json: same\[0\]\[0\]: expected an entity id such as "person:joe-biden", got "Joe Biden"$/],
      [bad('both.json', '{"same": [["person:a", "person:b"]], "apart": [["person:b", "person:a"]]}'), /both\.json: person:b and person:a are both in "same" \(one entity\) and in "apart" \(two entities\)$/],
    ];
    for (const [file, message] of cases) {
      expect(oneLineError(await runKg(['ingest', ARTICLE, '--out', out, '--identities', file, '--quiet']))).toMatch(message);
      expect(oneLineError(await runKg(['extract', ARTICLE, '--identities', file]))).toMatch(message);
    }
    expect((await runKg(['entities', '--suspects', out])).stderr).toMatch(/not found/); // the ingest wrote nothing
  });

  it('kg.identities.json in the current folder is read when no file is named', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'kg.identities.json'), '{"merge": []}');
    expect(oneLineError(await runKg(['extract', ARTICLE], { cwd: dir }))).toMatch(/^kg: kg\.identities\.json: unknown key "merge"/);
    writeFileSync(join(dir, 'kg.identities.json'), '{"same": [["person:antony-blinken", "person:blinken"]]}');
    const ok = await runKg(['extract', ARTICLE, '--format', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).document.id).toBe('000_ac0a09345cc1fc79');
  });
});

describe('kg entities --suspects', () => {
  it('lists the suspects of an ingest with the count lines, as text and JSON', async () => {
    const out = join(temp(), 'out');
    expect((await runKg(['ingest', ARTICLE, '--out', out, '--quiet'])).code).toBe(0);
    const text = await runKg(['entities', '--suspects', out]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\d+ unresolved surname-only Person nodes that fit exactly one full-named Person$/m);
    const json = await runKg(['entities', '--suspects', join(out, 'graph.json'), '--json']);
    expect(Object.keys(JSON.parse(json.stdout).counts)).toEqual(['surname', 'ambiguous-surname', 'variant', 'shared-surname', 'two-countries']);
  });

  it('bad use is one line', async () => {
    const dir = temp();
    expect(oneLineError(await runKg(['entities', '--suspects', join(dir, 'nope')]))).toMatch(/nope: not found \(run `kg ingest … --out .*nope` first\)$/);
    expect(oneLineError(await runKg(['entities', '--suspects', dir]))).toMatch(/: no graph\.json in it/);
    writeFileSync(join(dir, 'graph.json'), '{"nodes": 3}');
    expect(oneLineError(await runKg(['entities', '--suspects', dir]))).toMatch(/graph\.json/);
    expect(oneLineError(await runKg(['entities', dir]))).toBe('kg: entities: say what to list: --suspects');
  });
});

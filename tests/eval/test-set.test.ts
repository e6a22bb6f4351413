/**
 * Integrity of the extraction test sets: the working set in tests/fixtures and the held-out set in
 * tests/fixtures/holdout. For each: every article has a valid gold file, every gold evidence is copied
 * exactly from the article (as the readers produce its text), every required entity is named in it,
 * and the README's totals are current.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold, type GoldAnnotation } from '../../src/eval/formats.js';
import { foldText, normalizeName } from '../../src/eval/normalize.js';
import { readInputs } from '../../src/input/read.js';
import type { SourceDocument } from '../../src/model.js';

interface TestSet {
  dir: string;
  articleCount: number;
  /** File extensions the set must use, so that every reader is exercised where that matters. */
  extensions: string[];
}

const SETS: TestSet[] = [
  { dir: 'tests/fixtures', articleCount: 12, extensions: ['.txt', '.md', '.html'] },
  { dir: 'tests/fixtures/holdout', articleCount: 14, extensions: ['.txt'] },
];

async function readArticles(dir: string): Promise<Map<string, SourceDocument>> {
  const docs = new Map<string, SourceDocument>();
  for await (const r of readInputs([dir])) {
    if (!r.ok) throw new Error(`${r.failure.where}: ${r.failure.problem}`);
    docs.set(r.document.id, r.document);
  }
  return docs;
}

function loadGold(dir: string): Map<string, GoldAnnotation> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return new Map(files.map((f) => [basename(f, '.json'), parseGold(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')))]));
}

const loaded = await Promise.all(
  SETS.map(async (set) => ({
    set,
    articleFiles: readdirSync(`${set.dir}/articles`).sort(),
    golds: loadGold(`${set.dir}/gold`),
    documents: await readArticles(`${set.dir}/articles`),
  })),
);

describe.each(loaded)('the extraction test set in $set.dir', ({ set, articleFiles, golds, documents }) => {
  it('pairs every article with a gold file naming it', () => {
    expect(articleFiles.length).toBe(set.articleCount);
    expect(articleFiles.map((f) => basename(f, extname(f)))).toEqual([...golds.keys()]);
    for (const file of articleFiles) expect(golds.get(basename(file, extname(file)))?.document).toBe(file);
  });

  it('uses the readers it is meant to exercise', () => {
    expect(new Set(articleFiles.map((f) => extname(f)))).toEqual(new Set(set.extensions));
  });

  describe.each([...golds.keys()])('%s', (name) => {
    const gold = golds.get(name)!;
    const doc = documents.get(name)!;

    it('is 250-600 words long', () => {
      const words = doc.text.slice(doc.body.start, doc.body.end).split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(600);
    });

    it('has every evidence copied from the text', () => {
      const text = foldText(doc.text);
      const ungrounded = gold.relations.filter((r) => !text.includes(foldText(r.evidence))).map((r) => r.evidence);
      expect(ungrounded).toEqual([]);
    });

    it('names every required entity in the text (a demonym counts: "Liberian" for Liberia)', () => {
      const words = ` ${normalizeName(doc.text)}`;
      const absent = gold.entities.filter((e) => !e.optional && !e.names.some((n) => words.includes(` ${normalizeName(n)}`))).map((e) => e.id);
      expect(absent).toEqual([]);
    });
  });

  it('has the totals the README states', () => {
    const entities = [...golds.values()].flatMap((g) => g.entities);
    const relations = [...golds.values()].flatMap((g) => g.relations);
    const optional = (xs: { optional?: boolean }[]) => xs.filter((x) => x.optional).length;
    const stated = `Gold: ${entities.length} entities (${entities.length - optional(entities)} required, ${optional(entities)} optional) and ${relations.length} relations (${relations.length - optional(relations)} required, ${optional(relations)} optional).`;
    const readme = readFileSync(`${set.dir}/README.md`, 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(stated);
  });
});

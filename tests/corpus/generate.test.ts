import { describe, expect, it } from 'vitest';
import { generateCorpus, renderJsonLine, renderTxt } from '../../scripts/corpus/generate.js';
import { parseJsonLine } from '../../src/input/formats/jsonl.js';
import { parsePlainText } from '../../src/input/formats/txt.js';

const take = (count: number, seed = 'test') => [...generateCorpus({ seed, count })];

describe('synthetic corpus', () => {
  it('is deterministic, and a smaller corpus is a prefix of a bigger one', () => {
    const a = take(30).map(renderTxt);
    expect(take(30).map(renderTxt)).toEqual(a);
    expect(take(10).map(renderTxt)).toEqual(a.slice(0, 10));
    expect(take(10, 'other').map(renderTxt)).not.toEqual(a.slice(0, 10));
  });

  it('stops at a size in bytes', () => {
    const articles = [...generateCorpus({ seed: 'test', bytes: 100_000 })];
    const bytes = articles.map((a) => Buffer.byteLength(renderTxt(a)));
    const total = bytes.reduce((x, y) => x + y, 0);
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(total - bytes.at(-1)!).toBeLessThan(100_000);
  });

  it('varies the people, the countries and the relation patterns', () => {
    const text = take(300).map((a) => a.body).join('\n');
    for (const pattern of [/\bmet\b/, /\bvisited\b/, /\baccused\b/, /traded blame/, /\bpledged\b/, /\burged\b/, /called on/, /most powerful backer|stood firmly with|voiced support/, /\bannex(ed|ation)\b/, /\b(Mr|Ms) [A-Z]/, /keen to visit|would like to meet/, /did not meet/])
      expect(text, String(pattern)).toMatch(pattern);
    const names = new Set(text.match(/\b(?:Mr|Ms) [\p{Lu}][\p{L}'-]+/gu));
    expect(names.size).toBeGreaterThan(100);
    expect(text).toMatch(/[À-ž]/); // accented names
    expect(text).toMatch(/\b[A-Z][a-z]+-[a-z]+\b/); // hyphenated given names
  });

  it('writes .txt files and JSONL lines that the readers take apart as intended', () => {
    for (const a of take(20)) {
      const txt = parsePlainText(renderTxt(a), a.id);
      const body = txt.text.slice(txt.body.start, txt.body.end);
      expect(body.endsWith(a.body.split('\n\n').at(-1)!), a.id).toBe(true); // signature and credits left out
      expect(a.body.endsWith(body.split('\n\n').slice(1).join('\n\n')), a.id).toBe(true); // header or wire lead left out
      if (a.layout === 'dateline-header') expect(txt.date).toBe(a.date);
      else expect(txt.title).toBe(a.title);
      const line = parseJsonLine(renderJsonLine(a), 'x', 'fallback');
      expect(line).toMatchObject({ id: a.id, title: a.title, date: a.date, dateline: a.dateline, source: a.source });
    }
  });
});

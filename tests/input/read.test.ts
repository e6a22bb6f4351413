import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type ReadResult } from '../../src/input/read.js';
import { parsePlainText } from '../../src/input/formats/txt.js';
import { parseMarkdown } from '../../src/input/formats/markdown.js';
import { parseHtml } from '../../src/input/formats/html.js';
import { parseJsonLine } from '../../src/input/formats/jsonl.js';

const ARTICLE = 'The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss the border, officials said. They agreed to meet again in the spring and to set up a joint commission on fisheries.';

async function collect(paths: string[], maxBytes = 5 * 1024 * 1024): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, { maxBytes })) out.push(r);
  return out;
}

describe('plain text articles', () => {
  it('reads a date/dateline header with the body on the same line, and a trailing agency signature', () => {
    const text = ` date 2022-03-01 LIMA • ${ARTICLE}\n\nREUTERS\n`;
    const d = parsePlainText(text, 'a');
    expect(d.date).toBe('2022-03-01');
    expect(d.dateline).toBe('LIMA');
    expect(d.source).toBe('REUTERS');
    expect(text.slice(d.body.start, d.body.end)).toBe(ARTICLE);
  });

  it('reads a title line followed by a blank line', () => {
    const text = `Chile and Peru talk fish\n\n${ARTICLE}\n`;
    const d = parsePlainText(text, 'a');
    expect(d.title).toBe('Chile and Peru talk fish');
    expect(text.slice(d.titleSpan!.start, d.titleSpan!.end)).toBe(d.title);
    expect(text.slice(d.body.start, d.body.end)).toBe(ARTICLE);
  });

  it('reads a wire lead with dateline and agency', () => {
    const d = parsePlainText(`LIMA (Reuters) - ${ARTICLE}`, 'a');
    expect(d.dateline).toBe('LIMA');
    expect(d.source).toBe('Reuters');
    expect(d.text.slice(d.body.start, d.body.end)).toBe(ARTICLE);
  });

  it('keeps reporting credits out of the body', () => {
    const d = parsePlainText(`${ARTICLE}\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)\n`, 'a');
    expect(d.text.slice(d.body.start, d.body.end)).toBe(ARTICLE);
  });
});

describe('other formats', () => {
  it('markdown: front matter, heading as title, plain text body', () => {
    const d = parseMarkdown(`---\ntitle: Fish talks\ndate: 2022-03-01\n---\n# Ignored heading\n\nThe **ministers** met in [Lima](https://example.org).\n`, 'm');
    expect(d.title).toBe('Fish talks');
    expect(d.date).toBe('2022-03-01');
    expect(d.text.slice(d.body.start, d.body.end)).toContain('The ministers met in Lima.');
  });

  it('html: main text by readability, date from meta', () => {
    const html = `<html><head><title>Fish talks</title><meta name="date" content="2022-03-01"></head><body><nav>Menu</nav><article><p>${ARTICLE}</p><p>${ARTICLE}</p></article></body></html>`;
    const d = parseHtml(html, 'h');
    expect(d.date).toBe('2022-03-01');
    expect(d.text).toContain(ARTICLE);
    expect(d.text).not.toContain('Menu');
  });

  it('jsonl: fields, and a one-line error for broken JSON', () => {
    const d = parseJsonLine(JSON.stringify({ id: 'x1', title: 'Fish talks', date: '2022-03-01', text: ARTICLE }), 'f.jsonl:1', 'f-1');
    expect(d.id).toBe('x1');
    expect(d.title).toBe('Fish talks');
    expect(() => parseJsonLine('{"id": 1, "text": ', 'f.jsonl:2', 'f-2')).toThrow(/f\.jsonl:2: invalid JSON/);
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it.each([
    ['missing', () => join(dir, 'nope.txt'), /no such file/],
    ['empty', () => file('empty.txt', '  \n'), /empty file/],
    ['binary', () => file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])), /binary/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('caf\xe9 cr\xe8me, the minister said. '.repeat(3), 'latin1')), /invalid UTF-8/],
    ['unknown format', () => file('report.pdf', 'x'), /unknown format/],
    ['not English', () => file('fr.txt', 'Le ministre des affaires étrangères a rencontré son homologue à Paris mardi pour discuter de la frontière et de la pêche dans la région, selon les responsables du gouvernement qui ont parlé sous couvert de l’anonymat.'), /not English/],
  ])('%s input is one failure naming the file', async (_, path, problem) => {
    const p = path();
    const results = await collect([p]);
    expect(results).toHaveLength(1);
    expect(results[0]!.ok).toBe(false);
    if (!results[0]!.ok) {
      expect(results[0]!.failure.where).toBe(p);
      expect(results[0]!.failure.problem).toMatch(problem);
    }
  });

  it('refuses a file over the size limit', async () => {
    const p = file('big.txt', ARTICLE.repeat(20));
    const [r] = await collect([p], 1000);
    expect(r!.ok).toBe(false);
    if (!r!.ok) expect(r!.failure.problem).toMatch(/too large .*limit 1000 bytes/);
  });

  it('reads the good files of a folder and reports the bad ones', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    writeFileSync(join(folder, 'sub', 'b.md'), `# T\n\n${ARTICLE}`);
    writeFileSync(join(folder, 'c.txt'), '');
    writeFileSync(join(folder, 'd.jsonl'), `${JSON.stringify({ id: 'd1', text: ARTICLE })}\n{broken\n`);
    const results = await collect([folder]);
    expect(results.filter((r) => r.ok).map((r) => r.ok && r.document.id)).toEqual(['a', 'd1', 'b']);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.failure.where.replace(folder, ''))).toEqual(['/c.txt', '/d.jsonl:2']);
  });
});

describe('English detection on name-heavy text', () => {
  it('accepts English that is mostly a list of names and titles', async () => {
    const { looksEnglish } = await import('../../src/input/decode.js');
    const roster = Array.from({ length: 12 }, (_, i) => `Alma Reyes${i}, Senior Advisor to the Director of the Office of Regional Affairs`).join(', ');
    expect(looksEnglish(`Yesterday ${roster} met with State Leaders of the Coalition.`)).toBe(true);
    expect(looksEnglish('Der Außenminister hat am Dienstag in Berlin seinen Amtskollegen getroffen, um über die Grenze und die Fischerei in der Region zu sprechen, sagten Beamte der Regierung, die anonym bleiben wollten, und die Gespräche über den Handel und die gemeinsame Kommission sollen im Mai mit weiteren Ministern fortgesetzt werden, hieß es am Abend aus dem Ministerium.')).toBe(false);
  });
});

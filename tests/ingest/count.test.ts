import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countInputs } from '../../src/ingest/count.js';
import { formatProgressLine } from '../../src/ingest/progress.js';
import { tempDir } from './fixtures.js';

describe('counting the inputs for the progress total', () => {
  it('counts files, non-blank JSONL lines, and missing paths as one failure each', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'text');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.md'), 'text');
    writeFileSync(join(dir, 'dump.jsonl'), '{"text":"a"}\n\n  \n{"text":"b"}\n{"text":"c"}');
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, '.hidden.txt'), 'skipped');
    expect(await countInputs([dir, join(dir, 'missing.txt')])).toBe(1 + 1 + 3 + 1 + 1);
  });

  it('does not know how much stdin holds', async () => {
    expect(await countInputs(['-'])).toBeUndefined();
  });
});

describe('plain progress lines', () => {
  it('say how far, how fast, how long and how many failed', () => {
    expect(formatProgressLine({ done: 250, total: 1000, failed: 2, rate: 50 })).toBe('250/1000 articles (25%), 50.0/s, ETA 15 s, 2 failed');
    expect(formatProgressLine({ done: 250, failed: 0, rate: 125 })).toBe('250 articles, 125/s, 0 failed');
  });
});

/**
 * A failure inside one stage of the extraction is reported with the stage's name, never as a bare
 * TypeError: "extraction failed in coreference: Cannot read properties of undefined …".
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { ExtractionError, runStage } from '../../src/extract/stage.js';
import type { SourceDocument } from '../../src/model.js';
import { doc } from '../helpers.js';

describe('runStage', () => {
  it('returns what the stage returns', () => {
    expect(runStage('mentions', () => 42)).toBe(42);
  });

  it('names the stage in the error of a stage that throws, and keeps the original as its cause', () => {
    const broken = { name: undefined as unknown as string };
    let error: unknown;
    try {
      runStage('coreference', () => broken.name.toLowerCase());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionError);
    const e = error as ExtractionError;
    expect(e.stage).toBe('coreference');
    expect(e.message).toMatch(/^extraction failed in coreference: Cannot read properties of undefined \(reading 'toLowerCase'\)$/);
    expect(e.cause).toBeInstanceOf(TypeError);
  });

  it('does not wrap an error twice when stages nest', () => {
    expect(() => runStage('relations', () => runStage('reading', () => { throw new Error('bad span'); }))).toThrow(/^extraction failed in reading: bad span$/);
  });
});

describe('extractDocument', () => {
  it('says which stage failed on a document it cannot read', () => {
    // A document object with no text (a caller that built it wrongly): the reading stage fails on it.
    const bad: SourceDocument = { ...doc('Ana Ruiz met Tomas Varga in Lima.'), text: undefined as unknown as string };
    expect(() => extractDocument(bad)).toThrow(/^extraction failed in reading: /);
  });

  it('extracts a good document as before', () => {
    expect(extractDocument(doc('Ana Ruiz met Tomas Varga in Lima.')).entities.map((e) => e.name)).toContain('Ana Ruiz');
  });
});

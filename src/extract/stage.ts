/**
 * Runs one named stage of the extraction pipeline and names it in any error it throws, so that an
 * article that cannot be extracted is reported as "extraction failed in coreference: Cannot read
 * properties of undefined (reading 'toLowerCase')" rather than as a bare TypeError.
 *
 *   const resolution = runStage('coreference', () => resolveEntities(reading, analysis));
 */
import { errorMessage } from '../errors.js';

/** The stages of `extractDocument`, in order. */
export type StageName = 'reading' | 'mentions' | 'coreference' | 'relations' | 'assembling';

/** A failure inside one stage: its message names the stage; the original error is its `cause`. */
export class ExtractionError extends Error {
  constructor(
    readonly stage: StageName,
    cause: unknown,
  ) {
    super(`extraction failed in ${stage}: ${errorMessage(cause)}`, { cause });
    this.name = 'ExtractionError';
  }
}

export function runStage<T>(stage: StageName, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw e instanceof ExtractionError ? e : new ExtractionError(stage, e);
  }
}

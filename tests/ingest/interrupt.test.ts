import { describe, expect, it } from 'vitest';
import { interruptListener } from '../../src/ingest/interrupt.js';

describe('Ctrl-C during an ingest', () => {
  it('asks the run to stop the first time and quits the second', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const listener = interruptListener(controller, { stopping: () => calls.push('stopping'), quit: () => calls.push('quit') });
    listener();
    expect(controller.signal.aborted).toBe(true);
    expect(calls).toEqual(['stopping']);
    listener();
    expect(calls).toEqual(['stopping', 'quit']);
  });
});

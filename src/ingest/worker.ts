/**
 * Worker thread of the extraction pool: loads the extractor once, then extracts the articles it is
 * sent, one message per article. A failing article is reported, not thrown, so the worker lives on.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/index.js';
import type { FromWorker, ToWorker } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('src/ingest/worker.ts runs as a worker thread only');

const post = (message: FromWorker) => port.postMessage(message);

port.on('message', ({ id, document }: ToWorker) => {
  try {
    post({ type: 'done', id, extraction: extractDocument(document) });
  } catch (e) {
    post({ type: 'failed', id, message: e instanceof Error ? e.message : String(e) });
  }
});
post({ type: 'ready' });

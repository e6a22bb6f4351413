/** Messages between the extraction pool and its worker threads. */
import type { Extraction, SourceDocument } from '../model.js';

export interface ToWorker {
  id: number;
  document: SourceDocument;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; extraction: Extraction }
  | { type: 'failed'; id: number; message: string };

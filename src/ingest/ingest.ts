/**
 * Ingestion: read every input, extract each article, merge the extractions into one graph, then
 * hand the graph to the sinks. Failures of single inputs are collected, not thrown.
 */
import { addExtraction, createGraph, type KnowledgeGraph } from '../graph/build.js';
import { extractDocument } from '../extract/index.js';
import { readInputs, type ReadFailure } from '../input/read.js';
import type { InputOptions } from '../input/limits.js';
import type { Extraction, RelationType } from '../model.js';

export interface IngestSummary {
  documents: number;
  skippedDuplicates: number;
  failures: ReadFailure[];
  entities: number;
  relations: number;
  relationsByType: Partial<Record<RelationType, number>>;
  seconds: number;
}

export interface IngestResult {
  graph: KnowledgeGraph;
  summary: IngestSummary;
  /** The articles merged into the graph, for article-level sinks. */
  extractions: Extraction[];
}

export async function ingest(paths: string[], options: InputOptions): Promise<IngestResult> {
  const started = performance.now();
  const graph = createGraph();
  const failures: ReadFailure[] = [];
  const extractions: Extraction[] = [];
  let documents = 0;
  let skippedDuplicates = 0;
  for await (const result of readInputs(paths, options)) {
    if (!result.ok) {
      failures.push(result.failure);
      continue;
    }
    try {
      const extraction = extractDocument(result.document);
      if (addExtraction(graph, extraction)) {
        documents++;
        extractions.push(extraction);
      } else skippedDuplicates++;
    } catch (e) {
      failures.push({ where: result.document.path ?? result.document.id, problem: `extraction failed: ${(e as Error).message}` });
    }
  }
  return { graph, summary: summarise(graph, documents, skippedDuplicates, failures, started), extractions };
}

export function summarise(graph: KnowledgeGraph, documents: number, skippedDuplicates: number, failures: ReadFailure[], started: number): IngestSummary {
  const relationsByType: Partial<Record<RelationType, number>> = {};
  graph.forEachEdge((_, a) => (relationsByType[a.type] = (relationsByType[a.type] ?? 0) + 1));
  return {
    documents,
    skippedDuplicates,
    failures,
    entities: graph.order,
    relations: graph.size,
    relationsByType,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Ingestion engine: streams the inputs, extracts articles in parallel on worker threads, and merges
 * them into one graph in input order, while article sinks receive them in batches.
 *
 *   readInputs ──▶ orderedMap(window) ──▶ worker pool ──▶ in input order: dedupe ──▶ BatchWriter ──▶ sinks
 *                                                                                        └─ committed ─▶ graph
 *
 * An article reaches the graph only once every sink has committed it, so the graph and the sinks
 * always hold the same articles: when the run stops early (Ctrl-C, a sink failing) the graph is a
 * valid checkpoint to continue from. Failures of single inputs are collected, not thrown.
 */
import { availableParallelism } from 'node:os';
import { addExtraction, createGraph, type KnowledgeGraph } from '../graph/build.js';
import { mergeIdentities } from '../graph/identities.js';
import { IdentityResolver } from '../resolve/index.js';
import { summarise as summariseEntities, summariesFromGraph } from '../resolve/summaries.js';
import { readInputs, type ReadFailure, type ReadResult } from '../input/read.js';
import type { InputOptions } from '../input/limits.js';
import type { Extraction, IdentityMap, RelationType, UserIdentities } from '../model.js';
import type { ArticleSink } from '../sinks/sink.js';
import { BatchWriter, SinkFailed } from './batches.js';
import { countInputs } from './count.js';
import { orderedMap } from './ordered.js';
import { ExtractionPool } from './pool.js';
import { createProgressReporter, type ProgressReporter } from './progress.js';

export interface IngestOptions extends InputOptions {
  /** Extraction worker threads (default: one per core). */
  workers?: number;
  /** Articles per sink batch (default 100). */
  batchSize?: number;
  sinks?: ArticleSink[];
  /** A checkpoint's graph to continue from: its articles are skipped, the rest added to it. */
  resume?: KnowledgeGraph;
  /** Aborting stops the run cleanly: no more reading, what is extracted in order is committed. */
  signal?: AbortSignal;
  progress?: ProgressReporter;
  /** Resolve entities across the run's articles (one node per real-world entity); default true. */
  resolve?: boolean;
  /** The user's identity corrections (kg.identities.json): ids that are one entity, ids kept apart; for the run's resolution. */
  identities?: UserIdentities;
}

export interface IngestStop {
  reason: 'interrupted' | 'sink-failed';
  message: string;
  /** Input items dealt with before stopping. */
  processed: number;
  total?: number;
  /** The last input item whose article (if any) is in the graph and every sink. */
  stoppedAfter?: string;
}

export interface IngestSummary {
  /** Articles added to the graph by this run. */
  documents: number;
  /** Articles taken from the checkpoint this run continued. */
  resumed: number;
  /** Articles skipped because the same id or text came earlier. */
  skippedDuplicates: number;
  failures: ReadFailure[];
  entities: number;
  relations: number;
  relationsByType: Partial<Record<RelationType, number>>;
  seconds: number;
  /** Input items per second in this run, from when the workers were ready (startup excluded). */
  articlesPerSecond: number;
  workers: number;
  /** CPU time of the process (all threads, user + system), seconds: with `seconds`, how many cores the run had. */
  cpuSeconds: number;
  /** Peak resident memory of the process (all threads), bytes. */
  peakRssBytes: number;
  /** Present when the run stopped before the end. */
  stopped?: IngestStop;
}

export interface IngestResult {
  graph: KnowledgeGraph;
  summary: IngestSummary;
  /**
   * The run's resolved identities, already applied to `graph`; the sinks received the per-article
   * ids and apply it themselves. Absent when the run stopped early or resolution is off. Articles
   * taken from a checkpoint are not summarised again: their ids take part only through `ids`.
   */
  identities?: IdentityMap;
}

export const DEFAULT_BATCH_SIZE = 100;
export const defaultWorkers = (): number => availableParallelism();

/** Items in flight per worker: enough to keep every worker busy behind a slow article, few enough to bound memory. */
const WINDOW_PER_WORKER = 8;
/** A sink never waits longer than this for a batch to fill. */
const MAX_BATCH_WAIT_MS = 2000;

type Outcome =
  | { kind: 'failed'; where: string; failure: ReadFailure }
  | { kind: 'checkpointed'; where: string }
  | { kind: 'duplicate'; where: string }
  | { kind: 'extracted'; where: string; extraction: Extraction };

export async function ingest(paths: string[], options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const workers = options.workers ?? defaultWorkers();
  const progress = options.progress ?? createProgressReporter('none');
  const graph = options.resume ?? createGraph();
  const checkpointed = documentKeys(graph);
  const seen = documentKeys(graph); // grows with every accepted article: the dedupe rule of addExtraction, applied before sinks
  const resumed = checkpointed.ids.size;

  const failures: ReadFailure[] = [];
  let documents = 0;
  let skippedDuplicates = 0;
  let processed = 0;
  let lastCommitted: string | undefined;
  let stopped: IngestStop | undefined;

  // Resolution reads small summaries of each committed article, not the articles.
  const resolver = options.resolve === false ? undefined : new IdentityResolver();
  if (resolver && options.resume) for (const article of summariesFromGraph(graph)) resolver.add(article);
  let identities: IdentityMap | undefined;
  const sinks = options.sinks ?? [];
  const writer = new BatchWriter({
    sinks,
    // Without sinks an article is merged at once: held back in a batch it would outlive the young
    // generation of the heap and end up as old-generation garbage.
    size: sinks.length ? (options.batchSize ?? DEFAULT_BATCH_SIZE) : 1,
    maxWaitMs: MAX_BATCH_WAIT_MS,
    committed: (batch) => {
      for (const x of batch) {
        addExtraction(graph, x);
        resolver?.add(summariseEntities(x));
      }
      documents += batch.length;
      const last = batch[batch.length - 1]!.document;
      lastCommitted = last.path ?? last.id;
    },
  });

  const pool = new ExtractionPool(workers);
  const total = await countInputs(paths).catch(() => undefined);
  let lastWhere: string | undefined;
  let working = performance.now();
  try {
    await pool.ready();
    working = performance.now();
    progress.start(total);

    const work = async (result: ReadResult): Promise<Outcome> => {
      if (!result.ok) return { kind: 'failed', where: result.failure.where, failure: result.failure };
      const d = result.document;
      const where = d.path ?? d.id;
      if (checkpointed.ids.has(d.id) && checkpointed.shas.has(d.sha256)) return { kind: 'checkpointed', where };
      // Already accepted: it will be skipped in order anyway, so do not extract it.
      if (seen.ids.has(d.id) || seen.shas.has(d.sha256)) return { kind: 'duplicate', where };
      try {
        return { kind: 'extracted', where, extraction: await pool.extract(d) };
      } catch (e) {
        // The extractor's own errors already say which stage failed ("extraction failed in coreference: …").
        const message = (e as Error).message;
        return { kind: 'failed', where, failure: { where, problem: message.startsWith('extraction failed') ? message : `extraction failed: ${message}` } };
      }
    };

    const outcomes = orderedMap(readInputs(paths, options), work, { window: workers * WINDOW_PER_WORKER, signal: options.signal });
    for await (const o of outcomes) {
      processed++;
      lastWhere = o.where;
      if (o.kind === 'failed') failures.push(o.failure);
      else if (o.kind === 'duplicate') skippedDuplicates++;
      else if (o.kind === 'extracted') {
        const { id, sha256 } = o.extraction.document;
        if (seen.ids.has(id) || seen.shas.has(sha256)) skippedDuplicates++;
        else {
          seen.ids.add(id);
          seen.shas.add(sha256);
          await writer.add(o.extraction);
        }
      }
      const seconds = (performance.now() - working) / 1000;
      progress.update({ done: processed, total, failed: failures.length, rate: seconds > 0 ? processed / seconds : 0 });
    }
    await pool.close(); // nothing more to extract; stop the workers before waiting on the sinks
    await writer.flush();
    if (options.signal?.aborted)
      stopped = { reason: 'interrupted', message: 'interrupted', processed, total, ...(lastWhere ? { stoppedAfter: lastWhere } : {}) };
    // A stopped run keeps per-article ids: its graph is a checkpoint that the next run continues.
    else if (resolver) {
      identities = resolver.resolve({ identities: options.identities });
      mergeIdentities(graph, identities);
      // The sinks hold the articles under their per-article ids: they merge them the same way.
      for (const sink of sinks) {
        if (!sink.resolve) continue;
        try {
          await sink.resolve(identities);
        } catch (e) {
          throw new SinkFailed(sink.name, e);
        }
      }
    }
  } catch (e) {
    if (!(e instanceof SinkFailed)) throw e;
    await pool.close();
    await writer.discard();
    stopped = { reason: 'sink-failed', message: e.message, processed, total, ...(lastCommitted ? { stoppedAfter: lastCommitted } : {}) };
  } finally {
    await pool.close();
    progress.stop();
  }

  const summary = summarise(graph, { documents, resumed, skippedDuplicates, failures, started, cpuAtStart, working, processed, workers, stopped });
  return identities ? { graph, summary, identities } : { graph, summary };
}

interface Counts {
  documents: number;
  resumed: number;
  skippedDuplicates: number;
  failures: ReadFailure[];
  started: number;
  cpuAtStart: NodeJS.CpuUsage;
  /** When the workers were ready and reading began. */
  working: number;
  processed: number;
  workers: number;
  stopped: IngestStop | undefined;
}

function summarise(graph: KnowledgeGraph, c: Counts): IngestSummary {
  const relationsByType: Partial<Record<RelationType, number>> = {};
  graph.forEachEdge((_, a) => (relationsByType[a.type] = (relationsByType[a.type] ?? 0) + 1));
  const now = performance.now();
  const seconds = (now - c.started) / 1000;
  const workingSeconds = (now - c.working) / 1000;
  const summary: IngestSummary = {
    documents: c.documents,
    resumed: c.resumed,
    skippedDuplicates: c.skippedDuplicates,
    failures: c.failures,
    entities: graph.order,
    relations: graph.size,
    relationsByType,
    seconds,
    articlesPerSecond: workingSeconds > 0 ? c.processed / workingSeconds : 0,
    workers: c.workers,
    cpuSeconds: cpuSeconds(process.cpuUsage(c.cpuAtStart)),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  if (c.stopped) summary.stopped = c.stopped;
  return summary;
}

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

function documentKeys(graph: KnowledgeGraph): { ids: Set<string>; shas: Set<string> } {
  const documents = Object.values(graph.getAttribute('documents'));
  return { ids: new Set(documents.map((d) => d.id)), shas: new Set(documents.map((d) => d.sha256)) };
}

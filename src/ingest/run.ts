/**
 * One `kg ingest` run around the engine: continue from a checkpoint when the same ingest was
 * interrupted before, then either write the graph files (complete run; the checkpoint goes) or save
 * a checkpoint (stopped run; graph.json and index.html are left as they were).
 */
import { writeGraphFiles, type WrittenFiles } from '../sinks/files.js';
import type { KnowledgeGraph } from '../graph/build.js';
import { checkpointKey, readCheckpoint, removeCheckpoint, writeCheckpoint, type CheckpointInfo, type CheckpointKey } from './checkpoint.js';
import { ingest, type IngestOptions, type IngestSummary } from './ingest.js';

export interface RunOptions extends IngestOptions {
  outDir: string;
  /** Ignore a checkpoint of an interrupted run and start over. */
  restart?: boolean;
  /** Messages for the user while the run goes on. */
  note?: (message: string) => void;
}

export interface RunResult {
  summary: IngestSummary;
  /** The graph files, when the run completed and had articles. */
  files?: WrittenFiles;
  /** The checkpoint file, when the run stopped early and can be continued. */
  checkpoint?: string;
  /** The checkpoint this run continued from. */
  resumedFrom?: CheckpointInfo;
  /** Nothing could be read: no files were written. */
  empty: boolean;
}

export async function runIngest(paths: string[], options: RunOptions): Promise<RunResult> {
  const note = options.note ?? (() => undefined);
  const key = checkpointKey(paths, options.maxBytes, (options.sinks ?? []).map((s) => s.name));
  let resume: RunOptions['resume'];
  let resumedFrom: CheckpointInfo | undefined;
  if (key && !options.restart) {
    const found = await readCheckpoint(options.outDir, key);
    if (found.found && found.matches) {
      resume = found.graph;
      resumedFrom = found.info;
      note(`kg: continuing an interrupted ingest: ${found.info.articles} articles already done${found.info.stoppedAfter ? ` (up to ${found.info.stoppedAfter})` : ''}; --restart starts over`);
    } else if (found.found) note(`kg: ignoring ${found.path} (left by an ingest of other inputs or options); starting over`);
  }

  const { graph, summary } = await ingest(paths, { ...options, resume });
  const result: RunResult = { summary, empty: false, ...(resumedFrom ? { resumedFrom } : {}) };
  await writeOutputs(options, key, graph, result);
  // Writing the files is part of the run's memory: measure the peak after it.
  summary.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return result;
}

/** Complete run: the graph files (and the checkpoint goes); stopped run: a checkpoint. */
async function writeOutputs(options: RunOptions, key: CheckpointKey | undefined, graph: KnowledgeGraph, result: RunResult): Promise<void> {
  const { summary } = result;
  if (summary.stopped) {
    if (key) {
      const articles = Object.keys(graph.getAttribute('documents')).length;
      const info: CheckpointInfo = { articles, savedAt: new Date().toISOString(), ...(summary.stopped.stoppedAfter ? { stoppedAfter: summary.stopped.stoppedAfter } : {}) };
      result.checkpoint = await writeCheckpoint(options.outDir, key, graph, info);
    }
    return;
  }
  if (summary.documents + summary.resumed + summary.skippedDuplicates === 0) {
    result.empty = true;
    return;
  }
  result.files = await writeGraphFiles(graph, options.outDir);
  if (key) await removeCheckpoint(options.outDir);
}

/**
 * Progress of an ingest, for people: a live bar on a terminal (cli-progress), a plain line every few
 * seconds elsewhere (CI logs, pipes), nothing with --quiet or --json. Reporters only display; the
 * numbers come from the ingest.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** Input items dealt with: articles merged, duplicates skipped, failures. */
  done: number;
  /** Items the run will go through, when known. */
  total?: number;
  failed: number;
  /** Items per second in this run. */
  rate: number;
}

export interface ProgressReporter {
  start(total: number | undefined): void;
  update(progress: Progress): void;
  /** A message that must not be overwritten by the bar. */
  note(message: string): void;
  stop(): void;
}

export type ProgressMode = 'bar' | 'lines' | 'none';

export function progressMode(opts: { quiet: boolean; json: boolean; isTTY: boolean }): ProgressMode {
  if (opts.quiet || opts.json) return 'none';
  return opts.isTTY ? 'bar' : 'lines';
}

export function createProgressReporter(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (mode === 'bar') return new BarReporter(stream);
  if (mode === 'lines') return new LineReporter(stream);
  return { start: () => undefined, update: () => undefined, note: () => undefined, stop: () => undefined };
}

const FORMAT = '{bar} {percentage}% | {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {failed} failed';

class BarReporter implements ProgressReporter {
  private readonly bars: cliProgress.MultiBar;
  private bar: cliProgress.SingleBar | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {
    // A MultiBar of one bar, for its log(): notes printed above the bar instead of through it.
    this.bars = new cliProgress.MultiBar(
      { format: FORMAT, stream, hideCursor: true, barsize: 20, etaBuffer: 200, fps: 5, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number | undefined): void {
    this.bar = this.bars.create(total ?? 0, 0, { rate: '0', failed: 0 });
  }

  update(p: Progress): void {
    if (!this.bar) return;
    const total = Math.max(p.total ?? 0, p.done);
    if (total !== this.bar.getTotal()) this.bar.setTotal(total);
    this.bar.update(p.done, { rate: formatRate(p.rate), failed: p.failed });
  }

  note(message: string): void {
    if (this.bar) this.bars.log(`${message}\n`);
    else this.stream.write(`${message}\n`);
  }

  stop(): void {
    if (this.bar) this.bars.stop();
    this.bar = undefined;
  }
}

class LineReporter implements ProgressReporter {
  private next = 0;
  private latest: Progress | undefined;

  /** A first line soon after the start (quick feedback), then one every `everyMs`. */
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly everyMs = 5000,
    private readonly firstMs = 1000,
  ) {}

  start(total: number | undefined): void {
    this.next = performance.now() + this.firstMs;
    this.stream.write(`kg: ingesting ${total === undefined ? 'articles' : `${total} article${total === 1 ? '' : 's'}`}\n`);
  }

  update(p: Progress): void {
    this.latest = p;
    const now = performance.now();
    if (now < this.next) return;
    this.next = now + this.everyMs;
    this.stream.write(`kg: ${formatProgressLine(p)}\n`);
  }

  note(message: string): void {
    this.stream.write(`${message}\n`);
  }

  stop(): void {
    if (this.latest) this.stream.write(`kg: ${formatProgressLine(this.latest)}\n`);
  }
}

export function formatProgressLine(p: Progress): string {
  const parts = [
    p.total !== undefined ? `${p.done}/${p.total} articles (${Math.floor((100 * p.done) / Math.max(p.total, 1))}%)` : `${p.done} article${p.done === 1 ? '' : 's'}`,
    `${formatRate(p.rate)}/s`,
  ];
  if (p.total !== undefined && p.rate > 0 && p.done < p.total) parts.push(`ETA ${formatDuration((p.total - p.done) / p.rate)}`);
  parts.push(`${p.failed} failed`);
  return parts.join(', ');
}

const formatRate = (rate: number) => (rate >= 100 ? rate.toFixed(0) : rate.toFixed(1));

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

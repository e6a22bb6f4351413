/**
 * `npm run bench:viewer`: how fast the page is on big graphs. Builds synthetic graphs of 1,000,
 * 5,000 and 20,000 entities (about twice as many relations), writes each page, opens it in headless
 * Chromium and reports, per drawing variant:
 *   - ready: ms from navigation until the graph is drawn and the page idle (measured in the page);
 *   - filter: ms from clicking the "Person" checkbox until the change is drawn.
 * Targets (issue 6): 5,000 drawn ≤ 2 s, 20,000 ≤ 8 s, filter clicks < 200 ms.
 * The machine is shared, so the load average is printed with the figures, and so is the CPU time the
 * page's renderer process used (less sensitive to other people's work than wall-clock time).
 * Variants compare against the default in the same run (`baseline`, `ratio` = value / baseline).
 * The last line is `BENCH [...]` (JSON), for the project-wide `npm run bench`.
 *
 * The `comentions` variant is the default page with its "mentioned together" layer drawn (issue 15:
 * ready ≤ 3 s and filters < 200 ms at 20,000 entities).
 *
 * Options (environment): BENCH_VIEWER_SIZES=1000,5000  BENCH_VIEWER_VARIANTS=default,webgl
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeGraphFiles } from '../src/sinks/files.js';
import { syntheticGraph } from '../tests/fixtures/viewer/synthetic.js';
import { launchChromium } from '../tests/helpers/browser.js';

interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const VARIANTS: Record<string, { query: string; what: string }> = {
  default: { query: '', what: 'the page as users get it: the overview canvas on large graphs (Cytoscape headless as the model), Cytoscape on small ones' },
  comentions: { query: '?comentions=1', what: 'the page with its "mentioned together" layer on (two co-mention pairs per entity on these graphs)' },
  cytoscape: { query: '?renderer=cytoscape', what: "Cytoscape's canvas renderer with level-of-detail tricks (straight edges, no edge labels, labels only when legible, edges hidden and texture while panning)" },
  'no-lod': { query: '?renderer=cytoscape&lod=0&large=0', what: "Cytoscape's canvas renderer, full detail (curved edges, edge labels, label outlines)" },
  webgl: { query: '?renderer=webgl', what: "Cytoscape's WebGL renderer (software GL here: --disable-gpu), same styles as cytoscape" },
};

const sizes = (process.env.BENCH_VIEWER_SIZES ?? '1000,5000,20000').split(',').map(Number);
const variants = (process.env.BENCH_VIEWER_VARIANTS ?? Object.keys(VARIANTS).join(',')).split(',');
const figures: BenchFigure[] = [];
const log = (line: string) => process.stdout.write(`${line}\n`);

execFileSync(process.execPath, ['scripts/build-page.mjs'], { stdio: 'inherit' });
const dir = await mkdtemp(join(tmpdir(), 'kg-bench-viewer-'));
await mkdir('tests/artifacts', { recursive: true });
const browser = await launchChromium();
const browserCdp = await browser.newBrowserCDPSession();
/** CPU ms used so far by the page renderer processes. */
const rendererCpu = async (): Promise<number> => {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
  return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime * 1000, 0);
};
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
log(`load average before: ${load()} (${process.env.BENCH_VIEWER_SIZES ?? 'all sizes'})`);
try {
  for (const order of sizes) {
    const graph = syntheticGraph(order);
    const started = performance.now();
    const { page: file } = await writeGraphFiles(graph, join(dir, String(order)));
    const buildMs = performance.now() - started;
    log(`${order} entities, ${graph.size} relations: page written in ${(buildMs / 1000).toFixed(1)} s`);
    figures.push({ name: `viewer.build.${order}`, value: Math.round(buildMs), unit: 'ms' });
    const base: Record<string, number> = {};
    for (const variant of variants) {
      const v = VARIANTS[variant];
      if (!v) throw new Error(`unknown variant ${variant}; known: ${Object.keys(VARIANTS).join(', ')}`);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const cpuBefore = await rendererCpu();
      await page.goto(pathToFileURL(file).href + v.query, { timeout: 180_000 });
      await page.waitForFunction(() => window.kgViewer?.ready || window.kgViewer?.error, undefined, { timeout: 180_000, polling: 50 });
      const readyCpu = (await rendererCpu()) - cpuBefore;
      const ready = await page.evaluate(() => window.kgViewer.readyAt ?? NaN);
      // The overview redraws everything on every pan, zoom and click: one frame's cost is its smoothness.
      const frameMs = await page.evaluate(() => window.kgViewer.overview?.lastFrame.ms);
      if (process.env.BENCH_VIEWER_PHASES) log(`  phases ${JSON.stringify(await page.evaluate(() => ({ ...window.kgViewer.phases, frame: window.kgViewer.overview?.lastFrame })), (_, x) => (typeof x === 'number' ? Math.round(x) : x))}`);
      const filter: number[] = [];
      for (let i = 0; i < 2; i++) {
        await page.click('[data-testid="filter-Person"]', { timeout: 300_000 });
        await page.waitForFunction((n) => window.kgViewer.filterMs.length > n, i, { timeout: 300_000, polling: 20 });
        filter.push(await page.evaluate((n) => window.kgViewer.filterMs[n]!, i));
      }
      if (variant === 'default') await page.screenshot({ path: `tests/artifacts/bench-viewer-${order}.png` });
      await context.close();
      if (errors.length) throw new Error(`${variant} @${order}: page errors: ${errors.join('; ')}`);
      const hide = filter[0]!;
      const show = filter[1]!;
      const frame = frameMs === undefined ? '' : `   one frame ${frameMs.toFixed(0)} ms`;
      log(`  ${variant.padEnd(9)} ready ${ready.toFixed(0).padStart(6)} ms (renderer CPU ${readyCpu.toFixed(0).padStart(6)} ms)   filter hide ${hide.toFixed(0).padStart(5)} ms, show ${show.toFixed(0).padStart(5)} ms${frame}   (${v.what})`);
      const add = (name: string, value: number) => {
        const fig: BenchFigure = { name: `viewer.${name}.${order}${variant === 'default' ? '' : `.${variant}`}`, value: Math.round(value), unit: 'ms' };
        if (variant === 'default') base[name] = value;
        else if (base[name]) Object.assign(fig, { baseline: Math.round(base[name]!), ratio: Math.round((value / base[name]!) * 100) / 100 });
        figures.push(fig);
      };
      add('ready', ready);
      add('ready_cpu', readyCpu);
      add('filter', Math.max(hide, show));
      if (frameMs !== undefined) add('frame', frameMs);
    }
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
log(`load average after: ${load()}`);
log(`targets: ready ≤ 2000 ms at 5000, ≤ 8000 ms at 20000; filter < 200 ms`);
log(`BENCH ${JSON.stringify(figures)}`);

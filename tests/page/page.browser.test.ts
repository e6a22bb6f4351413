/**
 * The graph page in a real browser (Debian's Chromium), opened from disk as a user would, on a
 * hand-made graph of two invented articles. The seed article has its own file.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/build.js';
import { writeGraphFiles } from '../../src/sinks/files.js';
import { storyGraph, XSS_NAME } from '../fixtures/viewer/story.js';
import { syntheticGraph } from '../fixtures/viewer/synthetic.js';
import { launchChromium, openViewer, watchProblems, type PageProblems } from '../helpers/browser.js';
import { clickElement, panelText, selectedIds, visibility, settledVisibility } from '../helpers/viewer-page.js';

const ELENA = 'person:elena-marchetti';
const VARGA = 'person:tomas-varga';
const XSS_ID = 'person:img-src-x-onerror-alert-1';
const MET = `MET|${ELENA}|${VARGA}`;

let browser: Browser;
let url: string;
let graphJson: { nodes: { key: string; attributes: { type: string } }[]; edges: { key: string; attributes: { type: string; evidence: { text: string }[] } }[] };
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launchChromium();
  const dir = await mkdtemp(join(tmpdir(), 'kg-page-'));
  const files = await writeGraphFiles(storyGraph(), dir);
  url = pathToFileURL(files.page).href;
  graphJson = JSON.parse(await readFile(files.graphJson, 'utf8'));
  await mkdir('tests/artifacts', { recursive: true });
});
afterAll(() => browser?.close());

async function open(suffix = ''): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  problems = watchProblems(page);
  await openViewer(page, url + suffix);
}

afterEach(async () => {
  // Every test doubles as a check that nothing went wrong behind the scenes.
  expect(problems).toEqual({ console: [], pageErrors: [], dialogs: [], requests: [] });
  await page.close();
});

describe('the graph page', () => {
  it('opens from disk with no network and draws every entity and fact of graph.json', async () => {
    await open();
    const counts = await page.evaluate(() => ({ nodes: window.cy.nodes().length, edges: window.cy.edges().length }));
    expect(counts).toEqual({ nodes: graphJson.nodes.length, edges: graphJson.edges.length });
    await expect(page.locator('#stats').innerText()).resolves.toBe(`${graphJson.nodes.length} entities · ${graphJson.edges.length} relations · 2 articles`);
    await page.screenshot({ path: 'tests/artifacts/story-graph.png' });
  });

  it('clicking an entity opens its facts as a timeline and its articles, with the evidence sentences', async () => {
    await open();
    await clickElement(page, ELENA);
    expect(await selectedIds(page)).toEqual([ELENA]);
    await expect(page.locator('[data-testid="panel-title"]').innerText()).resolves.toBe('Elena Marchetti');
    const text = await panelText(page);
    for (const sentence of graphJson.edges.find((e) => e.key === MET)!.attributes.evidence) expect(text).toContain(sentence.text);
    expect(text).toMatch(/Also: Marchetti · Ms Marchetti/);
    expect(text).toMatch(/Articles \(2\)/i);
    // The entity is highlighted in its sentences.
    expect(await page.locator('#details-body mark.mark-self').first().innerText()).toMatch(/Marchetti/);
    expect(await page.evaluate(() => location.hash)).toBe(`#node=${encodeURIComponent(ELENA)}`);
    await page.screenshot({ path: 'tests/artifacts/story-selected.png' });
  });

  it('clicking a relation shows the sentences it was read from', async () => {
    await open();
    await clickElement(page, MET);
    expect(await selectedIds(page)).toEqual([MET]);
    const text = await panelText(page);
    expect(text).toContain('Ms Marchetti and Mr Varga met again on Wednesday');
    expect(text).toMatch(/Evidence \(2 sentences, 1 article\)/i);
    expect(text).toMatch(/Elena Marchetti\s*↔\s*Tomas Varga/);
  });

  it('unticking an entity type hides all its entities (and their facts); ticking brings them back', async () => {
    await open();
    await page.locator('[data-testid="filter-Person"]').uncheck();
    const persons = await settledVisibility(page, 'nodes', 'Person', 'hidden');
    expect(persons.visible).toEqual([]);
    expect(persons.hidden).toHaveLength(graphJson.nodes.filter((n) => n.attributes.type === 'Person').length);
    expect((await visibility(page, 'edges', 'MET')).visible).toEqual([]);
    expect((await visibility(page, 'nodes', 'Country')).hidden).toEqual([]);
    await expect(page.locator('#stats').innerText()).resolves.toMatch(/^showing 5 of 8 entities/);

    await page.locator('[data-testid="filter-Person"]').check();
    await page.locator('[data-testid="filter-ANNEXED"]').uncheck();
    expect((await settledVisibility(page, 'nodes', 'Person', 'shown')).hidden).toEqual([]);
    expect((await settledVisibility(page, 'edges', 'ANNEXED', 'hidden')).visible).toEqual([]);
    expect((await visibility(page, 'edges', 'MET')).hidden).toEqual([]);
  });

  it('searching a name or alias selects the entity and centres on it', async () => {
    await open();
    await page.locator('#search').fill('varga');
    await page.waitForFunction((id) => window.cy.getElementById(id).selected(), VARGA);
    await expect(page.locator('[data-testid="panel-title"]').innerText()).resolves.toBe('Tomas Varga');
    await expect(page.locator('#search-results').innerText()).resolves.toContain('Tomas Varga');
    await page.waitForFunction(() => !window.cy.animated());
    const p = await page.evaluate((id) => window.cy.getElementById(id).renderedPosition(), VARGA);
    const size = await page.evaluate(() => ({ w: window.cy.width(), h: window.cy.height() }));
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(size.w - 380); // not hidden behind the details panel
    expect(Math.abs(p.y - size.h / 2)).toBeLessThan(5);

    await page.locator('#search').fill('Ms Marchetti');
    await page.waitForFunction((id) => window.cy.getElementById(id).selected(), ELENA);
  });

  it('shows a name that looks like HTML as text, and runs nothing', async () => {
    await open(`#node=${encodeURIComponent(XSS_ID)}`);
    expect(await selectedIds(page)).toEqual([XSS_ID]);
    await expect(page.locator('[data-testid="panel-title"]').innerText()).resolves.toBe(XSS_NAME);
    expect(await panelText(page)).toContain(`${XSS_NAME} met Elena Marchetti in Brevik`);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate((id) => window.cy.getElementById(id).data('label'), XSS_ID)).toBe(XSS_NAME);
    await page.locator('#search').fill('<img');
    await page.waitForFunction(() => !document.getElementById('search-results')!.hidden);
    expect(await page.locator('#search-results').innerText()).toContain(XSS_NAME);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    // problems (checked after each test) include any dialog an injected handler would have opened.
  });

  it('keeps the selection in the URL, so a view can be shared', async () => {
    await open(`#node=${encodeURIComponent(VARGA)}`);
    expect(await selectedIds(page)).toEqual([VARGA]);
    await page.evaluate((id) => (location.hash = `#edge=${encodeURIComponent(id)}`), MET);
    await page.waitForFunction((id) => window.cy.getElementById(id).selected(), MET);
    await page.locator('#details-close').click();
    expect(await selectedIds(page)).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.locator('#details').isHidden()).toBe(true);
  });

  it('draws the same graph the same way every time', async () => {
    const positions = async () => page.evaluate(() => window.cy.nodes().map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]));
    await open();
    const first = await positions();
    await page.close();
    await open();
    expect(await positions()).toEqual(first);
  });

  it('colours by community, resets, and exports a PNG', async () => {
    await open();
    await page.locator('#colour-by').selectOption('community');
    expect(await page.locator('#community-note').isVisible()).toBe(true);
    await page.locator('[data-testid="filter-Location"]').uncheck();
    await clickElement(page, ELENA);
    await page.locator('#reset').click();
    expect(await selectedIds(page)).toEqual([]);
    expect((await visibility(page, 'nodes', 'Location')).hidden).toEqual([]);
    expect(await page.locator('#colour-by').inputValue()).toBe('type');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#png').click()]);
    expect(download.suggestedFilename()).toBe('knowledge-graph.png');
    const png = await readFile((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('an empty graph', () => {
  it('says that no entity was found, without errors', async () => {
    const files = await writeGraphFiles(createGraph(), await mkdtemp(join(tmpdir(), 'kg-page-empty-')));
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    problems = watchProblems(page);
    await openViewer(page, pathToFileURL(files.page).href);
    expect(await page.locator('#empty').innerText()).toBe('No entities were found in these articles.');
    expect(await page.locator('#stats').innerText()).toBe('0 entities · 0 relations · 0 articles');
  });
});

describe('a large graph (the overview draws, Cytoscape is the model)', () => {
  let largeUrl: string;
  let sample: { id: string; name: string; x: number; y: number; type: string }[];
  beforeAll(async () => {
    const files = await writeGraphFiles(syntheticGraph(600), await mkdtemp(join(tmpdir(), 'kg-page-large-')));
    largeUrl = pathToFileURL(files.page).href;
    const data = JSON.parse((await readFile(files.page, 'utf8')).match(/<script id="graph-data" type="application\/json">(.*?)<\/script>/s)![1]!);
    expect(data.layout).toBe('preset');
    sample = data.nodes.slice(0, 20);
  });
  const openLarge = async (suffix = '') => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    problems = watchProblems(page);
    await openViewer(page, largeUrl + suffix);
  };
  /** The biggest entity: drawn on top of nothing, easy to hit. */
  const hub = () => page.evaluate(() => window.cy.nodes().max((n) => n.data('size') as number).ele.id());

  it('draws every entity at the position computed at build time', async () => {
    await openLarge('?isolated=1');
    expect(await page.evaluate(() => window.kgViewer.options.renderer)).toBe('overview');
    expect(await page.evaluate(() => ({ nodes: window.cy.nodes().length, edges: window.cy.edges().length }))).toEqual({ nodes: 600, edges: expect.any(Number) });
    const drawn = await page.evaluate((ids: string[]) => ids.map((id) => [id, window.cy.getElementById(id).position('x'), window.cy.getElementById(id).position('y')]), sample.map((n) => n.id));
    expect(drawn).toEqual(sample.map((n) => [n.id, n.x, n.y]));
    const frame = await page.evaluate(() => window.kgViewer.overview!.lastFrame);
    expect(frame.nodes).toBe(600);
    expect(frame.edges).toBe(await page.evaluate(() => window.cy.edges().length));
    // Every entity is inside the window: the start view fits the graph.
    for (const n of sample) {
      const p = await page.evaluate((id) => window.kgViewer.overview!.screenPoint(id)!, n.id);
      expect(p.x).toBeGreaterThan(0);
      expect(p.y).toBeGreaterThan(0);
    }
    await page.screenshot({ path: 'tests/artifacts/synthetic-600.png' });
  });

  it('clicking an entity selects it, opens its panel and puts it in the URL; clicking nothing clears', async () => {
    await openLarge();
    const id = await hub();
    await clickElement(page, id);
    expect(await selectedIds(page)).toEqual([id]);
    const name = await page.evaluate((id) => window.cy.getElementById(id).data('label') as string, id);
    await expect(page.locator('[data-testid="panel-title"]').innerText()).resolves.toBe(name);
    expect(await page.evaluate(() => location.hash)).toBe(`#node=${encodeURIComponent(id)}`);
    // Its neighbourhood is drawn on top, with names.
    const frame = await page.evaluate(() => window.kgViewer.overview!.lastFrame);
    expect(frame.labels).toBeGreaterThan(1);
    await page.screenshot({ path: 'tests/artifacts/synthetic-600-selected.png' });
    await page.mouse.click(240, 880); // the bottom left corner of the drawing: nothing there
    await page.waitForFunction(() => window.cy.elements(':selected').empty());
    expect(await page.locator('#details').isHidden()).toBe(true);
  });

  it('clicking a relation shows its evidence', async () => {
    await openLarge();
    const edge = await page.evaluate(() => {
      // A long relation between two small entities, so its midpoint is clear of both.
      const e = window.cy.edges().max((e) => Math.hypot(e.source().position('x') - e.target().position('x'), e.source().position('y') - e.target().position('y'))).ele;
      return { id: e.id(), sentence: e.data('type') as string };
    });
    await clickElement(page, edge.id);
    expect(await selectedIds(page)).toEqual([edge.id]);
    expect(await panelText(page)).toMatch(/Evidence \(1 sentence, 1 article\)/i);
  });

  it('filters by type, counting what is shown', async () => {
    await openLarge('?isolated=1');
    await page.locator('[data-testid="filter-Person"]').uncheck();
    const persons = await settledVisibility(page, 'nodes', 'Person', 'hidden');
    expect(persons.visible).toEqual([]);
    expect(persons.hidden.length).toBeGreaterThan(0);
    expect((await visibility(page, 'nodes', 'Country')).hidden).toEqual([]);
    await expect(page.locator('#stats').innerText()).resolves.toMatch(new RegExp(`^showing ${600 - persons.hidden.length} of 600 entities`));
    await page.waitForFunction((n) => window.kgViewer.overview!.lastFrame.nodes === n, 600 - persons.hidden.length);
    // A hidden entity cannot be clicked.
    await page.locator('[data-testid="filter-Person"]').check();
    expect((await settledVisibility(page, 'nodes', 'Person', 'shown')).hidden).toEqual([]);
  });

  it('searching selects the entity and centres on it, beside the panel', async () => {
    await openLarge();
    const target = sample.find((n) => n.type === 'Country') ?? sample[0]!;
    await page.locator('#search').fill(target.name);
    await page.waitForFunction((id) => window.cy.getElementById(id).selected(), target.id);
    await page.waitForFunction(() => !window.kgViewer.overview!.animating);
    const p = await page.evaluate((id) => window.kgViewer.overview!.screenPoint(id)!, target.id);
    const box = await page.locator('#cy').boundingBox();
    expect(Math.abs(p.x - (box!.width - 380) / 2)).toBeLessThan(5);
    expect(Math.abs(p.y - box!.height / 2)).toBeLessThan(5);
  });

  it('pans by dragging and zooms with the wheel', async () => {
    await openLarge();
    const id = await hub();
    const before = await page.evaluate((id) => window.kgViewer.overview!.screenPoint(id)!, id);
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 350, { steps: 5 });
    await page.mouse.up();
    const moved = await page.evaluate((id) => window.kgViewer.overview!.screenPoint(id)!, id);
    expect(moved.x - before.x).toBeCloseTo(100, 0);
    expect(moved.y - before.y).toBeCloseTo(50, 0);
    expect(await selectedIds(page)).toEqual([]); // a drag is not a click
    // Zooming in about the hub keeps it where it is and spreads the rest.
    await page.mouse.move(box.x + moved.x, box.y + moved.y);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);
    const zoomed = await page.evaluate((id) => window.kgViewer.overview!.screenPoint(id)!, id);
    expect(Math.abs(zoomed.x - moved.x)).toBeLessThan(2);
    expect(Math.abs(zoomed.y - moved.y)).toBeLessThan(2);
    const labels = await page.evaluate(() => window.kgViewer.overview!.lastFrame.labels);
    expect(labels).toBeGreaterThan(0); // names appear once they are big enough to read
    // The keyboard pans too.
    await page.locator('canvas.overview').focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(([id, x]) => window.kgViewer.overview!.screenPoint(id)!.x > x + 50, [id, zoomed.x] as const);
  });

  it('colours by community, resets, and exports the whole graph as a PNG', async () => {
    await openLarge('?isolated=1');
    await page.locator('#colour-by').selectOption('community');
    await page.locator('[data-testid="filter-Location"]').uncheck();
    await page.locator('#reset').click();
    expect((await settledVisibility(page, 'nodes', 'Location', 'shown')).hidden).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#png').click()]);
    expect(download.suggestedFilename()).toBe('knowledge-graph.png');
    const png = await readFile((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width: the whole graph, not the window
  });

  it("can still be drawn by Cytoscape's renderer on request", async () => {
    await openLarge('?renderer=cytoscape');
    expect(await page.evaluate(() => ({ renderer: window.kgViewer.options.renderer, overview: window.kgViewer.overview }))).toEqual({ renderer: 'cytoscape', overview: undefined });
    await page.locator('[data-testid="filter-Person"]').uncheck();
    expect((await settledVisibility(page, 'nodes', 'Person', 'hidden')).visible).toEqual([]);
  });
});

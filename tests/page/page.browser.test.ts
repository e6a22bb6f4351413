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

  it('clicking an entity opens its relations, grouped by type, with the evidence sentences', async () => {
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
    expect(text).toMatch(/Evidence \(2\)/i);
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

describe('a large graph', () => {
  it('uses the positions computed at build time and still searches and filters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-page-large-'));
    const graph = syntheticGraph(600);
    const files = await writeGraphFiles(graph, dir);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    problems = watchProblems(page);
    await openViewer(page, pathToFileURL(files.page).href);
    const { layout, nodes } = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('graph-data')!.textContent!);
      return { layout: data.layout, nodes: data.nodes.slice(0, 20).map((n: { id: string; x: number; y: number }) => [n.id, n.x, n.y]) };
    });
    expect(layout).toBe('preset');
    const drawn = await page.evaluate((ids: string[]) => ids.map((id) => [id, window.cy.getElementById(id).position('x'), window.cy.getElementById(id).position('y')]), nodes.map((n: unknown[]) => n[0] as string));
    expect(drawn).toEqual(nodes);
    expect(await page.evaluate(() => window.cy.nodes().length)).toBe(600);
    await page.locator('[data-testid="filter-Person"]').uncheck();
    expect((await settledVisibility(page, 'nodes', 'Person', 'hidden')).visible).toEqual([]);
    await page.screenshot({ path: 'tests/artifacts/synthetic-600.png' });
  });
});

/**
 * Exploring an archive on the page (issue 15), in headless Chromium on a generated graph of 600
 * entities in 30 articles: the connected story first, the time range, "in at least N articles", the
 * "mentioned together" layer, and the side panel's articles and timeline (with titles and URLs that
 * try to inject HTML or script). Expected figures are computed here from the graph itself.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/build.js';
import { writeGraphFiles } from '../../src/sinks/files.js';
import { pairKey } from '../../src/graph/co-mentions.js';
import { storyGraph } from '../fixtures/viewer/story.js';
import { syntheticGraph } from '../fixtures/viewer/synthetic.js';
import { launchChromium, openViewer, watchProblems, type PageProblems } from '../helpers/browser.js';
import { panelText, selectedIds } from '../helpers/viewer-page.js';

const XSS_TITLE = '<img src=x onerror=alert(1)> Floods <b>bold</b>';

/** The synthetic graph, with some entities named in several articles, one fact stated in two, and hostile article metadata. */
function archiveGraph(): KnowledgeGraph {
  const g = syntheticGraph(600);
  g.forEachNode((id, a) => {
    const k = Number(id.split('-').pop());
    if (k % 4) return;
    for (const extra of k % 8 === 0 ? [7, 14] : [7]) {
      const documentId = `article-${(k + extra) % 30}`;
      a.documentIds.push(documentId);
      a.mentions.push({ documentId, start: 0, end: 3 });
    }
  });
  const docs = g.getAttribute('documents');
  Object.assign(docs['article-0']!, { title: XSS_TITLE, url: 'javascript:alert(1)' });
  Object.assign(docs['article-1']!, { url: 'data:text/html,<script>alert(1)</script>' });
  const edge = g.edges()[0]!;
  g.updateEdgeAttribute(edge, 'evidence', (list) => [...list!, { documentId: 'article-2', text: 'A second sentence says it again.', start: 0, end: 33, confidence: 0.7 }]);
  return g;
}

let browser: Browser;
let url: string;
let graph: KnowledgeGraph;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launchChromium();
  graph = archiveGraph();
  const files = await writeGraphFiles(graph, await mkdtemp(join(tmpdir(), 'kg-page-archive-')));
  url = pathToFileURL(files.page).href;
  expect(JSON.parse((await readFile(files.page, 'utf8')).match(/<script id="graph-data" type="application\/json">(.*?)<\/script>/s)![1]!).layout).toBe('preset');
});
afterAll(() => browser?.close());
afterEach(async () => {
  expect(problems).toEqual({ console: [], pageErrors: [], dialogs: [], requests: [] });
  await page.close();
});

async function open(suffix = '', file = url): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  problems = watchProblems(page);
  await openViewer(page, file + suffix);
}

/** What the page shows, asked of the overview for every element. */
const shown = (p: Page) =>
  p.evaluate(() => {
    const o = window.kgViewer.overview!;
    return { nodes: window.cy.nodes().filter((n) => o.isShown(n.id())).map((n) => n.id()), edges: window.cy.edges().filter((e) => o.isShown(e.id())).map((e) => e.id()) };
  });

/** What should be shown, from the graph: facts whose ends pass the filters, and their ends (entities without a fact in view hidden). */
function expected(options: { docs?: Set<string>; minArticles?: number; hideType?: string } = {}) {
  const { docs, minArticles = 1, hideType } = options;
  const passes = (id: string) => {
    const a = graph.getNodeAttributes(id);
    return a.type !== hideType && a.documentIds.filter((d) => !docs || docs.has(d)).length >= minArticles;
  };
  const edges = graph.filterEdges((_, a, s, t) => passes(s) && passes(t) && a.evidence.some((e) => !docs || docs.has(e.documentId)));
  const nodes = new Set(edges.flatMap((e) => graph.extremities(e)));
  const unlinked = graph.filterNodes((id) => passes(id) && !nodes.has(id)).length;
  return { nodes: [...nodes].sort(), edges: edges.sort(), unlinked };
}

const sorted = (x: { nodes: string[]; edges: string[] }) => ({ nodes: [...x.nodes].sort(), edges: [...x.edges].sort() });

describe('the connected story first', () => {
  it('draws the entities that take part in facts, says how many others are hidden, and one control shows them', async () => {
    await open();
    const want = expected();
    expect(want.unlinked).toBeGreaterThan(10);
    expect(sorted(await shown(page))).toEqual({ nodes: want.nodes, edges: want.edges });
    expect(await page.locator('#scope').innerText()).toMatch(new RegExp(`^${want.unlinked} entities without relations hidden\\s+Show them$`));
    await expect(page.locator('#stats').innerText()).resolves.toMatch(new RegExp(`^showing ${want.nodes.length} of 600 entities · ${graph.size.toLocaleString('en')} of ${graph.size.toLocaleString('en')} relations`));
    // The first view fits what is drawn: every entity drawn is inside the window.
    const box = (await page.locator('#cy').boundingBox())!;
    const points = await page.evaluate((ids) => ids.map((id) => window.kgViewer.overview!.screenPoint(id)!), want.nodes);
    expect(points.every((p) => p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height)).toBe(true);
    await page.screenshot({ path: 'tests/artifacts/archive-first-view.png' });

    await page.locator('[data-testid="show-isolated"]').click();
    await page.waitForFunction(() => window.kgViewer.shown?.nodes === 600);
    expect(await page.locator('#scope').innerText()).toMatch(new RegExp(`^Showing ${want.unlinked} entities without relations\\s+Hide them$`));
    await page.locator('[data-testid="show-isolated"]').click();
    await page.waitForFunction((n) => window.kgViewer.shown?.nodes === n, want.nodes.length);
  });

  it('lays out entities without relations below the connected ones, those named with a connected one beside it', async () => {
    await open('?isolated=1');
    const at = new Map(await page.evaluate(() => window.cy.nodes().map((n) => [n.id(), n.position()] as const)));
    const together = Object.keys(graph.getAttribute('coMentions')!).map((k) => k.split('|') as [string, string]);
    const partners = (id: string) => together.filter((p) => p.includes(id)).map(([a, b]) => (a === id ? b : a));
    const linked = graph.filterNodes((id) => graph.degree(id) > 0);
    const bottom = Math.max(...linked.map((id) => at.get(id)!.y));
    const alone = graph.filterNodes((id) => graph.degree(id) === 0 && partners(id).length === 0);
    expect(alone.length).toBeGreaterThan(0);
    expect(Math.min(...alone.map((id) => at.get(id)!.y))).toBeGreaterThan(bottom);
    // Named together with an entity that has facts: placed beside one of its partners.
    const beside = graph.filterNodes((id) => graph.degree(id) === 0 && partners(id).some((p) => graph.degree(p) > 0));
    expect(beside.length).toBeGreaterThan(0);
    for (const id of beside) {
      const p = at.get(id)!;
      expect(Math.min(...partners(id).map((o) => Math.hypot(at.get(o)!.x - p.x, at.get(o)!.y - p.y)))).toBeLessThan(200);
    }
  });

  it('still finds an entity without relations by search, draws it while selected, and hides it again after', async () => {
    await open();
    const alone = graph.filterNodes((id) => graph.degree(id) === 0)[0]!;
    const name = graph.getNodeAttribute(alone, 'name');
    expect(await page.evaluate((id) => window.kgViewer.overview!.isShown(id), alone)).toBe(false);
    await page.locator('#search').fill(name);
    await page.waitForFunction((id) => window.cy.getElementById(id).selected(), alone);
    expect(await page.evaluate((id) => window.kgViewer.overview!.isShown(id), alone)).toBe(true);
    expect(await panelText(page)).toContain('No relations found for this entity.');
    await page.locator('#details-close').click();
    await page.waitForFunction((id) => !window.kgViewer.overview!.isShown(id), alone);
  });
});

describe('filters for an archive', () => {
  it('the time range keeps the articles of the chosen weeks, with a histogram of articles per week', async () => {
    await open();
    // Article d is dated 2024-01-01 + 5d days: weeks 4..9 (2024-01-29 to 2024-03-10) hold articles 6 to 13.
    expect(await page.locator('svg.histogram rect').count()).toBe(21);
    await page.locator('[data-testid="time-from"]').fill('4');
    await page.locator('[data-testid="time-to"]').fill('9');
    await expect(page.locator('[data-testid="time-readout"]').innerText()).resolves.toBe('2024-01-29 – 2024-03-04 · 8 articles');
    const want = expected({ docs: new Set(Array.from({ length: 8 }, (_, k) => `article-${6 + k}`)) });
    await page.waitForFunction((n) => window.kgViewer.shown?.nodes === n, want.nodes.length);
    expect(sorted(await shown(page))).toEqual({ nodes: want.nodes, edges: want.edges });
    expect(await page.locator('svg.histogram rect.in').count()).toBe(6);
    expect(await page.evaluate(() => window.kgViewer.filterMs.length)).toBe(2);
    await page.locator('#reset').click();
    await page.waitForFunction((n) => window.kgViewer.shown?.nodes === n, expected().nodes.length);
    await expect(page.locator('[data-testid="time-readout"]').innerText()).resolves.toBe('2024-01-01 – 2024-05-20 · 30 articles');
  });

  it('"in at least N articles" keeps the entities named in that many, and combines with the type filter', async () => {
    await open();
    await page.locator('[data-testid="min-articles"]').fill('2');
    let want = expected({ minArticles: 2 });
    expect(want.edges.length).toBeGreaterThan(0);
    await page.waitForFunction((n) => window.kgViewer.shown?.nodes === n, want.nodes.length);
    expect(sorted(await shown(page))).toEqual({ nodes: want.nodes, edges: want.edges });
    expect(await page.locator('#scope').innerText()).toMatch(new RegExp(`^${want.unlinked} entities without relations hidden\\s+Show them$`));
    await page.locator('[data-testid="filter-Person"]').uncheck();
    want = expected({ minArticles: 2, hideType: 'Person' });
    await page.waitForFunction((n) => window.kgViewer.shown?.edges === n, want.edges.length);
    expect(sorted(await shown(page))).toEqual({ nodes: want.nodes, edges: want.edges });
  });

  it('draws co-mentions as their own faint layer, off at first, never among the relations', async () => {
    await open();
    const pairs = Object.keys(graph.getAttribute('coMentions')!).length;
    expect(await page.locator('[data-testid="layer-comentions"]').isChecked()).toBe(false);
    expect(await page.evaluate(() => window.kgViewer.overview!.lastFrame.co)).toBe(0);
    // Its own legend entry, apart from the relation types.
    expect(await page.locator('#filter-layers').innerText()).toMatch(/Mentioned together\s+1,?\d{3}|Mentioned together\s+\d+/);
    expect(await page.locator('#filter-relations').innerText()).not.toMatch(/together/i);
    await page.locator('[data-testid="layer-comentions"]').check();
    await page.waitForFunction((n) => window.kgViewer.shown?.co === n, pairs);
    await expect(page.locator('#stats').innerText()).resolves.toContain(`${pairs.toLocaleString('en')} pairs mentioned together`);
    expect(await page.evaluate(() => window.kgViewer.overview!.lastFrame.co)).toBeGreaterThan(0);
    // The layer links entities with no fact: fewer are left out.
    await expect(page.locator('#scope').innerText()).resolves.toMatch(/without relations or co-mentions hidden/);
    // Hiding a type hides its co-mentions; relations are untouched by the layer.
    await page.locator('[data-testid="filter-Person"]').uncheck();
    const persons = new Set(graph.filterNodes((_, a) => a.type === 'Person'));
    const left = Object.keys(graph.getAttribute('coMentions')!).filter((k) => !k.split('|').some((id) => persons.has(id))).length;
    await page.waitForFunction((n) => window.kgViewer.shown?.co === n, left);
    expect((await shown(page)).edges.sort()).toEqual(expected({ hideType: 'Person' }).edges);
    await page.screenshot({ path: 'tests/artifacts/archive-co-mentions.png' });
  });
});

describe('articles and timeline in the side panel', () => {
  it("lists an entity's articles (title, date, source, link) with the sentence behind each fact, titles as text, only http(s) links", async () => {
    // Entity 0 is named in articles 0 (hostile title, javascript: URL), 7 and 14.
    const id = graph.nodes()[0]!;
    await open(`#node=${encodeURIComponent(id)}`);
    expect(await selectedIds(page)).toEqual([id]);
    const articles = page.locator('[data-testid="articles"] > li');
    expect(await articles.count()).toBe(3);
    const text = await panelText(page);
    expect(text).toContain(XSS_TITLE);
    expect(text).toMatch(/Articles \(3\)/i);
    expect(await page.evaluate(() => document.querySelectorAll('img, b, script:not([id])').length)).toBe(1); // the page's own script only
    const hrefs = await page.locator('#details-body a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['https://news.example/article-14', 'https://news.example/article-7']);
    expect(await articles.first().locator('a').count()).toBe(0); // article-0: a javascript: URL is no link
    // Each fact's sentence sits under the article that states it.
    const facts = graph.edges(id).flatMap((e) => graph.getEdgeAttribute(e, 'evidence')).filter((e) => e.documentId === 'article-0');
    for (const f of facts) expect(await articles.first().innerText()).toContain(f.text);
  });

  it("shows an entity's facts as a timeline, oldest first", async () => {
    const hub = graph.nodes().reduce((best, id) => (graph.degree(id) > graph.degree(best) ? id : best));
    await open(`#node=${encodeURIComponent(hub)}`);
    const dates = await page.locator('[data-testid="timeline"] > li > time').allInnerTexts();
    const sentences = graph.edges(hub).flatMap((e) => graph.getEdgeAttribute(e, 'evidence')).length;
    expect(dates).toHaveLength(sentences);
    expect([...dates].sort()).toEqual(dates);
  });

  it('lists every sentence that states a relation, across articles, each with its article', async () => {
    const edge = graph.edges()[0]!;
    await open(`#edge=${encodeURIComponent(edge)}`);
    const items = page.locator('[data-testid="evidence"] > li');
    expect(await items.count()).toBe(2);
    const text = await panelText(page);
    expect(text).toMatch(/Evidence \(2 sentences, 2 articles\)/i);
    expect(text).toContain('A second sentence says it again.');
    // Oldest first, each with its article's title linked to its address.
    const first = graph.getEdgeAttribute(edge, 'evidence')[0]!.documentId;
    const hrefs = await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://news.example/article-2', `https://news.example/${first}`].sort((a, b) => (graph.getAttribute('documents')[a.split('/').pop()!]!.date! < graph.getAttribute('documents')[b.split('/').pop()!]!.date! ? -1 : 1)));
  });
});

describe('a small graph (Cytoscape draws)', () => {
  it('shows every entity at once, and adds co-mentions to the drawing only while the layer is on', async () => {
    const small = storyGraph();
    small.setAttribute('coMentions', { [pairKey('person:elena-marchetti', 'country:ostrania')]: [2, 1] });
    const files = await writeGraphFiles(small, await mkdtemp(join(tmpdir(), 'kg-page-small-')));
    await open('', pathToFileURL(files.page).href);
    expect(await page.evaluate(() => window.kgViewer.options.renderer)).toBe('cytoscape');
    expect(await page.evaluate(() => window.kgViewer.shown)).toMatchObject({ nodes: small.order, edges: small.size, co: 0 });
    expect(await page.locator('#scope').isHidden()).toBe(true);
    expect(await page.evaluate(() => window.cy.edges('.comention').length)).toBe(0);
    await page.locator('[data-testid="layer-comentions"]').check();
    await page.waitForFunction(() => window.cy.edges('.comention').length === 1);
    const co = await page.evaluate(() => {
      const e = window.cy.edges('.comention')[0]!;
      return { type: e.data('type'), selectable: e.selectable(), ends: [e.source().id(), e.target().id()].sort() };
    });
    expect(co).toEqual({ type: 'mentioned together', selectable: false, ends: ['country:ostrania', 'person:elena-marchetti'] });
    await page.locator('[data-testid="layer-comentions"]').uncheck();
    await page.waitForFunction(() => window.cy.edges('.comention').length === 0);
    expect(await page.evaluate(() => window.cy.edges().length)).toBe(small.size);
  });
});

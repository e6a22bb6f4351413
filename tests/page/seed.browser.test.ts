/**
 * The page of the seed article, as `kg ingest` writes it, opened from disk in Debian's Chromium:
 * what a new user sees first. Needs the real extractor (on main).
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../../src/input/limits.js';
import { writeGraphFiles } from '../../src/sinks/files.js';
import { launchChromium, openViewer, watchProblems, type PageProblems } from '../helpers/browser.js';
import { clickElement, panelText, selectedIds, settledVisibility } from '../helpers/viewer-page.js';

const SEED = 'examples/000_ac0a09345cc1fc79.txt';

interface GraphJson {
  nodes: { key: string; attributes: { name: string; type: string } }[];
  edges: { key: string; source: string; target: string; attributes: { type: string; evidence: { text: string }[] } }[];
}

let browser: Browser;
let url: string;
let graph: GraphJson;
let page: Page;
let problems: PageProblems;

const nodeNamed = (name: string): string => {
  const node = graph.nodes.find((n) => n.attributes.name === name);
  if (!node) throw new Error(`the seed graph has no entity named ${name}`);
  return node.key;
};

beforeAll(async () => {
  browser = await launchChromium();
  const { graph: built } = await ingest([SEED], { maxBytes: DEFAULT_MAX_BYTES });
  const files = await writeGraphFiles(built, await mkdtemp(join(tmpdir(), 'kg-seed-page-')));
  url = pathToFileURL(files.page).href;
  graph = JSON.parse(await readFile(files.graphJson, 'utf8'));
  await mkdir('tests/artifacts', { recursive: true });
});
afterAll(() => browser?.close());

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  problems = watchProblems(page);
  await openViewer(page, url);
});

afterEach(async () => {
  expect(problems).toEqual({ console: [], pageErrors: [], dialogs: [], requests: [] });
  await page.close();
});

describe('the seed article page', () => {
  it('draws exactly the entities and relations of graph.json, legibly', async () => {
    const drawn = await page.evaluate(() => ({
      nodes: window.cy.nodes().map((n) => n.id()).sort(),
      edges: window.cy.edges().map((e) => e.id()).sort(),
    }));
    expect(drawn).toEqual({ nodes: graph.nodes.map((n) => n.key).sort(), edges: graph.edges.map((e) => e.key).sort() });
    // No pile-up: no two entities drawn on top of each other.
    const boxes = await page.evaluate(() => window.cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false })));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1).toBe(true);
    await page.screenshot({ path: 'tests/artifacts/seed-graph.png' });
  });

  it("clicking Antony Blinken's node shows the MET evidence sentence", async () => {
    const blinken = nodeNamed('Antony Blinken');
    const met = graph.edges.filter((e) => e.attributes.type === 'MET' && (e.source === blinken || e.target === blinken));
    expect(met.length).toBeGreaterThan(0);
    await clickElement(page, blinken);
    expect(await selectedIds(page)).toEqual([blinken]);
    const text = await panelText(page);
    expect(text).toContain('Antony Blinken');
    for (const e of met) for (const ev of e.attributes.evidence) expect(text).toContain(ev.text);
    await page.screenshot({ path: 'tests/artifacts/seed-blinken.png' });
  });

  it('unticking Person hides all Person nodes', async () => {
    await page.locator('[data-testid="filter-Person"]').uncheck();
    const persons = await settledVisibility(page, 'nodes', 'Person', 'hidden');
    expect(persons.visible).toEqual([]);
    expect(persons.hidden.sort()).toEqual(graph.nodes.filter((n) => n.attributes.type === 'Person').map((n) => n.key).sort());
  });

  it('searching "Zelensky" selects Volodymyr Zelensky', async () => {
    await page.locator('#search').fill('Zelensky');
    const zelensky = nodeNamed('Volodymyr Zelensky');
    await page.waitForFunction((id) => window.cy.getElementById(id).selected(), zelensky);
    expect(await selectedIds(page)).toEqual([zelensky]);
  });
});

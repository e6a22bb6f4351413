/**
 * The interactive page: one self-contained HTML file. The browser script (client/, bundled with
 * Cytoscape.js and fCoSE from npm by scripts/build-page.mjs) and the prepared graph are inlined, so
 * the page opens from disk with no network. A Content-Security-Policy allows only that script (by
 * hash) and no connections at all: even text that slipped through as HTML could not run or fetch.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph } from '../../graph/build.js';
import { UserError } from '../../errors.js';
import { preparePage, type PrepareOptions } from './prepare.js';
import { PAGE_CSS } from './styles.js';
import type { PageData } from './types.js';
import { jsonChunks } from '../json-chunks.js';

/** The bundle sits in dist/page/ both when running from dist/ and from src/ (tests). */
const BUNDLE = fileURLToPath(new URL('../../../dist/page/viewer.js', import.meta.url));

let bundle: Promise<string> | undefined;
const loadBundle = (): Promise<string> =>
  (bundle ??= readFile(BUNDLE, 'utf8').catch(() => {
    bundle = undefined;
    throw new UserError(`the page script ${BUNDLE} is missing; run \`npm run build\` in the kg-news folder`);
  }));

const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON text made safe inside a <script> element (character by character, so it works on chunks too). */
const escapeScriptJson = (json: string): string => json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);

/** JSON that is safe inside a <script> element. */
export const scriptJson = (value: unknown): string => escapeScriptJson(JSON.stringify(value));

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function renderPage(graph: KnowledgeGraph, options?: PrepareOptions): Promise<string> {
  return pageHtml(preparePage(graph, options), await loadBundle());
}

/** The page in chunks: the graph's data (tens of MB for a large corpus) is never one string. */
export async function renderPageChunks(graph: KnowledgeGraph, options?: PrepareOptions): Promise<Iterable<string>> {
  return pageChunks(preparePage(graph, options), await loadBundle());
}

export function pageHtml(data: PageData, script: string): string {
  return [...pageChunks(data, script)].join('');
}

const DATA_SLOT = '\u0000graph-data\u0000';

export function* pageChunks(data: PageData, script: string): Generator<string> {
  const [head, tail] = pageTemplate(data, script).split(DATA_SLOT) as [string, string];
  yield head;
  for (const chunk of jsonChunks(data)) yield escapeScriptJson(chunk);
  yield tail;
}

/** The page around its data, which goes where DATA_SLOT is. */
function pageTemplate(data: PageData, script: string): string {
  const code = script.replace(/<\/script/gi, '<\\/script');
  const hash = createHash('sha256').update(code).digest('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg-news">
<title>${escapeHtml(data.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="top">
  <h1 id="title">${escapeHtml(data.title)}</h1>
  <span id="stats"></span>
  <div class="search" role="search">
    <input id="search" type="search" placeholder="Find an entity by name or alias…" autocomplete="off" spellcheck="false" aria-label="Find an entity">
    <ul id="search-results" hidden></ul>
  </div>
  <div class="tools">
    <label>Colour <select id="colour-by" aria-label="Colour nodes by"><option value="type">by type</option><option value="community">by community</option></select></label>
    <button id="fit" type="button" title="Fit the visible graph to the window">Fit</button>
    <button id="reset" type="button" title="Show everything, clear the selection and search">Reset</button>
    <button id="png" type="button" title="Download the whole graph as a PNG image">PNG</button>
  </div>
</header>
<aside class="side" aria-label="Legend and filters">
  <h2>Entities</h2>
  <div id="filter-entities"></div>
  <div id="filter-articles"></div>
  <h2>Relations</h2>
  <div id="filter-relations"></div>
  <section id="time-section" hidden><h2>Time</h2><div id="time-range"></div></section>
  <section id="layers-section" hidden><h2>Layers</h2><div id="filter-layers"></div></section>
  <p id="community-note" class="hint" hidden></p>
  <p class="hint">Click an entity or a relation for its evidence. Dashed: planned or hypothetical. No arrow: holds both ways. Size: how central an entity is (PageRank).</p>
</aside>
<main>
  <div id="cy" aria-label="Graph"></div>
  <div id="scope" role="status" hidden><span id="scope-text"></span> <button id="show-isolated" type="button" data-testid="show-isolated"></button></div>
  ${data.nodes.length ? '' : '<div id="empty">No entities were found in these articles.</div>'}
  <aside id="details" aria-label="Details" hidden>
    <button id="details-close" type="button" aria-label="Close details">×</button>
    <div id="details-body"></div>
  </aside>
  <div id="fatal" role="alert" hidden></div>
</main>
<script id="graph-data" type="application/json">${DATA_SLOT}</script>
<script>${code}</script>
</body>
</html>
`;
}

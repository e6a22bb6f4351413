/**
 * The page's script: reads the embedded graph, draws it (Cytoscape.js for small graphs, the overview
 * canvas for large ones, with Cytoscape as the model: view.ts), and wires the legend filters, the
 * search box, the details panel, the URL hash and the toolbar.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { PageData, PageEdge, PageNode } from '../types.js';
import { stylesheet, type ColourBy } from './cy-style.js';
import { mountCoMentionLayer, mountMinArticles, mountTimeRange } from './controls.js';
import { cytoscapeView } from './cy-view.js';
import { graphIndex } from './ends.js';
import { byId } from './dom.js';
import { toElements } from './elements.js';
import { mountFilters } from './filters.js';
import { formatHash, parseHash, type Selection } from './hash.js';
import { runFcose } from './layout.js';
import { buildIndex } from './match.js';
import { viewOptions, type ViewOptions } from './options.js';
import { overviewView, type OverviewProbe } from './overview.js';
import { edgePanel, nodePanel, type PanelContext } from './panel.js';
import { mountSearchBox } from './search-box.js';
import { documentsInRange, timeBuckets } from './timeline.js';
import type { GraphView } from './view.js';
import { computeVisibility, visibilityIndex, type Visibility } from './visibility.js';

/** What the page reports about itself, for tests, the benchmark and curious users. */
interface ViewerState {
  ready: boolean;
  /** ms from navigation start until the graph was drawn and the page idle. */
  readyAt?: number;
  layoutMs?: number;
  /** ms since navigation start at which each step of start-up ended. */
  phases: Record<string, number>;
  /** ms from each filter click until the change was drawn. */
  filterMs: number[];
  options: ViewOptions;
  /** The overview's drawing, when it draws (large graphs). */
  overview?: OverviewProbe;
  /** How many entities, relations and co-mention pairs the filters leave drawn, and how many entities they leave without a link. */
  shown?: { nodes: number; edges: number; co: number; unlinked: number };
  error?: string;
}

declare global {
  interface Window {
    cy: cytoscape.Core;
    kgViewer: ViewerState;
  }
}

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The details panel's width in CSS pixels (styles.ts: --panel). */
const PANEL_WIDTH = 380;

/**
 * Runs `fn` once the pending change has been drawn and painted. Cytoscape draws in its own
 * requestAnimationFrame loop, whose callback for the next frame was queued before ours: by our first
 * frame callback the change is drawn, by the second that frame has been painted. (The WebGL renderer
 * emits no 'render' event, so frames are the one signal both renderers share.)
 */
function afterDraw(fn: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(fn));
}

/** Cytoscape without drawing, as the overview's graph model. Adding inside a batch skips per-element notifications: about 40% faster. */
function headlessModel(data: PageData): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  cy.batch(() => void cy.add(toElements(data)));
  return cy;
}

function start(): void {
  const phases: Record<string, number> = { script: performance.now() };
  const data = JSON.parse(byId('graph-data').textContent ?? '{}') as PageData;
  phases.parse = performance.now();
  data.coMentions ??= []; // a page written before co-mentions
  const options = viewOptions(data.nodes.length + data.edges.length, location.search, data.nodes.length);
  // The overview draws positions computed at build time; a graph laid out in the browser has none.
  if (options.renderer === 'overview' && data.layout !== 'preset') options.renderer = 'cytoscape';
  const state: ViewerState = { ready: false, filterMs: [], options, phases };
  window.kgViewer = state;
  document.title = data.title;
  byId('title').textContent = data.title;

  const container = byId('cy');
  const cy =
    options.renderer === 'overview'
      ? headlessModel(data)
      : cytoscape({
          container,
          elements: toElements(data),
          style: stylesheet({ colourBy: 'type', large: options.large }),
          layout: { name: 'preset', fit: false },
          minZoom: 0.02,
          maxZoom: 5,
          boxSelectionEnabled: false,
          selectionType: 'single',
          motionBlur: false,
          hideEdgesOnViewport: options.lod,
          textureOnViewport: options.lod,
          pixelRatio: options.large ? 1 : 'auto',
          ...(options.renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
        } as cytoscape.CytoscapeOptions);
  window.cy = cy;
  phases.create = performance.now();

  const layoutStarted = performance.now();
  if (data.layout === 'fcose' && cy.nodes().length > 1) {
    cytoscape.use(fcose);
    runFcose(cy, data.seed);
  }
  state.layoutMs = performance.now() - layoutStarted;
  phases.layout = performance.now();

  const nodes = new Map<string, PageNode>(data.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, PageEdge>(data.edges.map((e) => [e.id, e]));
  const edgesByNode = new Map<string, PageEdge[]>();
  for (const e of data.edges)
    for (const end of [e.source, e.target]) {
      const list = edgesByNode.get(end);
      if (list) list.push(e);
      else edgesByNode.set(end, [e]);
    }
  phases.maps = performance.now();

  const graph = graphIndex(data);

  // --- the drawing ----------------------------------------------------------------------------------
  const unselectAll = () => void cy.elements(':selected').unselect();
  let view: GraphView;
  if (options.renderer === 'overview') {
    const overview = overviewView(container, data, { graph, lod: options.lod, hoverFocus: options.hoverFocus, pick: (picked) => (picked ? select(picked, false) : unselectAll()) });
    state.overview = overview.probe;
    view = overview;
  } else view = cytoscapeView(cy, data, options);
  phases.view = performance.now();

  // --- selection, details panel, URL hash -----------------------------------------------------
  const panel = byId('details');
  const panelBody = byId('details-body');
  function select(selection: Selection, centre: boolean): void {
    const target = selection ? cy.getElementById(selection.id) : undefined;
    if (!target || target.empty()) return;
    cy.elements(':selected').not(target).unselect();
    target.select();
    // Centre in the part of the graph the details panel (which opens on selection) does not cover.
    if (centre) view.centreOn(target.id(), options.large ? 0.8 : 1, view.size().width > 800 ? PANEL_WIDTH : 0);
  }
  const ctx: PanelContext = {
    data,
    nodes,
    edgesOf: (id) => edgesByNode.get(id) ?? [],
    goToNode: (id) => select({ kind: 'node', id }, true),
    goToEdge: (id) => select({ kind: 'edge', id }, true),
    coMentionsOf: (id) => {
      // Built on first use: most visitors never open an entity.
      if (!coByNode) {
        coByNode = new Map();
        const c = data.coMentions;
        for (let k = 0; k < c.length; k += 4)
          for (const [self, other] of [[c[k]!, c[k + 1]!], [c[k + 1]!, c[k]!]] as const) {
            const list = coByNode.get(data.nodes[self]!.id) ?? [];
            list.push([data.nodes[other]!.id, c[k + 2]!, c[k + 3]!]);
            coByNode.set(data.nodes[self]!.id, list);
          }
      }
      return coByNode.get(id) ?? [];
    },
  };
  let coByNode: Map<string, [string, number, number][]> | undefined;
  let syncQueued = false;
  const sync = () => {
    syncQueued = false;
    const selected = cy.elements(':selected');
    const current = selected[0];
    const selection: Selection = current ? { kind: current.isNode() ? 'node' : 'edge', id: current.id() } : undefined;
    if (location.hash !== formatHash(selection)) history.replaceState(null, '', formatHash(selection) || location.pathname + location.search);
    // A selected entity is drawn even when the filters hide it (found by search or from the panel).
    const selectedNodes = selected.nodes().map((n) => nodeIndex.get(n.id())!);
    if (selectedNodes.join() !== forced.join()) {
      forced = selectedNodes;
      apply();
    }
    view.focusSelection(selected.map((e) => e.id()));
    if (!selection) {
      panel.hidden = true;
      panelBody.replaceChildren();
      return;
    }
    const node = selection.kind === 'node' ? nodes.get(selection.id) : undefined;
    const edge = selection.kind === 'edge' ? edges.get(selection.id) : undefined;
    panelBody.replaceChildren(...(node ? nodePanel(ctx, node) : edge ? edgePanel(ctx, edge) : []));
    panel.hidden = false;
    panelBody.scrollTop = 0;
  };
  cy.on('select unselect', () => {
    if (!syncQueued) queueMicrotask(sync);
    syncQueued = true;
  });
  byId('details-close').addEventListener('click', unselectAll);
  window.addEventListener('hashchange', () => select(parseHash(location.hash), true));

  // --- what is drawn: legend, article count, time, layers, entities without relations --------------
  const { nodeIndex } = graph;
  const index = visibilityIndex(data, graph);
  phases.index = performance.now();
  const buckets = timeBuckets(data.documents.map((d) => d.date));
  let isolatedShown = options.isolated;
  let isolatedToggled = false;
  let forced: number[] = [];
  let visibility: Visibility;
  const computeNow = (): Visibility => {
    const { entities, relations } = filters.shown();
    return computeVisibility(index, {
      entities,
      relations,
      minArticles: minArticles.value(),
      documents: timeRange && buckets ? documentsInRange(buckets, ...timeRange.range()) : undefined,
      coMentions: layer?.on() ?? false,
      isolated: isolatedShown,
      forced,
    });
  };
  /** Recomputes what is drawn; a user's click is timed until the change is painted. */
  const apply = (event?: Event) => {
    visibility = computeNow();
    view.show(visibility);
    showStats();
    state.shown = { ...visibility.counts, unlinked: visibility.unlinked };
    if (event) {
      const clicked = event.timeStamp;
      afterDraw(() => state.filterMs.push(performance.now() - clicked));
    }
  };
  const stats = byId('stats');
  const scope = byId('scope');
  const scopeText = byId('scope-text');
  const scopeButton = byId<HTMLButtonElement>('show-isolated');
  const showStats = () => {
    const { nodes: n, edges: m, co } = visibility.counts;
    const all = n === data.nodes.length && m === data.edges.length;
    const together = co ? ` · ${count(co, 'pair')} mentioned together` : '';
    stats.textContent = all
      ? `${count(data.nodes.length, 'entity', 'entities')} · ${count(data.edges.length, 'relation')} · ${count(data.documents.length, 'article')}${together}`
      : `showing ${n.toLocaleString('en')} of ${count(data.nodes.length, 'entity', 'entities')} · ${m.toLocaleString('en')} of ${count(data.edges.length, 'relation')}${together}`;
    // The connected story first: say what is left out, and offer it.
    const what = `${count(visibility.unlinked, 'entity', 'entities')} without relations${layer?.on() ? ' or co-mentions' : ''}`;
    scope.hidden = !visibility.unlinked || (isolatedShown && !isolatedToggled);
    scopeText.textContent = isolatedShown ? `Showing ${what}` : `${what} hidden`;
    scopeButton.textContent = isolatedShown ? 'Hide them' : 'Show them';
  };
  scopeButton.addEventListener('click', (event) => {
    isolatedShown = !isolatedShown;
    isolatedToggled = true;
    apply(event);
    view.fitShown();
  });
  phases.buckets = performance.now();
  const filters = mountFilters(data, { entities: byId('filter-entities'), relations: byId('filter-relations') }, (_, event) => apply(event));
  phases.legend = performance.now();
  const mostArticles = data.nodes.reduce((most, n) => Math.max(most, n.docs.length), 0);
  const minArticles = mountMinArticles(byId('filter-articles'), mostArticles, apply);
  const timeRange = buckets ? mountTimeRange(byId('time-range'), buckets, apply) : undefined;
  byId('time-section').hidden = !buckets;
  const layer = data.coMentions.length ? mountCoMentionLayer(byId('filter-layers'), data.coMentions.length / 4, options.coMentions, apply) : undefined;
  byId('layers-section').hidden = !layer;
  phases.filters = performance.now();
  visibility = computeNow();
  state.shown = { ...visibility.counts, unlinked: visibility.unlinked };
  view.show(visibility);
  view.fitAll();
  showStats();
  phases.stats = performance.now();

  // --- search -------------------------------------------------------------------------------------
  const searchBox = mountSearchBox({
    input: byId<HTMLInputElement>('search'),
    results: byId('search-results'),
    index: buildIndex(data.nodes),
    describe: (id) => ({ name: nodes.get(id)?.name ?? id, type: nodes.get(id)?.type ?? '' }),
    choose: (id) => select({ kind: 'node', id }, true),
  });

  // --- toolbar ------------------------------------------------------------------------------------
  const colour = byId<HTMLSelectElement>('colour-by');
  const communityNote = byId('community-note');
  const applyColour = () => {
    const by = colour.value as ColourBy;
    view.colourBy(by);
    communityNote.hidden = by !== 'community';
    communityNote.textContent = `${data.communitySizes.filter((s) => s > 1).length} communities of connected entities (Louvain); colours show the largest.`;
  };
  colour.addEventListener('change', applyColour);
  byId('fit').addEventListener('click', () => view.fitShown());
  byId('reset').addEventListener('click', () => {
    filters.reset();
    minArticles.reset();
    timeRange?.reset();
    layer?.set(options.coMentions);
    [isolatedShown, isolatedToggled] = [options.isolated, false];
    searchBox.clear();
    unselectAll();
    if (colour.value !== 'type') {
      colour.value = 'type';
      applyColour();
    }
    apply();
    view.fitAll();
  });
  byId('png').addEventListener('click', () => {
    void view.png().then((blob) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'knowledge-graph.png';
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
  });

  select(parseHash(location.hash), true);
  phases.wired = performance.now();
  afterDraw(() => {
    phases.drawn = performance.now();
    state.ready = true;
    state.readyAt = performance.now();
    document.documentElement.dataset.ready = 'true';
  });
}

try {
  start();
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  window.kgViewer = { ...(window.kgViewer ?? { filterMs: [], phases: {}, options: viewOptions(0, '') }), ready: false, error: message };
  const box = document.getElementById('fatal');
  if (box) {
    box.textContent = `The graph could not be shown: ${message}`;
    box.hidden = false;
  }
  throw e;
}

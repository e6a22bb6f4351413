/**
 * The side panel: what the page knows about the selected entity or fact, and the sentences it was
 * read from, with the entities highlighted, their dates and their articles.
 */
import type { RelationType } from '../../../model.js';
import { ENTITY_LOOK, RELATION_COLOR } from '../palette.js';
import type { PageData, PageDocument, PageEdge, PageEvidence, PageNode } from '../types.js';
import { el, shapeSwatch, type Child } from './dom.js';
import { segments } from './segments.js';

export interface PanelContext {
  data: PageData;
  nodes: Map<string, PageNode>;
  edgesOf: (nodeId: string) => PageEdge[];
  goToNode: (id: string) => void;
  goToEdge: (id: string) => void;
  /** The entities named in the same sentence as this one: [id, sentences, articles], strongest first. */
  coMentionsOf: (nodeId: string) => [string, number, number][];
}

const docLabel = (d: PageDocument | undefined): string => (d ? (d.title ?? d.id) : 'unknown article');

/** Only http(s) addresses are links: a `javascript:` URL that slipped into the data stays text. */
export const webAddress = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
};

/** An article's title (as text), linked to where it is published when the input gave its address. */
function docTitle(d: PageDocument | undefined): HTMLElement {
  const href = webAddress(d?.url);
  const title = d?.path ?? d?.id ?? '';
  return href
    ? el('a', { class: 'doc', title, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, docLabel(d))
    : el('span', { class: 'doc', title }, docLabel(d));
}

function nodeLink(ctx: PanelContext, id: string): HTMLElement {
  const n = ctx.nodes.get(id);
  return el('button', { class: 'link', attrs: { type: 'button', 'data-node': id }, on: { click: () => ctx.goToNode(id) } }, n?.name ?? id);
}

/** One evidence sentence; `self` says which end is the entity the panel is about. */
function evidenceItem(ctx: PanelContext, e: PageEvidence, self?: 'source' | 'target', fact?: PageEdge): HTMLElement {
  const quote = el('blockquote', { class: 'evidence' });
  for (const s of segments(e.text, e.marks)) {
    if (!s.mark) quote.append(document.createTextNode(s.text));
    else quote.append(el('mark', { class: self ? (s.mark === self ? 'mark-self' : 'mark-other') : `mark-${s.mark}` }, s.text));
  }
  const doc = ctx.data.documents[e.doc];
  const meta: Child[] = [];
  if (fact) {
    // Inside an article's entry: which fact the sentence states, not the article again.
    meta.push(relationBadge(fact.type));
    if (e.date) meta.push(el('time', {}, e.date));
  } else {
    const date = e.date ?? doc?.date;
    if (date) meta.push(el('time', {}, date));
    meta.push(docTitle(doc));
    if (doc?.source) meta.push(el('span', {}, doc.source));
  }
  if (e.modality && e.modality !== 'asserted') meta.push(el('span', { class: 'badge warn' }, e.modality));
  if (e.role) meta.push(el('span', {}, `role: ${e.role}`));
  meta.push(el('span', { class: 'muted', title: 'How sure the extractor is' }, `confidence ${e.confidence.toFixed(2)}`));
  return el('li', {}, quote, el('div', { class: 'meta' }, ...meta.flatMap((m, i) => (i ? [' · ', m] : [m]))));
}

function relationBadge(type: RelationType): HTMLElement {
  return el('span', { class: 'rel', attrs: { style: `--rel:${RELATION_COLOR[type]}` } }, type);
}

/** Dated by the text when it gives a date, else by its article. */
const evidenceDate = (ctx: PanelContext, e: PageEvidence): string => e.date ?? ctx.data.documents[e.doc]?.date ?? '';

/** Oldest first; undated last. */
const byDate = <T>(date: (x: T) => string) => (a: T, b: T): number => {
  const [x, y] = [date(a), date(b)];
  return x === y ? 0 : !x ? 1 : !y ? -1 : x < y ? -1 : 1;
};

/** A long list shows its first `limit` items and a button for the rest. */
function capped(items: HTMLElement[], limit: number, list: HTMLElement): HTMLElement[] {
  list.append(...items.slice(0, limit));
  if (items.length <= limit) return [list];
  const more = el('button', { class: 'more', attrs: { type: 'button' } }, `Show all ${items.length.toLocaleString('en')}`);
  more.addEventListener('click', () => {
    list.append(...items.slice(limit));
    more.remove();
  });
  return [list, more];
}

interface FactLine {
  edge: PageEdge;
  evidence: PageEvidence;
  self: 'source' | 'target';
}

export function nodePanel(ctx: PanelContext, node: PageNode): HTMLElement[] {
  const look = ENTITY_LOOK[node.type];
  const edges = ctx.edgesOf(node.id);
  const facts: FactLine[] = edges.flatMap((edge) => edge.evidence.map((evidence) => ({ edge, evidence, self: edge.source === node.id ? ('source' as const) : ('target' as const) })));

  // Its facts as a timeline: one line per sentence, dated by the text or by its article.
  const timeline = [...facts].sort(byDate((f) => evidenceDate(ctx, f.evidence))).map((f) => {
    const other = f.self === 'source' ? f.edge.target : f.edge.source;
    const arrow = f.edge.symmetric ? '↔' : f.self === 'source' ? '→' : '←';
    return el(
      'li',
      { attrs: { style: `--rel:${RELATION_COLOR[f.edge.type]}` } },
      el('time', {}, evidenceDate(ctx, f.evidence) || 'undated'),
      relationBadge(f.edge.type),
      el('span', { class: 'arrow' }, ` ${arrow} `),
      nodeLink(ctx, other),
      f.edge.role ? el('span', { class: 'muted' }, ` (${f.edge.role})`) : null,
      f.evidence.modality && f.evidence.modality !== 'asserted' ? el('span', { class: 'badge warn' }, f.evidence.modality) : null,
      ' ',
      el('button', { class: 'link small', attrs: { type: 'button' }, on: { click: () => ctx.goToEdge(f.edge.id) } }, 'show fact'),
    );
  });

  // The articles that name it, each with the sentences behind its facts there.
  const factsByDoc = new Map<number, FactLine[]>();
  for (const f of facts) factsByDoc.set(f.evidence.doc, [...(factsByDoc.get(f.evidence.doc) ?? []), f]);
  const docs = [...node.docs].sort(byDate(([d]) => ctx.data.documents[d]?.date ?? ''));
  const articles = docs.map(([d, mentions]) => {
    const doc = ctx.data.documents[d];
    const lines = (factsByDoc.get(d) ?? []).sort((a, b) => a.evidence.text.localeCompare(b.evidence.text));
    const meta: Child[] = [];
    if (doc?.date) meta.push(el('time', {}, doc.date));
    if (doc?.source) meta.push(el('span', {}, doc.source));
    if (mentions) meta.push(el('span', {}, `${mentions} mention${mentions === 1 ? '' : 's'}`));
    if (lines.length) meta.push(el('span', {}, `${lines.length} fact${lines.length === 1 ? '' : 's'}`));
    return el(
      'li',
      { class: 'article' },
      docTitle(doc),
      el('div', { class: 'meta' }, ...meta.flatMap((m, i) => (i ? [' · ', m] : [m]))),
      lines.length ? el('ul', { class: 'evidence-list' }, ...lines.map((f) => evidenceItem(ctx, f.evidence, f.self, f.edge))) : null,
    );
  });

  const together = ctx.coMentionsOf(node.id).slice(0, 10);
  const attributes = Object.entries(node.attributes ?? {});
  return [
    el('header', { class: 'panel-head' }, el('div', { class: 'kind' }, shapeSwatch(look.shape, look.color), node.type), el('h2', { attrs: { 'data-testid': 'panel-title' } }, node.name)),
    node.aliases.length ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, 'Also: '), node.aliases.join(' · ')) : null,
    el('h3', {}, `Timeline (${facts.length} fact${facts.length === 1 ? '' : 's'}, ${edges.length} relation${edges.length === 1 ? '' : 's'})`),
    ...(timeline.length ? capped(timeline, 100, el('ol', { class: 'timeline', attrs: { 'data-testid': 'timeline' } })) : [el('p', { class: 'muted' }, 'No relations found for this entity.')]),
    el('h3', {}, `Articles (${articles.length})`),
    ...capped(articles, 50, el('ul', { class: 'articles', attrs: { 'data-testid': 'articles' } })),
    together.length
      ? el(
          'section',
          {},
          el('h3', { title: 'Named in the same sentence: not a fact' }, 'Mentioned together with'),
          el('ul', { class: 'together' }, ...together.map(([id, sentences, articleCount]) => el('li', {}, nodeLink(ctx, id), el('span', { class: 'muted' }, ` · ${sentences} sentence${sentences === 1 ? '' : 's'}, ${articleCount} article${articleCount === 1 ? '' : 's'}`)))),
        )
      : null,
    attributes.length
      ? el('section', {}, el('h3', {}, 'Known facts'), el('dl', { class: 'attributes' }, ...attributes.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])))
      : null,
  ].filter((x): x is HTMLElement => x !== null);
}

export function edgePanel(ctx: PanelContext, edge: PageEdge): HTMLElement[] {
  const facts: Child[] = [];
  if (edge.date) facts.push(el('span', {}, `first dated ${edge.date}`));
  if (edge.modality !== 'asserted') facts.push(el('span', { class: 'badge warn' }, edge.modality));
  if (edge.role) facts.push(el('span', {}, `role: ${edge.role}`));
  facts.push(el('span', { class: 'muted' }, `confidence ${edge.confidence.toFixed(2)}`));
  return [
    el('header', { class: 'panel-head' }, el('div', { class: 'kind' }, 'Fact'), el('h2', { attrs: { 'data-testid': 'panel-title' } }, relationBadge(edge.type))),
    el('p', { class: 'fact-ends' }, nodeLink(ctx, edge.source), el('span', { class: 'arrow' }, edge.symmetric ? ' ↔ ' : ' → '), nodeLink(ctx, edge.target)),
    el('p', { class: 'meta' }, ...facts.flatMap((m, i) => (i ? [' · ', m] : [m]))),
    el('h3', {}, `Evidence (${edge.evidence.length} sentence${edge.evidence.length === 1 ? '' : 's'}, ${new Set(edge.evidence.map((ev) => ev.doc)).size} article${new Set(edge.evidence.map((ev) => ev.doc)).size === 1 ? '' : 's'})`),
    el('ul', { class: 'evidence-list', attrs: { 'data-testid': 'evidence' } }, ...[...edge.evidence].sort(byDate((ev) => evidenceDate(ctx, ev))).map((ev) => evidenceItem(ctx, ev))),
  ];
}

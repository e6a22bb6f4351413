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
}

const docLabel = (d: PageDocument | undefined): string => (d ? (d.title ?? d.id) : 'unknown article');

function nodeLink(ctx: PanelContext, id: string): HTMLElement {
  const n = ctx.nodes.get(id);
  return el('button', { class: 'link', attrs: { type: 'button', 'data-node': id }, on: { click: () => ctx.goToNode(id) } }, n?.name ?? id);
}

/** One evidence sentence; `self` says which end is the entity the panel is about. */
function evidenceItem(ctx: PanelContext, e: PageEvidence, self?: 'source' | 'target'): HTMLElement {
  const quote = el('blockquote', { class: 'evidence' });
  for (const s of segments(e.text, e.marks)) {
    if (!s.mark) quote.append(document.createTextNode(s.text));
    else quote.append(el('mark', { class: self ? (s.mark === self ? 'mark-self' : 'mark-other') : `mark-${s.mark}` }, s.text));
  }
  const doc = ctx.data.documents[e.doc];
  const meta: Child[] = [];
  const date = e.date ?? doc?.date;
  if (date) meta.push(el('time', {}, date));
  meta.push(el('span', { class: 'doc', title: doc?.path ?? doc?.id ?? '' }, docLabel(doc)));
  if (doc?.source) meta.push(el('span', {}, doc.source));
  if (e.modality && e.modality !== 'asserted') meta.push(el('span', { class: 'badge warn' }, e.modality));
  if (e.role) meta.push(el('span', {}, `role: ${e.role}`));
  meta.push(el('span', { class: 'muted', title: 'How sure the extractor is' }, `confidence ${e.confidence.toFixed(2)}`));
  return el('li', {}, quote, el('div', { class: 'meta' }, ...meta.flatMap((m, i) => (i ? [' · ', m] : [m]))));
}

function relationBadge(type: RelationType): HTMLElement {
  return el('span', { class: 'rel', attrs: { style: `--rel:${RELATION_COLOR[type]}` } }, type);
}

export function nodePanel(ctx: PanelContext, node: PageNode): HTMLElement[] {
  const look = ENTITY_LOOK[node.type];
  const edges = ctx.edgesOf(node.id);
  const groups = new Map<RelationType, PageEdge[]>();
  for (const e of edges) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);

  const relations = [...groups].map(([type, list]) =>
    el(
      'section',
      { class: 'group' },
      el('h4', {}, relationBadge(type), el('span', { class: 'count' }, list.length)),
      el(
        'ul',
        { class: 'facts' },
        ...list.map((e) => {
          const self = e.source === node.id ? 'source' : 'target';
          const other = self === 'source' ? e.target : e.source;
          const arrow = e.symmetric ? '↔' : self === 'source' ? '→' : '←';
          return el(
            'li',
            { class: 'fact' },
            el(
              'div',
              { class: 'fact-head' },
              el('span', { class: 'arrow', title: e.symmetric ? 'both ways' : self === 'source' ? 'outgoing' : 'incoming' }, arrow),
              nodeLink(ctx, other),
              e.role ? el('span', { class: 'muted' }, ` (${e.role})`) : null,
              el('button', { class: 'link small', attrs: { type: 'button' }, on: { click: () => ctx.goToEdge(e.id) } }, 'show fact'),
            ),
            el('ul', { class: 'evidence-list' }, ...e.evidence.map((ev) => evidenceItem(ctx, ev, self))),
          );
        }),
      ),
    ),
  );

  const articles = node.docs.map(([d, count]) => {
    const doc = ctx.data.documents[d];
    return el(
      'li',
      {},
      el('span', { class: 'doc', title: doc?.path ?? doc?.id ?? '' }, docLabel(doc)),
      doc?.date ? el('span', { class: 'muted' }, ` · ${doc.date}`) : null,
      doc?.source ? el('span', { class: 'muted' }, ` · ${doc.source}`) : null,
      count ? el('span', { class: 'muted' }, ` · ${count} mention${count === 1 ? '' : 's'}`) : null,
    );
  });

  const attributes = Object.entries(node.attributes ?? {});
  return [
    el('header', { class: 'panel-head' }, el('div', { class: 'kind' }, shapeSwatch(look.shape, look.color), node.type), el('h2', { attrs: { 'data-testid': 'panel-title' } }, node.name)),
    node.aliases.length ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, 'Also: '), node.aliases.join(' · ')) : null,
    el('h3', {}, `Relations (${edges.length})`),
    ...(relations.length ? relations : [el('p', { class: 'muted' }, 'No relations found for this entity.')]),
    el('h3', {}, `Articles (${articles.length})`),
    el('ul', { class: 'articles' }, ...articles),
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
    el('h3', {}, `Evidence (${edge.evidence.length})`),
    el('ul', { class: 'evidence-list' }, ...edge.evidence.map((ev) => evidenceItem(ctx, ev))),
  ];
}

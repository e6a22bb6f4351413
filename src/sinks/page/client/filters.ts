/**
 * The legend that filters: one checkbox per entity type and per relation type present, each with its
 * swatch and count. The legend only keeps the ticks; the view decides what that hides (a hidden
 * entity also hides its facts).
 */
import { ENTITY_LOOK, PAGE_ENTITY_TYPES, PAGE_RELATION_TYPES, RELATION_COLOR } from '../palette.js';
import type { PageData } from '../types.js';
import { el, shapeSwatch } from './dom.js';
import type { ShownTypes } from './view.js';

export interface Filters {
  /** Ticks every box again. */
  reset(): void;
  /** The entity and relation types currently shown. */
  shown(): { entities: Set<string>; relations: Set<string> };
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

export function mountFilters(
  data: Pick<PageData, 'nodes' | 'edges'>,
  containers: { entities: HTMLElement; relations: HTMLElement },
  onChange: (shown: ShownTypes, event: Event) => void,
): Filters {
  const boxes: HTMLInputElement[] = [];
  const shown = () => {
    const ticked = (group: string) => new Set(boxes.filter((b) => b.name === group && b.checked).map((b) => b.value));
    return { entities: ticked('entity'), relations: ticked('relation') };
  };
  const row = (group: 'entity' | 'relation', type: string, swatch: SVGSVGElement, count: number): HTMLElement => {
    const box = el('input', { attrs: { type: 'checkbox', name: group, value: type, 'data-testid': `filter-${type}` } });
    box.checked = true;
    box.addEventListener('change', (event) => onChange(shown(), event));
    boxes.push(box);
    return el('label', { class: 'filter', title: `Show or hide ${type}` }, box, swatch, el('span', { class: 'filter-name' }, type), el('span', { class: 'count' }, count));
  };

  const entityCounts = countBy(data.nodes, (n) => n.type);
  const relationCounts = countBy(data.edges, (e) => e.type);
  for (const t of PAGE_ENTITY_TYPES) {
    const n = entityCounts.get(t);
    if (n) containers.entities.append(row('entity', t, shapeSwatch(ENTITY_LOOK[t].shape, ENTITY_LOOK[t].color), n));
  }
  for (const t of PAGE_RELATION_TYPES) {
    const n = relationCounts.get(t);
    if (n) containers.relations.append(row('relation', t, shapeSwatch('line', RELATION_COLOR[t]), n));
  }
  if (!containers.entities.children.length) containers.entities.append(el('p', { class: 'muted' }, 'No entities.'));
  if (!containers.relations.children.length) containers.relations.append(el('p', { class: 'muted' }, 'No relations.'));

  return {
    shown,
    reset: () => boxes.forEach((b) => (b.checked = true)),
  };
}

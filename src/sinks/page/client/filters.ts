/**
 * The legend that filters: one checkbox per entity type and per relation type present, each with its
 * swatch and count. Unticking hides those elements (a hidden entity also hides its facts).
 */
import type cytoscape from 'cytoscape';
import { ENTITY_LOOK, PAGE_ENTITY_TYPES, PAGE_RELATION_TYPES, RELATION_COLOR } from '../palette.js';
import { el, shapeSwatch } from './dom.js';

export interface Filters {
  /** Ticks every box again. */
  reset(): void;
  /** The entity and relation types currently shown. */
  shown(): { entities: Set<string>; relations: Set<string> };
}

export function mountFilters(
  cy: cytoscape.Core,
  containers: { entities: HTMLElement; relations: HTMLElement },
  onChange: (event: Event) => void,
): Filters {
  const boxes: HTMLInputElement[] = [];
  const row = (group: 'entity' | 'relation', type: string, swatch: SVGSVGElement, members: cytoscape.Collection): HTMLElement => {
    const box = el('input', { attrs: { type: 'checkbox', name: group, value: type, 'data-testid': `filter-${type}` } });
    box.checked = true;
    box.addEventListener('change', (event) => {
      cy.batch(() => (box.checked ? members.removeClass('filtered') : members.addClass('filtered')));
      onChange(event);
    });
    boxes.push(box);
    return el('label', { class: 'filter', title: `Show or hide ${type}` }, box, swatch, el('span', { class: 'filter-name' }, type), el('span', { class: 'count' }, members.length));
  };

  for (const t of PAGE_ENTITY_TYPES) {
    const members = cy.nodes().filter((n) => n.data('type') === t);
    if (members.nonempty()) containers.entities.append(row('entity', t, shapeSwatch(ENTITY_LOOK[t].shape, ENTITY_LOOK[t].color), members));
  }
  for (const t of PAGE_RELATION_TYPES) {
    const members = cy.edges().filter((e) => e.data('type') === t);
    if (members.nonempty()) containers.relations.append(row('relation', t, shapeSwatch('line', RELATION_COLOR[t]), members));
  }
  if (!containers.entities.children.length) containers.entities.append(el('p', { class: 'muted' }, 'No entities.'));
  if (!containers.relations.children.length) containers.relations.append(el('p', { class: 'muted' }, 'No relations.'));

  return {
    shown() {
      const ticked = (group: string) => new Set(boxes.filter((b) => b.name === group && b.checked).map((b) => b.value));
      return { entities: ticked('entity'), relations: ticked('relation') };
    },
    reset() {
      boxes.forEach((b) => (b.checked = true));
      cy.batch(() => cy.elements('.filtered').removeClass('filtered'));
    },
  };
}

/**
 * Neighbourhood highlight: the focused elements and their neighbours are marked `focus`, and
 * everything else fades. Hover focuses for a moment; the selection is the focus the page returns to.
 * On big graphs only the neighbourhood is touched: re-styling every other element would take seconds.
 */
import type cytoscape from 'cytoscape';

export function focusOn(cy: cytoscape.Core, target: cytoscape.Collection | undefined, fadeOthers = true): void {
  cy.batch(() => {
    if (fadeOthers) cy.elements('.faded').removeClass('faded');
    cy.elements('.focus').removeClass('focus');
    if (!target || target.empty()) return;
    const near = target.union(target.nodes().closedNeighborhood()).union(target.edges().connectedNodes());
    near.addClass('focus');
    if (fadeOthers) cy.elements().not(near).addClass('faded');
  });
}

/**
 * Neighbourhood highlight: the focused elements and their neighbours stay bright, everything else
 * fades. Hover focuses for a moment; the selection is the focus the page returns to.
 */
import type cytoscape from 'cytoscape';

export function focusOn(cy: cytoscape.Core, target: cytoscape.Collection | undefined): void {
  cy.batch(() => {
    cy.elements('.faded').removeClass('faded');
    cy.elements('.focus').removeClass('focus');
    if (!target || target.empty()) return;
    const near = target.union(target.nodes().closedNeighborhood()).union(target.edges().connectedNodes());
    near.addClass('focus');
    cy.elements().not(near).addClass('faded');
  });
}

/**
 * Laying out small graphs in the browser with fCoSE (labels taken into account, disconnected pieces
 * packed side by side). fCoSE takes no seed, so Math.random is seeded while it runs: the same graph
 * looks the same every time it is opened.
 */
import type cytoscape from 'cytoscape';
import { withSeededMathRandom } from '../seeded-random.js';

export function runFcose(cy: cytoscape.Core, seed: number): void {
  const options = {
    name: 'fcose',
    quality: 'proof',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 9000,
    edgeElasticity: () => 0.45,
    nodeSeparation: 80,
    gravity: 0.3,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 24,
    tilingPaddingHorizontal: 24,
  } as unknown as cytoscape.LayoutOptions;
  withSeededMathRandom(seed, () => cy.layout(options).run());
}

/** Driving the graph page in Chromium the way a user does: clicking what is drawn, typing, ticking. */
import type cytoscape from 'cytoscape';
import type { Page } from 'playwright-core';

/**
 * Where an element is drawn on the screen (its centre, or an edge's midpoint): asked of the overview
 * when it draws (large graphs), else of Cytoscape's renderer.
 */
export async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const box = document.getElementById('cy')!.getBoundingClientRect();
    const overview = window.kgViewer.overview;
    if (overview) {
      const p = overview.screenPoint(id);
      if (!p) throw new Error(`no element ${id} in the page`);
      return { x: box.left + p.x, y: box.top + p.y };
    }
    const ele = window.cy.getElementById(id);
    if (ele.empty()) throw new Error(`no element ${id} in the page`);
    const p = ele.isNode() ? ele.renderedPosition() : (ele as unknown as { renderedMidpoint(): { x: number; y: number } }).renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

export async function clickElement(page: Page, id: string): Promise<void> {
  // Let any centring animation settle, so the element is where we measured it.
  await page.waitForFunction(() => !window.cy.animated() && !window.kgViewer.overview?.animating, undefined, { timeout: 5_000 });
  const { x, y } = await screenPoint(page, id);
  await page.mouse.click(x, y);
}

export const selectedIds = (page: Page): Promise<string[]> => page.evaluate(() => window.cy.elements(':selected').map((e) => e.id()));

export const panelText = (page: Page): Promise<string> => page.locator('#details-body').innerText();

/** Ids of the elements of a given data type, split by whether they are visible. */
export function visibility(page: Page, group: 'nodes' | 'edges', type: string): Promise<{ visible: string[]; hidden: string[] }> {
  return page.evaluate(
    ([group, type]) => {
      const eles = window.cy.elements(group === 'nodes' ? 'node' : 'edge').filter((e) => e.data('type') === type);
      const overview = window.kgViewer.overview;
      const shown = (e: cytoscape.SingularElementArgument) => (overview ? overview.isShown(e.id()) : e.visible());
      return { visible: eles.filter(shown).map((e) => e.id()), hidden: eles.filter((e) => !shown(e)).map((e) => e.id()) };
    },
    [group, type] as const,
  );
}

/**
 * Waits (up to 5 s) until every element of the type is hidden (or shown), then returns the split. A
 * filter click is applied at once in the page, but on a loaded CI machine a test once read the state
 * before it showed; waiting for the condition keeps the tests about the outcome, not about timing.
 */
export async function settledVisibility(page: Page, group: 'nodes' | 'edges', type: string, expected: 'hidden' | 'shown'): Promise<{ visible: string[]; hidden: string[] }> {
  await page
    .waitForFunction(
      ([group, type, expected]) =>
        window.cy
          .elements(group === 'nodes' ? 'node' : 'edge')
          .filter((e) => e.data('type') === type && (window.kgViewer.overview ? window.kgViewer.overview.isShown(e.id()) : e.visible()) === (expected === 'hidden'))
          .empty(),
      [group, type, expected] as const,
      { timeout: 5_000, polling: 50 },
    )
    .catch(() => undefined); // the caller's assertion on the returned split says what is still wrong
  return visibility(page, group, type);
}

/**
 * Debian's Chromium driven by playwright-core, as the house rules ask. A missing browser is a
 * failure with instructions, never a silent skip: the page must be tested in a real browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: the page tests need Debian's Chromium. Install it with: bash scripts/install-chromium.sh`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PageProblems {
  console: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
}

/** Records console errors, uncaught exceptions, dialogs (dismissed) and any request leaving file://. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { console: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.pageErrors.push(e.message));
  page.on('dialog', (d) => {
    problems.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) problems.requests.push(r.url());
  });
  return problems;
}

/** Opens a page and waits until the viewer says the graph is drawn and interactive. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { kgViewer?: { ready: boolean; error?: string } }).kgViewer?.ready || (window as unknown as { kgViewer?: { error?: string } }).kgViewer?.error, undefined, { timeout: 60_000 });
  const error = await page.evaluate(() => (window as unknown as { kgViewer: { error?: string } }).kgViewer.error);
  if (error) throw new Error(`the page failed: ${error}`);
}

/**
 * HTML pages: the main article text is found by Mozilla's Readability (the Firefox Reader View
 * engine) over a linkedom DOM (small and fast; no browser). Paragraph breaks become blank lines;
 * the publication date comes from the usual meta tags.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDate, joinTitleAndBody, makeDocument } from '../document.js';
import type { SourceDocument } from '../../model.js';

const DATE_META = ['article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.date'];
const BLOCKS = 'p, h1, h2, h3, h4, li, blockquote, pre, td';

export function parseHtml(html: string, id: string, path?: string): SourceDocument {
  const { document } = parseHTML(html);
  const date = metaDate(document);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const container = parseHTML(`<html><body>${article?.content ?? ''}</body></html>`).document;
  let paragraphs = Array.from(container.querySelectorAll(BLOCKS) as ArrayLike<Element>)
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => clean(el.textContent ?? ''))
    .filter(Boolean);
  if (!paragraphs.length) paragraphs = [clean(article?.textContent ?? document.body?.textContent ?? '')].filter(Boolean);
  const title = clean(article?.title ?? document.title ?? '');
  if (!paragraphs.length) throw new Error('no article text found in the HTML');
  return makeDocument({ id, path, ...joinTitleAndBody(title, paragraphs.join('\n\n')), date });
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

function metaDate(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  for (const name of DATE_META) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const d = isoDate(el?.getAttribute('content'));
    if (d) return d;
  }
  return isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

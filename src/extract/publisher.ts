/**
 * Whether a government publishes a text, read from the document alone: its JSONL `source` names a country
 * or a government body ("The White House"), or its headline is a "Readout of …" (the form in which the US
 * executive reports its officials' calls and meetings). Such a text leaves its own officials unqualified
 * ("the President", "National Security Advisor X"), which roles and coreference both need to know.
 *
 *   publishedByGovernment({ title: 'Readout of President Biden’s Call with …' }) → true
 */
import { lookupName } from '../knowledge/index.js';

export function publishedByGovernment(document: { source?: string; title?: string }): boolean {
  const { source, title } = document;
  const publisher = source ? lookupName(source.replace(/^the\s+/i, '')) : undefined;
  if (publisher) return publisher.type === 'Country' || (publisher.kind === 'government' && !!publisher.countryKey);
  return !!title && /^readout\b/i.test(title);
}

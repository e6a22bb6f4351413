/**
 * One name, two bodies: the extraction records the country a possessive gives an organisation, and
 * resolution keeps the bodies of two countries apart across articles.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { makeDocument } from '../../src/input/document.js';
import { resolveIdentities } from '../../src/resolve/index.js';
import { applyIdentities, summarise } from '../../src/resolve/summaries.js';

const article = (id: string, text: string) => extractDocument(makeDocument({ id, text }));

describe('homonymous bodies', () => {
  it("gives an organisation the country of a possessive in front of it, not that of another country's body of the name", () => {
    const x = article('p', "TRIPOLI (Reuters) - Libya's House of Representatives approved a new budget on Monday.\n");
    const house = x.entities.find((e) => e.name === 'House of Representatives');
    expect(house?.attributes?.countryKey).toBe('country:ly');
    expect(house?.attributes?.knowledgeKey).toBeUndefined();
  });

  it("does not give an international body the country of a member ('Sweden's NATO membership')", () => {
    const x = article('n', "STOCKHOLM (Reuters) - Sweden's NATO membership was welcomed by Finland on Tuesday.\n");
    expect(x.entities.find((e) => e.name === 'NATO')?.attributes?.countryKey).toBeUndefined();
  });

  it('keeps the houses of two countries apart across articles', () => {
    const xs = [
      article('ly', "TRIPOLI (Reuters) - Libya's House of Representatives approved a new budget on Monday.\n"),
      article('us', 'WASHINGTON (Reuters) - The U.S. House of Representatives passed a farm bill on Tuesday.\n'),
    ];
    const map = resolveIdentities(xs.flatMap(summarise));
    const ids = xs.map((x) => applyIdentities(x, map).entities.find((e) => e.name === 'House of Representatives')?.id);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids).toEqual(['organization:house-of-representatives-ly', 'organization:house-of-representatives-us']);
  });
});

import { describe, expect, it } from 'vitest';
import { entityNames, extract, triples } from '../helpers.js';

describe('known names holding lower-case words', () => {
  it('keeps a known organisation whole across "in" ("… Co-operation in Europe")', () => {
    const x = extract('Monitors from the Organization for Security and Co-operation in Europe criticised Moldova on Sunday.');
    expect(entityNames(x, 'Organization')).toEqual(['Organization for Security and Co-operation in Europe']);
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual(['Organization for Security and Co-operation in Europe -ACCUSED-> Moldova']);
  });

  it('does not join a person and a place across "in"', () => {
    const x = extract('Foreign Minister Ana Ortiz in Lima said the talks would resume.');
    expect(entityNames(x, 'Person')).toEqual(['Ana Ortiz']);
    expect(entityNames(x, 'Location')).toEqual(['Lima']);
  });
});

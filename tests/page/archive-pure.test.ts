import { describe, expect, it } from 'vitest';
import { computeVisibility, visibilityIndex, type VisibilityState } from '../../src/sinks/page/client/visibility.js';
import { documentsInRange, periodLabel, timeBuckets } from '../../src/sinks/page/client/timeline.js';
import type { PageData, PageEdge, PageNode } from '../../src/sinks/page/types.js';

const node = (id: string, type: PageNode['type'], docs: number[]): PageNode => ({ id, name: id, type, aliases: [], size: 18, importance: 0, community: 0, docs: docs.map((d) => [d, 1]) });
const edge = (source: string, target: string, type: PageEdge['type'], docs: number[]): PageEdge => ({
  id: `${type}|${source}|${target}`,
  source,
  target,
  type,
  symmetric: false,
  modality: 'asserted',
  confidence: 1,
  evidence: docs.map((doc) => ({ doc, text: 's', marks: [], confidence: 1 })),
});

// ana (Person, docs 0 1) -MET- ben (Person, doc 1); ben -VISITED- lima (Location, doc 2); peru (Country, doc 0) alone; ana and peru named together.
const data: Pick<PageData, 'nodes' | 'edges' | 'coMentions'> = {
  nodes: [node('ana', 'Person', [0, 1]), node('ben', 'Person', [1]), node('lima', 'Location', [2]), node('peru', 'Country', [0])],
  edges: [edge('ana', 'ben', 'MET', [1]), edge('ben', 'lima', 'VISITED', [2])],
  coMentions: [0, 3, 2, 1],
};
const all: VisibilityState = { entities: new Set(['Person', 'Location', 'Country']), relations: new Set(['MET', 'VISITED']), minArticles: 1, coMentions: false, isolated: false };
const index = visibilityIndex(data);
const see = (state: Partial<VisibilityState>) => {
  const v = computeVisibility(index, { ...all, ...state });
  return { nodes: [...v.nodes], edges: [...v.edges], co: [...v.co], unlinked: v.unlinked, counts: v.counts };
};

describe('what the page draws', () => {
  it('leaves out entities with nothing drawn to them, and counts them', () => {
    expect(see({})).toMatchObject({ nodes: [1, 1, 1, 0], edges: [1, 1], unlinked: 1, counts: { nodes: 3, edges: 2, co: 0 } });
    expect(see({ isolated: true })).toMatchObject({ nodes: [1, 1, 1, 1], unlinked: 1 });
  });

  it('hides a type with its facts, and the entities left without one', () => {
    expect(see({ entities: new Set(['Location', 'Country']) })).toMatchObject({ nodes: [0, 0, 0, 0], edges: [0, 0], unlinked: 2 });
    expect(see({ relations: new Set(['MET']) })).toMatchObject({ nodes: [1, 1, 0, 0], edges: [1, 0], unlinked: 2 });
  });

  it('keeps the articles of the time range: entities named in them, facts stated in them', () => {
    expect(see({ documents: Uint8Array.from([0, 1, 0]) })).toMatchObject({ nodes: [1, 1, 0, 0], edges: [1, 0] });
    expect(see({ documents: Uint8Array.from([1, 0, 0]) })).toMatchObject({ nodes: [0, 0, 0, 0], edges: [0, 0], unlinked: 2 });
  });

  it('keeps entities named in at least N articles (in the range)', () => {
    expect(see({ minArticles: 2 })).toMatchObject({ nodes: [0, 0, 0, 0], unlinked: 1 });
    expect(see({ minArticles: 2, isolated: true })).toMatchObject({ nodes: [1, 0, 0, 0] });
    expect(see({ minArticles: 2, isolated: true, documents: Uint8Array.from([0, 1, 1]) })).toMatchObject({ nodes: [0, 0, 0, 0] });
  });

  it('draws co-mentions when asked, and they link entities without a fact', () => {
    expect(see({ coMentions: true })).toMatchObject({ nodes: [1, 1, 1, 1], co: [1], unlinked: 0, counts: { co: 1 } });
    expect(see({ coMentions: true, entities: new Set(['Person', 'Location']) })).toMatchObject({ co: [0] });
  });

  it('always draws the selection', () => {
    expect(see({ forced: [3] })).toMatchObject({ nodes: [1, 1, 1, 1], unlinked: 1 });
  });
});

describe('articles over time', () => {
  it('counts articles per week over a short span, per month over a long one; undated articles are in every range', () => {
    const weeks = timeBuckets(['2024-01-03', '2024-01-05', undefined, '2024-01-17'])!;
    expect(weeks).toMatchObject({ unit: 'week', starts: ['2024-01-01', '2024-01-08', '2024-01-15'], counts: [2, 0, 1], undated: 1 });
    expect([...documentsInRange(weeks, 2, 2)!]).toEqual([0, 0, 1, 1]);
    expect(documentsInRange(weeks, 0, 2)).toBeUndefined();
    const months = timeBuckets(['2019-01-04', '2019-03-30', '2020-02-01'])!;
    expect(months.unit).toBe('month');
    expect(months.counts).toHaveLength(14);
    expect([periodLabel(months, 0), periodLabel(months, 13)]).toEqual(['2019-01', '2020-02']);
    expect(timeBuckets(['2024-01-03', '2024-01-03'])).toBeUndefined();
  });
});

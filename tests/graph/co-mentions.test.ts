import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { articleCoMentions, mergeCoMentions, pairKey, resolveCoMentions, sentenceOf, strongestCoMentions, type CoMentionWeight } from '../../src/graph/co-mentions.js';
import type { Extraction } from '../../src/model.js';

// "Ana Ruiz visited Lima. She met officials of Peru in Lima. Chile and Peru were not named with her."
//  0                      23                                 57
const TEXT_STARTS = [0, 23, 57];

function article(id: string, c: string, entities: [string, [number, number][]][], sentenceStarts: number[] | null = TEXT_STARTS): Extraction {
  return {
    document: { id, sha256: c.repeat(64), ...(sentenceStarts ? { sentenceStarts } : {}) },
    entities: entities.map(([eid, spans]) => ({
      id: eid,
      type: eid.startsWith('person') ? 'Person' : eid.startsWith('country') ? 'Country' : 'Location',
      name: eid.split(':')[1]!,
      aliases: [],
      mentions: spans.map(([start, end]) => ({ start, end })),
    })),
    relations: [],
  };
}

const ANA = 'person:ana-ruiz';
const LIMA = 'location:lima';
const PERU = 'country:peru';
const CHILE = 'country:chile';

const first = article('a1', 'a', [
  [ANA, [[0, 8], [23, 26]]], // "Ana Ruiz" in sentence 0, "She" in sentence 1
  [LIMA, [[17, 21], [51, 55]]],
  [PERU, [[43, 47], [67, 71]]],
  [CHILE, [[57, 62]]],
]);

describe('co-mentions', () => {
  it('finds the sentence of an offset', () => {
    expect([0, 22, 23, 56, 57, 500].map((o) => sentenceOf(TEXT_STARTS, o))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(sentenceOf([10], 3)).toBe(-1);
    expect(sentenceOf([], 3)).toBe(-1);
  });

  it('counts the sentences naming each pair in one article (pronouns count: coreference says whom they name)', () => {
    const pairs = articleCoMentions(first);
    expect(Object.fromEntries(pairs)).toEqual({
      [pairKey(ANA, LIMA)]: 2,
      [pairKey(ANA, PERU)]: 1,
      [pairKey(LIMA, PERU)]: 1,
      [pairKey(CHILE, PERU)]: 1,
    });
  });

  it('needs sentence starts: without them an article gives no pairs', () => {
    expect(articleCoMentions(article('a2', 'b', [[ANA, [[0, 8]]], [LIMA, [[17, 21]]]], null)).size).toBe(0);
  });

  it('bounds a sentence to its first entities and an article to its strongest pairs', () => {
    const many = article(
      'list',
      'c',
      Array.from({ length: 20 }, (_, i): [string, [number, number][]] => [`country:c${String(i).padStart(2, '0')}`, [[i * 3, i * 3 + 2]]]),
      [0],
    );
    const pairs = articleCoMentions(many, { perSentence: 4, perArticle: 60, total: 100 });
    expect(pairs.size).toBe(6); // 4 entities: 6 pairs, not 190
    expect([...pairs.keys()].every((k) => /c0[0-3]\|country:c0[0-3]/.test(k))).toBe(true);
    expect(articleCoMentions(first, { perSentence: 8, perArticle: 2, total: 100 })).toEqual(new Map([[pairKey(ANA, LIMA), 2], [pairKey(CHILE, PERU), 1]])); // ties: by key
  });

  it('adds articles up (sentences and articles) and keeps the strongest pairs when over the limit', () => {
    let totals: Record<string, CoMentionWeight> = {};
    totals = mergeCoMentions(totals, new Map([['a|b', 2], ['a|c', 1]]));
    totals = mergeCoMentions(totals, new Map([['a|b', 1]]));
    expect(totals).toEqual({ 'a|b': [3, 2], 'a|c': [1, 1] });
    const limits = { perSentence: 8, perArticle: 60, total: 2 };
    totals = mergeCoMentions(totals, new Map([['b|c', 5]]), limits); // 3 pairs ≤ 2 × 2: kept
    expect(Object.keys(totals)).toHaveLength(3);
    totals = mergeCoMentions(totals, new Map([['c|d', 1], ['d|e', 1]]), limits); // 5 pairs: down to the 2 strongest
    expect(totals).toEqual({ 'b|c': [5, 1], 'a|b': [3, 2] });
  });

  it('are built with the graph, apart from its facts, and listed strongest first', () => {
    const second = article('a2', 'b', [[ANA, [[0, 8]]], [LIMA, [[10, 14], [30, 34]]]], [0, 25]);
    const g = buildGraph([first, second]);
    expect(g.size).toBe(0); // no fact was stated
    expect(g.getAttribute('coMentions')![pairKey(ANA, LIMA)]).toEqual([3, 2]);
    expect(strongestCoMentions(g.getAttributes(), 2)).toEqual([
      [LIMA, ANA, 3, 2], // ids in order
      [CHILE, PERU, 1, 1],
    ]);
    // Ingesting an article twice changes nothing.
    expect(buildGraph([first, second, first]).getAttribute('coMentions')).toEqual(g.getAttribute('coMentions'));
  });

  it('follow resolved ids: pairs of merged entities add up, a pair that became one entity goes', () => {
    const totals: Record<string, CoMentionWeight> = { [pairKey('person:biden', PERU)]: [2, 1], [pairKey('person:joe-biden', PERU)]: [1, 1], [pairKey('person:biden', 'person:joe-biden')]: [1, 1] };
    expect(resolveCoMentions(totals, { 'person:biden': 'person:joe-biden' })).toEqual({ [pairKey('person:joe-biden', PERU)]: [3, 2] });
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { formatSuspectsText, suspectsJson } from '../../src/identities/report.js';
import { countryNamedIn, findSuspects } from '../../src/identities/suspects.js';
import type { Entity, Extraction, Relation, Suspect } from '../../src/model.js';

const person = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({ id, type: 'Person', name, aliases: [], mentions: [{ start: 0, end: name.length }], ...extra });
const article = (id: string, entities: Entity[], relations: Relation[] = []): Extraction => ({
  document: { id, title: `Title of ${id}`, date: '2024-05-01', sha256: createHash('sha256').update(id).digest('hex') },
  entities,
  relations,
});

/** A small run of invented articles with each kind of suspect in it. */
function graph() {
  return buildGraph([
    article('a1', [person('person:lindqvist', 'Lindqvist'), person('person:marlow', 'Marlow')]),
    article('a2', [person('person:maria-lindqvist', 'Maria Lindqvist'), person('person:owen-marlow', 'Owen Marlow')]),
    article('a3', [person('person:ruth-marlow', 'Ruth Marlow'), person('person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan')]),
    article('a4', [person('person:recep-tayyip-erdogan-2', 'Recep Tayyip Erdogan'), person('person:joseph-r-hale-jr', 'Joseph R. Hale, Jr.'), person('person:joseph-hale', 'Joseph Hale')]),
    article('a5', [
      person('person:mohammed-rahimi', 'Mohammed Rahimi'),
      person('person:mohamed-rahimi', 'Mohamed Rahimi'),
      person('person:mike-dorsey', 'Mike Dorsey'),
      person('person:michael-dorsey', 'Michael Dorsey'),
      person('person:alex-harlan', 'Alex Harlan'),
      person('person:lee-harlan', 'Lee Harlan'),
      { id: 'organization:northern-command', type: 'Organization', name: 'Northern Command', aliases: [], mentions: [] },
      { id: 'organization:southern-command', type: 'Organization', name: 'Southern Command', aliases: [], mentions: [] },
    ]),
    article('a6', [
      { id: 'organization:house-of-representatives', type: 'Organization', name: 'House of Representatives', aliases: ['U.S. House of Representatives', 'Libyan House of Representatives'], mentions: [] },
    ]),
    article(
      'a7',
      [
        { id: 'location:quarrendon', type: 'Location', name: 'Quarrendon', aliases: [], mentions: [] },
        { id: 'country:france', type: 'Country', name: 'France', aliases: [], mentions: [], attributes: { knowledgeKey: 'country:fr' } },
      ],
      [{ source: 'location:quarrendon', type: 'LOCATED_IN', target: 'country:france', evidence: 'Quarrendon, a town in France.', start: 0, end: 25, confidence: 0.9, documentId: 'a7' }],
    ),
    article(
      'a8',
      [
        { id: 'location:quarrendon', type: 'Location', name: 'Quarrendon', aliases: [], mentions: [] },
        { id: 'country:canada', type: 'Country', name: 'Canada', aliases: [], mentions: [], attributes: { knowledgeKey: 'country:ca' } },
      ],
      [{ source: 'location:quarrendon', type: 'LOCATED_IN', target: 'country:canada', evidence: 'Quarrendon, a city in Canada.', start: 0, end: 25, confidence: 0.9, documentId: 'a8' }],
    ),
  ]);
}

const ids = (s: Suspect) => s.entities.map((e) => e.id).sort();
const of = (suspects: Suspect[], kind: Suspect['kind']) => suspects.filter((s) => s.kind === kind).map(ids);

describe('findSuspects', () => {
  const { suspects, counts } = findSuspects(graph());

  it('a surname-only Person that fits one full-named Person is a likely duplicate; one that fits two is not', () => {
    expect(of(suspects, 'surname')).toEqual([['person:lindqvist', 'person:maria-lindqvist']]);
    expect(of(suspects, 'ambiguous-surname')).toEqual([['person:marlow', 'person:owen-marlow', 'person:ruth-marlow']]);
    expect(counts.surname).toBe(1);
    const lindqvist = suspects.find((s) => s.kind === 'surname')!;
    expect(lindqvist.likely).toBe('duplicate');
    expect(lindqvist.entities.map((e) => e.articles)).toEqual([['a1'], ['a2']]);
  });

  it('full names that share a surname but not a given name are listed to keep apart', () => {
    expect(of(suspects, 'shared-surname')).toContainEqual(['person:owen-marlow', 'person:ruth-marlow']);
    expect(of(suspects, 'shared-surname')).toContainEqual(['person:alex-harlan', 'person:lee-harlan']);
  });

  it('name variants: diacritics, initials and suffixes, spelling, given-name forms', () => {
    const variants = of(suspects, 'variant');
    expect(variants).toContainEqual(['person:recep-tayyip-erdogan', 'person:recep-tayyip-erdogan-2']);
    expect(variants).toContainEqual(['person:joseph-hale', 'person:joseph-r-hale-jr']);
    expect(variants).toContainEqual(['person:mohamed-rahimi', 'person:mohammed-rahimi']);
    expect(variants).toContainEqual(['person:michael-dorsey', 'person:mike-dorsey']);
    // Different short given names, and two bodies whose names differ by a word, are not variants.
    expect(variants.flat()).not.toContain('person:alex-harlan');
    expect(variants.flat()).not.toContain('organization:northern-command');
  });

  it('one name tied to two countries: by the countries its names carry, or by LOCATED_IN facts with their articles', () => {
    const two = suspects.filter((s) => s.kind === 'two-countries');
    expect(two.map(ids)).toEqual(expect.arrayContaining([['organization:house-of-representatives'], ['location:quarrendon']]));
    const quarrendon = two.find((s) => s.entities[0]!.id === 'location:quarrendon')!;
    expect(quarrendon.likely).toBe('false-merge');
    expect(quarrendon.countries).toEqual([
      { id: 'country:fr', name: 'France', articles: ['a7'] },
      { id: 'country:ca', name: 'Canada', articles: ['a8'] },
    ]);
  });

  it('reads the country a body or place names as its own', () => {
    expect(countryNamedIn('Libyan House of Representatives')).toBe('country:ly');
    expect(countryNamedIn('U.S. House of Representatives')).toBe('country:us');
    expect(countryNamedIn('Embassy of France')).toBe('country:fr');
    expect(countryNamedIn('Chamber of Deputies')).toBeUndefined();
    expect(countryNamedIn('British Columbia')).toBe('country:ca'); // a known name: its own country, not the demonym's
  });

  it("leaves out what the user's merges file already decides, and counts it", () => {
    const decided = findSuspects(graph(), {
      same: [['person:lindqvist', 'person:maria-lindqvist'], ['person:marlow', 'person:owen-marlow']],
      apart: [['person:owen-marlow', 'person:ruth-marlow']],
    });
    expect(of(decided.suspects, 'surname')).toEqual([]);
    expect(of(decided.suspects, 'ambiguous-surname')).toEqual([]); // Marlow is Owen, so not Ruth
    expect(of(decided.suspects, 'shared-surname')).not.toContainEqual(['person:owen-marlow', 'person:ruth-marlow']);
    expect(decided.decided).toBe(3);
    // A half-decided group stays.
    expect(of(findSuspects(graph(), { same: [['person:marlow', 'person:owen-marlow']], apart: [] }).suspects, 'ambiguous-surname')).toHaveLength(1);
  });

  it('prints each suspect with its articles, and the count lines; JSON carries the article titles', () => {
    const g = graph();
    const report = findSuspects(g);
    const text = formatSuspectsText(report, g.getAttribute('documents'), 'out/graph.json', { articles: 1 });
    expect(text).toContain('1 unresolved surname-only Person nodes that fit exactly one full-named Person');
    expect(text).toMatch(/person:lindqvist\s+Lindqvist\s+1 article: "Title of a1" \(2024-05-01\)/);
    expect(text).toMatch(/France: 1 article: "Title of a7"/);
    const json = JSON.parse(suspectsJson(report, g.getAttribute('documents'), 'out/graph.json'));
    expect(json.counts).toEqual(report.counts);
    expect(json.articles.a2).toEqual({ title: 'Title of a2', date: '2024-05-01' });
  });
});

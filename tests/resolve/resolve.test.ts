/**
 * Corpus-level resolution over entity summaries: which per-article ids are one entity.
 */
import { describe, expect, it } from 'vitest';
import type { EntitySummary, EntityType } from '../../src/model.js';
import { resolveIdentities } from '../../src/resolve/index.js';
import { givenCompatible, parsePersonName, spellingKey } from '../../src/resolve/names.js';
import { slug } from '../../src/extract/coref.js';

let n = 0;
/** One entity of article `doc`, id made as the extractor makes it. */
function s(doc: string, name: string, type: EntityType = 'Person', more: Partial<EntitySummary> = {}): EntitySummary {
  n++;
  return { documentId: doc, id: `${type.toLowerCase()}:${slug(name)}`, type, name, aliases: [], ...more };
}
const id = (name: string, type = 'person') => `${type}:${slug(name)}`;

describe('names', () => {
  it('takes a name apart without honorific or suffix', () => {
    expect(parsePersonName('Joseph R. Biden, Jr.')).toEqual({ given: 'joseph', middles: ['r'], surname: 'biden' });
    expect(parsePersonName('Mr. Erdoğan')).toEqual({ middles: [], surname: 'erdogan' });
    expect(parsePersonName('Ursula von der Leyen')).toEqual({ given: 'ursula', middles: [], surname: 'von der leyen' });
  });
  it('keys transliterations together by general spelling rules', () => {
    expect(spellingKey('zelenskyy')).toBe(spellingKey('zelensky'));
    expect(spellingKey('zelenskiy')).toBe(spellingKey('zelensky'));
    expect(givenCompatible('mohammed', 'mohamed')).toBe(true);
    expect(givenCompatible('muhammad', 'mohamed')).toBe(true);
    expect(givenCompatible('mahmoud', 'mohammed')).toBe(false);
    expect(givenCompatible('maria', 'mario')).toBe(false);
  });
  it('knows nicknames from the dataset', () => {
    expect(givenCompatible('joe', 'joseph')).toBe(true);
    expect(givenCompatible('mike', 'michael')).toBe(true);
    expect(givenCompatible('bill', 'william')).toBe(true);
    expect(givenCompatible('joe', 'john')).toBe(false);
    expect(givenCompatible('joseph', 'josephine')).toBe(false);
  });
});

describe('resolveIdentities', () => {
  it('joins a surname alone in one article to the one full name of another', () => {
    const map = resolveIdentities([s('a', 'Marta Quell'), s('b', 'Quell')]);
    expect(map.ids).toEqual({ [id('Quell')]: id('Marta Quell') });
    expect(map.entities[id('Marta Quell')]).toEqual({ name: 'Marta Quell', aliases: ['Quell'] });
  });

  it('keeps a surname apart when two people of the run bear it, unless the article gives a role only one holds', () => {
    const sums = [
      s('a', 'Jonas Ferrant', 'Person', { context: { roles: ['Finance Minister'] } }),
      s('b', 'Elena Ferrant', 'Person', { context: { roles: ['Mayor'] } }),
      s('c', 'Ferrant'),
      s('d', 'Ferrant', 'Person', { context: { roles: ['Finance Minister'] } }),
    ];
    const map = resolveIdentities(sums);
    expect(map.ids[id('Ferrant')]).toBeUndefined();
    expect(map.documents?.d).toEqual({ [id('Ferrant')]: id('Jonas Ferrant') });
    expect(map.documents?.c).toBeUndefined();
  });

  it('gives a title to the one who holds it in far more articles, not to one misread once', () => {
    const sums = [
      ...Array.from({ length: 12 }, (_, k) => s(`p${k}`, 'Marta Ferrant', 'Person', { context: { roles: ['Governor'] } })),
      s('q', 'Elena Ferrant', 'Person', { context: { roles: ['Governor'] } }),
      s('r', 'Elena Ferrant', 'Person', { context: { roles: ['Senator'] } }),
      s('t', 'Ferrant', 'Person', { attributes: { title: 'Governor' }, context: { roles: ['Governor'] } }),
      s('u', 'Ferrant'),
    ];
    const map = resolveIdentities(sums);
    expect(map.documents?.t).toEqual({ [id('Ferrant')]: id('Marta Ferrant') });
    expect(map.documents?.u).toBeUndefined();
  });

  it('joins nicknames, initials, middle names and suffixes of one person', () => {
    const map = resolveIdentities([s('a', 'William T. Granger, Jr.'), s('b', 'Bill Granger'), s('c', 'William Granger'), s('d', 'W. Granger')]);
    const target = id('William T. Granger, Jr.');
    expect(map.ids).toEqual({ [id('Bill Granger')]: target, [id('William Granger')]: target, [id('W. Granger')]: target });
    expect(map.entities[target]!.name).toBe('William T. Granger, Jr.');
  });

  it('keeps two people with the same surname and different given names or middle initials apart', () => {
    const map = resolveIdentities([s('a', 'George H. W. Pellam'), s('b', 'George W. Pellam'), s('c', 'Anna Pellam'), s('d', 'Ruth Pellam')]);
    expect(map.ids).toEqual({});
  });

  it('leaves an initial alone when it fits two people', () => {
    const map = resolveIdentities([s('a', 'Jake Orwin'), s('b', 'Julia Orwin'), s('c', 'J. Orwin')]);
    expect(map.ids).toEqual({});
  });

  it('joins transliteration variants and diacritics', () => {
    const map = resolveIdentities([s('a', 'Mohammed Kadri'), s('b', 'Mohamed Kadri'), s('c', 'Oleksiy Danylenko'), s('d', 'Oleksiy Danilenko'), s('e', 'Recep Özkaya'), s('f', 'Recep Ozkaya')]);
    expect(Object.keys(map.ids).sort()).toHaveLength(2);
    expect(map.ids[id('Mohamed Kadri')] ?? map.ids[id('Mohammed Kadri')]).toBeDefined();
    // Diacritics already give one id ('recep-ozkaya'): nothing to map.
    expect(id('Recep Özkaya')).toBe(id('Recep Ozkaya'));
  });

  it('joins a given name alone to the full name whose family the article names', () => {
    const map = resolveIdentities([s('a', 'Tobias Marlow'), s('b', 'Harriet Marlow'), s('b', 'Tobias')]);
    expect(map.ids[id('Tobias')]).toBe(id('Tobias Marlow'));
    const alone = resolveIdentities([s('a', 'Tobias Marlow'), s('b', 'Tobias')]);
    expect(alone.ids).toEqual({});
  });

  it('resolves a bare acronym through the one article that defines it', () => {
    const def = s('a', 'Northern Rivers Guard Corps', 'Organization', { aliases: ['NRGC'] });
    const bare = s('b', 'NRGC', 'Organization');
    expect(resolveIdentities([def, bare]).ids).toEqual({ [bare.id]: def.id });
    // Two definitions: the bare acronym stays.
    const other = s('c', 'National Road Grants Council', 'Organization', { aliases: ['NRGC'] });
    expect(resolveIdentities([def, bare, other]).ids).toEqual({});
  });

  it('keeps bodies of one name in two countries apart, and sends an article without a country to the one it names', () => {
    const house = (doc: string, countryKey?: string, countries: string[] = []) =>
      s(doc, 'House of Delegates', 'Organization', { ...(countryKey ? { attributes: { countryKey } } : {}), context: { countries } });
    const map = resolveIdentities([house('a', 'country:us'), house('b', 'country:ly'), house('c', undefined, ['country:ly', 'country:eg']), house('d')]);
    const plain = id('House of Delegates', 'organization');
    expect(map.documents).toEqual({ a: { [plain]: `${plain}-us` }, b: { [plain]: `${plain}-ly` }, c: { [plain]: `${plain}-ly` } });
    expect(map.ids).toEqual({});
    expect(map.entities[`${plain}-ly`]!.name).toBe('House of Delegates');
  });

  it('honours what the user says: same joins, apart keeps apart', () => {
    const sums = [s('a', 'Marta Quell'), s('b', 'Quell'), s('c', 'The Quell Group', 'Organization')];
    const user = resolveIdentities(sums, { identities: { same: [[id('The Quell Group', 'organization'), 'organization:quell-holdings']], apart: [[id('Quell'), id('Marta Quell')]] } });
    expect(user.ids).toEqual({ 'organization:quell-holdings': id('The Quell Group', 'organization') });
  });

  it("leaves out an article in front of a surname ('al-'), not a patronymic ('bin')", () => {
    expect(resolveIdentities([s('a', 'Omar al-Rashidi'), s('b', 'Rashidi')]).ids).toEqual({ [id('Rashidi')]: id('Omar al-Rashidi') });
    expect(resolveIdentities([s('a', 'Khalid bin Faisal'), s('b', 'Faisal')]).ids).toEqual({});
  });

  it('reads no full name into words that are no person name, and no surname into a common given name', () => {
    const map = resolveIdentities([s('a', 'Lakeside County'), s('b', 'County'), s('c', 'Seth Orlan'), s('d', 'Paul Varga'), s('e', 'Paul Kemp'), s('f', 'Dorian Paul'), s('g', 'Paul')]);
    expect(map.ids).toEqual({});
  });

  it('joins no two-letter acronym across articles, even one that spells a name', () => {
    const agency = s('a', 'Harbor Agency', 'Organization', { aliases: ['HA'] });
    const community = s('b', 'HA', 'Organization');
    expect(resolveIdentities([agency, community]).ids).toEqual({});
  });

  it('does not take a bracketed code that does not spell the name for its acronym', () => {
    const college = s('a', 'Harbor Valley College', 'Organization', { aliases: ['AL'] });
    const bare = s('b', 'AL', 'Organization');
    const agency = s('c', 'Coastal Survey Agency', 'Organization', { aliases: ['NCSA'] });
    const bare2 = s('d', 'NCSA', 'Organization');
    const fund = s('e', 'KLMN Legal Fund', 'Organization', { aliases: ['KLMN'] });
    const bare3 = s('f', 'KLMN', 'Organization');
    // 'NCSA' for 'Coastal Survey Agency': the first word of the full name is left out of the name.
    expect(resolveIdentities([college, bare, agency, bare2, fund, bare3]).ids).toEqual({ [bare2.id]: agency.id });
  });

  it('gives the same map whatever the order of the summaries', () => {
    const sums = [s('a', 'Joseph K. Arden'), s('b', 'Joe Arden'), s('c', 'Arden'), s('d', 'Nadia Lorne'), s('e', 'Lorne')];
    const one = resolveIdentities(sums);
    const two = resolveIdentities([...sums].reverse());
    expect(two).toEqual(one);
    expect(one.ids).toEqual({ [id('Joe Arden')]: id('Joseph K. Arden'), [id('Arden')]: id('Joseph K. Arden'), [id('Lorne')]: id('Nadia Lorne') });
  });
});

describe('summaries', () => {
  it("count the title an article gives a name as a role, though no country was found for it", async () => {
    const { summarise } = await import('../../src/resolve/summaries.js');
    const { extract } = await import('../helpers.js');
    const [person] = summarise(extract('Governor Ferrant spoke to reporters on Monday about the floods.')).filter((x) => x.type === 'Person');
    expect(person?.context?.roles).toEqual(['Governor']);
  });
});

describe('titles shared by two names', () => {
  it('match the singular title the archive gives the holder ("Presidents Ferrant and Voss")', () => {
    const sums = [
      ...Array.from({ length: 12 }, (_, k) => s(`p${k}`, 'Marta Ferrant', 'Person', { context: { roles: ['President'] } })),
      s('q', 'Elena Ferrant', 'Person', { context: { roles: ['Senator'] } }),
      s('t', 'Ferrant', 'Person', { attributes: { title: 'Presidents' }, context: { roles: ['Presidents'] } }),
    ];
    const map = resolveIdentities(sums);
    expect(map.documents?.t?.[id('Ferrant')] ?? map.ids[id('Ferrant')]).toBe(id('Marta Ferrant'));
  });
});

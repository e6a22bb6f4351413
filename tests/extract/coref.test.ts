import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../src/extract/coref.js';
import { findMentions } from '../../src/extract/mentions.js';
import { read } from '../../src/extract/reading.js';
import { doc } from '../helpers.js';

function resolve(text: string) {
  const reading = read(doc(text));
  const analysis = findMentions(reading);
  const r = resolveEntities(reading, analysis);
  const of = (surface: string) => {
    const m = analysis.mentions.find((x) => x.text === surface);
    return m ? r.entityOf[m.i] : undefined;
  };
  return { ...r, of, analysis };
}

describe('coreference', () => {
  it('joins short forms and pronouns to the fullest name, with every alias and offset', () => {
    const r = resolve('Defence Minister Marta Ruiz arrived. Ms Ruiz said she was pleased. Ruiz left.');
    expect(r.entities.map((e) => e.name)).toEqual(['Marta Ruiz']);
    expect(r.of('Ms Ruiz')).toBe('person:marta-ruiz');
    expect(r.of('she')).toBe('person:marta-ruiz');
    expect(r.entities[0]!.aliases.sort()).toEqual(['Ms Ruiz', 'Ruiz']);
    expect(r.entities[0]!.mentions).toHaveLength(4);
  });

  it('keeps people who share a surname apart, and resolves the surname to the last one mentioned', () => {
    const r = resolve('Joe Carter met Anna Carter. Later, Anna Carter spoke. Carter said no.');
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.id).sort()).toEqual(['person:anna-carter', 'person:joe-carter']);
    expect(r.of('Carter')).toBe('person:anna-carter');
  });

  it('resolves a shared surname to the topic of the last sentence naming both, not the later name inside it', () => {
    const r = resolve('Anna Carter, the sister of mayor Joe Carter, spoke on Monday. Carter said no.');
    expect(r.of('Carter')).toBe('person:anna-carter');
  });

  it('does not create a person from a vocative title', () => {
    const r = resolve('"Thank you, Mr President," said envoy Tomas Lindqvist.');
    expect(r.entities.map((e) => e.name)).toEqual(['Tomas Lindqvist']);
  });

  it('reads a capital acting as its country, and a capital as a place', () => {
    const acting = resolve('Moscow said the talks had failed.');
    expect(acting.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Country:Russia']);
    const place = resolve('The minister flew to Moscow.');
    expect(place.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Location:Moscow']);
  });

  it('reads a seat of government as its country', () => {
    expect(resolve('The Kremlin said it was ready.').entities.map((e) => e.name)).toEqual(['Russia']);
  });

  it('joins an acronym defined in brackets, and a bare head to the full name', () => {
    const r = resolve('The Southern Grain Council (SGC) met. The SGC said the council would meet again.');
    expect(r.entities.map((e) => e.name)).toEqual(['Southern Grain Council']);
    expect(r.of('SGC')).toBe('organization:southern-grain-council');
  });

  it('ids are stable slugs of the canonical name', () => {
    expect(resolve('Presidente Sebastián Piñera visitó Chile.').entities.map((e) => e.id)).toContain('country:chile');
    expect(resolve('Sebastián Piñera spoke.').entities.map((e) => e.id)).toEqual(['person:sebastian-pinera']);
  });
});

describe('organisations named short', () => {
  it('joins a short form read as a person or a town to the organisation it begins', () => {
    const r = resolve('Maple Rail Technologies agreed to buy Lakeshore Signal Systems. Maple Rail said Lakeshore would keep its plants. Shares of Lakeshore rose.');
    expect(r.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['Organization:Lakeshore Signal Systems', 'Organization:Maple Rail Technologies']);
  });

  it('makes a guessed person named as an employer an organisation', () => {
    const r = resolve('"We are ready," said Catherine Dubois, President and Chief Executive Officer of Norvik Rail.');
    expect(r.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['Organization:Norvik Rail', 'Person:Catherine Dubois']);
  });
  it('does not read "the House" as short for the White House', () => {
    const r = resolve('The White House said it would veto the bill. House Speaker Mary Byrne said the House would vote on Friday.');
    expect(r.entities.find((e) => e.name === 'White House')?.aliases ?? []).not.toContain('House');
  });
});

describe('coreference: a state named by its nickname', () => {
  it('joins "the <Nickname> State" to the one US state the article names', () => {
    const r = resolve('Mayors from across Ohio met in Columbus. New plants will open in the Buckeye State next year.');
    expect(r.of('Buckeye State')).toBe(r.of('Ohio'));
    expect(r.entities.filter((e) => e.type === 'Location').map((e) => e.name).sort()).toEqual(['Columbus', 'Ohio']);
  });

  it('names nothing when several states or none are named, and leaves a real state name alone', () => {
    const r = resolve('Governors of Ohio and Texas met. Jobs grew in the Bluebonnet State.');
    expect(r.of('Bluebonnet State')).toBeUndefined();
    expect(r.entities.map((e) => e.name)).not.toContain('Bluebonnet State');
    expect(resolve('Protests hit the Rivers State capital.').entities.map((e) => e.name)).toContain('Rivers State');
  });
});

describe('coreference: titles with a rank', () => {
  it('resolves "the Vice President" to the vice president, not to the last president named', () => {
    const r = resolve('Vice President Ana Silva met today with President Tom Hale of Peru. The Vice President condemned the attack. The President thanked her.');
    const text = 'Vice President Ana Silva met today with President Tom Hale of Peru. The Vice President condemned the attack. The President thanked her.';
    const at = (e: { mentions: { start: number }[] } | undefined) => (e?.mentions ?? []).map((x) => x.start);
    expect(at(r.entities.find((e) => e.name === 'Ana Silva'))).toContain(text.indexOf('Vice President condemned'));
    expect(at(r.entities.find((e) => e.name === 'Tom Hale'))).not.toContain(text.indexOf('Vice President condemned'));
  });
  it('keeps a first lady apart from the president who shares her surname', () => {
    const r = resolve('First Lady Mary Hale hosted a roundtable on online safety. The bill now goes to President Hale for signature.');
    expect(r.of('Hale')).toBeDefined();
    expect(r.of('Hale')).not.toBe(r.of('Mary Hale'));
  });
});

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseArticle } from '../../src/input/read.js';
import { entityNames, extract, triples } from '../helpers.js';

const roles = (text: string) => triples(extract(text), (r) => r.type === 'HOLDS_ROLE');

describe('roles after an apposition', () => {
  it('reads "X, …, is the country\'s transport minister" like "X is …"', () => {
    expect(roles("Ghana opened a new port on Monday. Her cousin, Ama Mensah, is the country's transport minister.")).toEqual(['Ama Mensah -HOLDS_ROLE-> Ghana']);
    expect(roles("Ghana opened a new port on Monday. Her cousin, Ama Mensah, is Ghana's finance minister.")).toEqual(['Ama Mensah -HOLDS_ROLE-> Ghana']);
  });
});

describe('a bracketed short form after "<Name> of <Country>"', () => {
  it('keeps the whole phrase one organisation and takes the short form as its alias', () => {
    const x = extract('The Cocoa Growers Association of Ghana (Cogag) criticised the plan on Monday. Cogag chairman Kofi Mensah said the group would appeal.');
    expect(entityNames(x, 'Organization')).toEqual(['Cocoa Growers Association of Ghana']);
    expect(x.entities.find((e) => e.type === 'Organization')?.aliases).toContain('Cogag');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toEqual(['Kofi Mensah -HOLDS_ROLE-> Cocoa Growers Association of Ghana']);
  });

  it('leaves "<Name> of <Country>" split without the brackets', () => {
    const x = extract('The Cocoa Growers Association of Ghana criticised the plan on Monday.');
    expect(entityNames(x, 'Country')).toEqual(['Ghana']);
  });
});

describe("the headline's country for unqualified titles", () => {
  it('reads a demonym in the headline as the story country', () => {
    const x = extractDocument(parseArticle('txt', 'Port operator fined as Ghanaian court rules\n\nA court in the capital fined the port operator on Monday. Transport Minister Kofi Mensah said he would study the ruling. The operator is the largest in Ghana.', 't'));
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toEqual(['Kofi Mensah -HOLDS_ROLE-> Ghana']);
  });
});

describe('aid pledged to no one named', () => {
  const wire = (text: string) => extractDocument(parseArticle('txt', text, 'wire-test'));
  const pledges = (text: string) => triples(wire(text), (r) => r.type === 'PLEDGED');

  it("goes to the dateline's country when another country gives it", () => {
    expect(pledges('LIMA (Reuters) - Floods hit Peru on Monday. Argentina pledged 50 million dollars in emergency aid on Tuesday.')).toEqual(['Argentina -PLEDGED-> Peru']);
    expect(pledges('LIMA (Reuters) - Floods hit Peru on Monday. Argentina pledged $50 million on Tuesday.')).toEqual(['Argentina -PLEDGED-> Peru']);
  });

  it('is no pledge to anyone when the country gives to itself or pledges no aid', () => {
    expect(pledges('LIMA (Reuters) - Floods hit Peru on Monday. Peru pledged $50 million for reconstruction.')).toEqual([]);
    expect(pledges('LIMA (Reuters) - Floods hit Peru on Monday. Argentina pledged to cut emissions.')).toEqual([]);
  });
});

describe('a participle modifying the visited place', () => {
  it('reads "visited the badly hit village of X" as a visit to X', () => {
    const x = extract('President Ana Lopes visited the badly hit village of Santa Rita on Monday.');
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Ana Lopes -VISITED-> Santa Rita']);
  });

  it('still stops at a second verb ("visited the area and met farmers in X")', () => {
    const x = extract('President Ana Lopes visited the area and met farmers in Santa Rita on Monday.');
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual([]);
  });
});

describe('an unknown word coordinated with a place', () => {
  it('is a place too ("in Khovd and Darkhan"-like)', () => {
    const x = extract('Anna Berg visited polling stations in Bishkek and Tarvel on Sunday.');
    expect(entityNames(x, 'Location')).toEqual(['Bishkek', 'Tarvel']);
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Anna Berg -VISITED-> Bishkek', 'Anna Berg -VISITED-> Tarvel']);
  });
});

describe('an organisation noun qualifying a title', () => {
  it('"former federation president X" holds the role in the federation named before', () => {
    expect(roles('The Ghana Football Association suspended three referees on Monday. Former federation president Kwame Asante said the decision was fair.')).toEqual([
      'Kwame Asante -HOLDS_ROLE-> Ghana Football Association',
    ]);
  });

  it('"party leader X" holds the role in the party named before', () => {
    expect(roles('The Progressive Party won 40 seats on Monday. The result was fair, party leader Kwame Asante said.')).toEqual(['Kwame Asante -HOLDS_ROLE-> Progressive Party']);
  });

  it('does not read "the federation" as a Confederation', () => {
    expect(roles('The West African Football Confederation met on Monday. Former federation president Kwame Asante said the decision was fair.')).toEqual([]);
  });
});

describe('local offices', () => {
  const wire = (text: string) => triples(extractDocument(parseArticle('txt', text, 'wire-test')), (r) => r.type === 'HOLDS_ROLE');

  it('holds "Sindh Chief Minister X" in the province, not the dateline country', () => {
    expect(wire('LAHORE (Reuters) - Floods hit Pakistan on Monday. Sindh Chief Minister Ali Khan said ten people died.')).toEqual(['Ali Khan -HOLDS_ROLE-> Sindh']);
  });

  it('reads "X, 46, a former mayor of Karachi" and "Karachi mayor X" as the city\'s', () => {
    expect(wire('LAHORE (Reuters) - Floods hit Pakistan on Monday. Ali Khan, 46, a former mayor of Karachi, said ten people died.')).toEqual(['Ali Khan -HOLDS_ROLE-> Karachi']);
    expect(wire('LAHORE (Reuters) - Floods hit Pakistan on Monday. Karachi mayor Ali Khan said ten people died.')).toEqual(['Ali Khan -HOLDS_ROLE-> Karachi']);
  });

  it('keeps a region spanning countries a portfolio ("Asia envoy")', () => {
    expect(roles('Japan named a new Asia envoy on Monday. Asia envoy Kenji Sato said the talks would resume.')).not.toContain('Kenji Sato -HOLDS_ROLE-> Asia');
  });
});

describe('support through a coalition', () => {
  it('"X leads/joined a coalition backing Y": X supports Y', () => {
    expect(triples(extract('Brazil, which leads a military coalition backing Peru, said the talks would resume.'), (r) => r.type === 'SUPPORTS')).toEqual(['Brazil -SUPPORTS-> Peru']);
    expect(triples(extract('Brazil joined a group supporting Peru.'), (r) => r.type === 'SUPPORTS')).toEqual(['Brazil -SUPPORTS-> Peru']);
  });

  it('reads "the internationally recognised government" as the government nominal', () => {
    const x = extractDocument(parseArticle('txt', 'ADEN (Reuters) - Fighting resumed in Yemen on Monday. Oman, which leads a military coalition backing the internationally recognised government, said the talks would resume.', 'wire-test'));
    expect(triples(x, (r) => r.type === 'SUPPORTS')).toEqual(['Oman -SUPPORTS-> Yemen']);
  });
});

describe('first names that are also months', () => {
  it('keeps "Jan Berg" and "Jan de Vries" whole, and "Jan 5" a date', () => {
    expect(entityNames(extract('UN envoy Jan Berg said the talks would resume on Jan 5.'), 'Person')).toEqual(['Jan Berg']);
    expect(entityNames(extract('Jan de Vries said the vote was calm.'), 'Person')).toEqual(['Jan de Vries']);
  });

  it('does not read "in May Monday" as a name', () => {
    expect(entityNames(extract('The talks resumed in May Monday after a pause.'), 'Person')).toEqual([]);
  });
});

describe('"both sides" as a group', () => {
  it('urges the two people named before, not the one who urges', () => {
    const x = extract('Foreign Minister Ana Ruiz of Peru met Foreign Minister Luis Mora of Chile in Quito on Monday. UN envoy Peter Berg urged both sides to release all prisoners.');
    expect(triples(x, (r) => r.type === 'URGED')).toEqual(['Peter Berg -URGED-> Ana Ruiz', 'Peter Berg -URGED-> Luis Mora']);
  });
});

describe('"both governments" as a group of countries', () => {
  it('urges the two countries named before', () => {
    const x = extract('Fighting between Peru and Chile resumed on Monday. Brazil urged the two countries to respect the ceasefire.');
    expect(triples(x, (r) => r.type === 'URGED')).toEqual(['Brazil -URGED-> Peru', 'Brazil -URGED-> Chile']);
  });

  it("leaves out the urging minister's own country", () => {
    const x = extract(
      'Bolivia condemned the clashes on Sunday. Bolivian Foreign Minister Ana Ruiz spoke with her Peruvian and Chilean counterparts, Luis Mora and Juan Soto, and called on both governments to respect the ceasefire.',
    );
    expect(triples(x, (r) => r.type === 'URGED')).toEqual(['Ana Ruiz -URGED-> Peru', 'Ana Ruiz -URGED-> Chile']);
  });
});

describe('a nominal after an organisation\'s short form', () => {
  it('finds "the commission" through the short form "GEC" of the Ghana Energy Commission', () => {
    const x = extract(
      'The Ghana Energy Commission (GEC) fined the firm on Monday. The firm appealed. The GEC said the fine stood. The firm said it would pay. Talks ended. Officials left. The commission was urged by the Cocoa Growers Association of Ghana (Cogag) to publish its findings.',
    );
    expect(triples(x, (r) => r.type === 'URGED')).toEqual(['Cocoa Growers Association of Ghana -URGED-> Ghana Energy Commission']);
  });
});

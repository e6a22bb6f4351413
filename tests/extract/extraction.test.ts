import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../src/model.js';
import { entityNames, extract, triples } from '../helpers.js';

describe('mentions and coreference', () => {
  it('joins honorific and surname mentions to the full name, and keeps the alias', () => {
    const x = extract('Canadian Foreign Minister Helena Marchetti arrived in Lima on Monday. Ms Marchetti said Peru was a partner. Marchetti left later.', '2022-03-09');
    const people = x.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.name)).toEqual(['Helena Marchetti']);
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Ms Marchetti', 'Marchetti']));
    expect(extractionSchema.safeParse(x).success).toBe(true);
  });

  it('keeps two people who share a surname apart', () => {
    const x = extract('Senator Paul Okafor met his brother Daniel Okafor in Abuja. Daniel Okafor is a banker.');
    expect(entityNames(x, 'Person')).toEqual(['Daniel Okafor', 'Paul Okafor']);
  });

  it('does not make a person of a vocative title', () => {
    const x = extract('"Thank you, Mr President," said the visiting envoy Tomas Lindqvist.');
    expect(entityNames(x, 'Person')).toEqual(['Tomas Lindqvist']);
  });

  it('reads a capital acting as its government as the country, and as a place otherwise', () => {
    const x = extract('Paris says the deal is dead. The minister flew to Paris on Friday.', '2023-06-10');
    const france = x.entities.find((e) => e.name === 'France');
    expect(france?.type).toBe('Country');
    expect(x.entities.find((e) => e.name === 'Paris')?.type).toBe('Location');
  });

  it('types demonym-qualified titles as roles of the country', () => {
    const x = extract('Kenyan President Amara Wanjiku visited Uganda.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toEqual(['Amara Wanjiku -HOLDS_ROLE-> Kenya']);
    expect(x.relations.find((r) => r.type === 'HOLDS_ROLE')?.role).toBe('President');
  });

  it('reads "X of Y" roles and possessive roles', () => {
    const x = extract("Chile's foreign minister Rosa Alvarado met Prime Minister Anand Mehta of India in Santiago.");
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE').sort()).toEqual(['Anand Mehta -HOLDS_ROLE-> India', 'Rosa Alvarado -HOLDS_ROLE-> Chile']);
  });
});

describe('relations', () => {
  it('finds a meeting in the active voice, with its date', () => {
    const x = extract('Prime Minister Anand Mehta met Rosa Alvarado on Tuesday.', '2021-05-08');
    const met = x.relations.find((r) => r.type === 'MET')!;
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Anand Mehta -MET-> Rosa Alvarado']);
    expect(met.date).toBe('2021-05-04');
    expect(met.evidence).toBe('Prime Minister Anand Mehta met Rosa Alvarado on Tuesday.');
  });

  it('reads the passive voice with its agent', () => {
    const x = extract('Brazil was accused by Argentina of flooding the market.');
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual(['Argentina -ACCUSED-> Brazil']);
  });

  it('drops negated relations', () => {
    const x = extract('Nigeria did not accuse Ghana of anything, officials said.');
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual([]);
  });

  it('marks hedged plans as not asserted', () => {
    const x = extract('Chancellor Greta Holm is keen to visit Norway next month.', '2022-01-15');
    const visit = x.relations.find((r) => r.type === 'VISITED');
    expect(visit?.modality).toBe('planned');
  });

  it('coordinated objects each get the relation', () => {
    const x = extract('The crisis prompted Poland to urge Germany and France to act.');
    expect(triples(x, (r) => r.type === 'URGED').sort()).toEqual(['Poland -URGED-> France', 'Poland -URGED-> Germany']);
  });

  it('reads "X and Y traded accusations" both ways', () => {
    const x = extract('Armenia and Azerbaijan traded accusations over the shelling.');
    expect(triples(x, (r) => r.type === 'ACCUSED').sort()).toEqual(['Armenia -ACCUSED-> Azerbaijan', 'Azerbaijan -ACCUSED-> Armenia']);
  });

  it('gives a sentence-initial adjunct the main clause subject', () => {
    const x = extract('After meeting Prime Minister Anand Mehta, Senator Paul Okafor said the talks went well.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Paul Okafor -MET-> Anand Mehta']);
  });

  it('reads a visit noun with the clause subject as visitor', () => {
    const x = extract('During a visit to Nairobi, Senator Paul Okafor praised Kenya.');
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Paul Okafor -VISITED-> Nairobi']);
  });

  it('reads relative clauses: "which it annexed"', () => {
    const x = extract('Troops moved to the Sinai peninsula, which Egypt annexed long ago.');
    expect(triples(x, (r) => r.type === 'ANNEXED')).toEqual(['Egypt -ANNEXED-> Sinai Peninsula']);
  });

  it('reads the beneficiary of a pledge after "for" only behind what is pledged', () => {
    const x = extract('Portugal pledged support for Mozambique after the storm. Spain promised emergency aid for Malawi. Italy vowed to push for talks with Zambia.');
    expect(triples(x, (r) => r.type === 'PLEDGED').sort()).toEqual(['Portugal -PLEDGED-> Mozambique', 'Spain -PLEDGED-> Malawi']);
  });

  it('every evidence is a sentence of the text', () => {
    const text = 'Japan pledged support to the Philippines. Later, Vietnam urged China to show restraint.';
    const x = extract(text);
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) expect(text.slice(r.start, r.end)).toBe(r.evidence);
  });
});

describe('roles and groups in context', () => {
  it('reads an unknown employer before a title, even opening a sentence', () => {
    const x = extract('Norvik chief executive Lena Holt said the deal was done. The board backed her.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toEqual(['Lena Holt -HOLDS_ROLE-> Norvik']);
    expect(x.entities.find((e) => e.name === 'Norvik')?.type).toBe('Organization');
  });

  it('reads roles stated with a copula and with "who heads"', () => {
    const x = extract("Tomas Berg is the country's trade minister in Sweden's new cabinet. Eva Lind, who heads the Nordic Council, agreed.");
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE').sort()).toEqual(['Eva Lind -HOLDS_ROLE-> Nordic Council']);
  });

  it('reads "the two ministers" as the two ministers named before', () => {
    const x = extract('Kenyan Foreign Minister Amara Wanjiku and Ugandan Foreign Minister Joel Okello arrived on Monday. The two ministers met President Samia Hassan.');
    expect(triples(x, (r) => r.type === 'MET').sort()).toEqual(['Amara Wanjiku -MET-> Samia Hassan', 'Joel Okello -MET-> Samia Hassan']);
  });

  it('gives an unqualified head of government the country of the minister who speaks of them', () => {
    const x = extract('Australian Foreign Minister Ruth Gale said Prime Minister Ian Cole would like to visit Fiji.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE').sort()).toEqual(['Ian Cole -HOLDS_ROLE-> Australia', 'Ruth Gale -HOLDS_ROLE-> Australia']);
  });

  it('does not make the object of a reported clause share the speaker country', () => {
    const x = extract('Australian Foreign Minister Ruth Gale said she would meet President Ana Silva.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toEqual(['Ruth Gale -HOLDS_ROLE-> Australia']);
  });

  it('reads a capital as the government when it is the object of an accusation', () => {
    const x = extract('Buenos Aires has accused Brasília of shielding its car industry.');
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual(['Argentina -ACCUSED-> Brazil']);
  });

  it('reads a place after which someone acts in a "where" clause as visited', () => {
    const x = extract('The envoys flew on to Fiji, where they met with Prime Minister Jone Rabuka. Chancellor Greta Holm then flew to Samoa, where she met local leaders.');
    expect(triples(x, (r) => r.type === 'VISITED')).toContain('Greta Holm -VISITED-> Samoa');
  });
});

describe('common wire constructions', () => {
  it('reads "his <demonym> counterpart X" as a meeting partner holding the same office', () => {
    const x = extract('Turkish President Tayyip Erdogan hosted his Ukrainian counterpart Volodymyr Zelenskiy in Istanbul.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Tayyip Erdogan -MET-> Volodymyr Zelenskiy']);
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE').sort()).toEqual(['Tayyip Erdogan -HOLDS_ROLE-> Turkey', 'Volodymyr Zelenskiy -HOLDS_ROLE-> Ukraine']);
  });

  it('reads a capital receiving aid as its government', () => {
    const x = extract("Germany's Chancellor Olaf Scholz pledged to send more air defence systems to Kyiv.");
    expect(triples(x, (r) => r.type === 'PLEDGED')).toEqual(['Olaf Scholz -PLEDGED-> Ukraine']);
  });
});

describe('appointments and attendance', () => {
  it('reads roles given by appointment or election', () => {
    const x = extract('Maria Lopes was appointed foreign minister of Angola in 2022. Joao Neto, who was elected president of the Angolan Football Federation last year, resigned.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE').sort()).toEqual(['Joao Neto -HOLDS_ROLE-> Angolan Football Federation', 'Maria Lopes -HOLDS_ROLE-> Angola']);
  });

  it('places those who attend a summit where it is held', () => {
    const x = extract('The summit in Luanda was attended by President Kofi Mensah of Ghana.');
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Kofi Mensah -VISITED-> Luanda']);
  });
});

describe('joint action', () => {
  it('reads two people who sign or agree together as having met, but not two countries', () => {
    const people = extract('President Ana Silva and Prime Minister Rui Costa signed the accord on Friday.', '2024-03-09');
    expect(triples(people, (r) => r.type === 'MET')).toEqual(['Ana Silva -MET-> Rui Costa']);
    const countries = extract('Japan and South Korea agreed to resume talks.');
    expect(triples(countries, (r) => r.type === 'MET')).toEqual([]);
  });
});

describe('more ways to urge and accuse', () => {
  it('reads "called for X to", "demanded that X", "held X responsible"', () => {
    const x = extract('Egypt called for Israel to halt the offensive. The minister called for calm. Ankara held Damascus responsible for the attack. Kenya demanded that Somalia withdraw its troops.');
    expect(triples(x).sort()).toEqual(['Egypt -URGED-> Israel', 'Kenya -URGED-> Somalia', 'Turkey -ACCUSED-> Syria']);
  });
});

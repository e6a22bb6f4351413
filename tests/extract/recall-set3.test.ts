import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseArticle } from '../../src/input/read.js';
import { entityNames, extract, triples } from '../helpers.js';

/** A wire report, its dateline read from the lead ("LILONGWE (Reuters) - …"). */
const wire = (text: string) => extractDocument(parseArticle('txt', text, 'wire-test'));

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

describe('"the government" as a country', () => {
  it("reads \"the government\" as the country whose government the text named, not the host's", () => {
    const x = extract("Sudan's government and the RSF opened talks in Jeddah, Saudi officials said. The RSF was accused by the government of shelling a market.");
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual(['Sudan -ACCUSED-> Rapid Support Forces']);
  });

  it('reads "the government" in a datelined report as the dateline country, not a foreign "authorities"', () => {
    const x = wire('LILONGWE (Reuters) - Floods hit Malawi on Monday. Farmers blamed Zambian authorities for opening a dam. The opposition Freedom Party accused the government of ignoring forecasts.');
    expect(triples(x, (r) => r.type === 'ACCUSED' && r.trigger === 'accused')).toEqual(['Freedom Party -ACCUSED-> Malawi']);
  });

  it('keeps "the government of X" and "the government in X" to that place', () => {
    const x = wire('LILONGWE (Reuters) - Floods hit Malawi on Monday. Tanzania backed the government of Zambia.');
    expect(triples(x, (r) => r.type === 'SUPPORTS')).toEqual(['Tanzania -SUPPORTS-> Zambia']);
  });
});

describe('predicates coordinated by "but"', () => {
  it('gives the second predicate of "X said … but urged Y" the first one\'s subject', () => {
    const x = extract('Monitors from the African Union said the count was orderly but urged Kenya to publish the results.');
    expect(triples(x, (r) => r.type === 'URGED')).toEqual(['African Union -URGED-> Kenya']);
  });
});

describe('people standing for the body they come from', () => {
  it('reads "met negotiators from X" as meeting X', () => {
    const x = extract('The Chadian envoy Ali Mahamat met negotiators from the Sudan Liberation Movement on Monday.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Ali Mahamat -MET-> Sudan Liberation Movement']);
  });

  it('does not read "members of X" as X', () => {
    const x = extract('Senator Ruth Obi met members of the Nigerian Bar Association on Monday.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual([]);
  });
});

describe('"the government in CAPITAL"', () => {
  it('reads the government in a capital as its country, keeping the city a place', () => {
    const x = extract('Venezuela thanked its allies. Cuba, which backs the government in Caracas, stayed away.');
    expect(triples(x, (r) => r.type === 'SUPPORTS')).toEqual(['Cuba -SUPPORTS-> Venezuela']);
    expect(entityNames(x, 'Location')).toEqual(['Caracas']);
  });
});

describe('quotations opening on the predicate', () => {
  it('finds the subject outside a quotation that begins with its verb', () => {
    const x = extract('Ambassador Li Wei said China "stands firmly with the people of Fiji" after the storm.');
    expect(triples(x, (r) => r.type === 'SUPPORTS')).toEqual(['China -SUPPORTS-> Fiji']);
  });
});

describe('trailing adjuncts', () => {
  it('gives "…, after meeting X, during a visit to Y" the main clause subject', () => {
    const x = extract("Chilean President Rosa Vidal said on Friday that the accord was close, after meeting Peru's trade minister, Luis Quispe, during a two-day visit to Lima.");
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Rosa Vidal -MET-> Luis Quispe']);
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Rosa Vidal -VISITED-> Lima']);
  });

  it('reads "said X before meeting Y" without a comma too', () => {
    const x = extract('Senator Amos Kariuki said the vote was fair before meeting Governor Ruth Wambui.');
    expect(triples(x, (r) => r.type === 'MET')).toEqual(['Amos Kariuki -MET-> Ruth Wambui']);
  });
});

describe('lower-case bodies', () => {
  it('resolves "the authority" and "the regulator" to the authority named before', () => {
    const x = extract('The Energy Regulatory Authority fined Volta Power on Monday. The authority was urged by the Consumers Union to publish its findings. Union head Mary Atieno said the group supported the regulator.');
    expect(triples(x, (r) => r.type === 'URGED')).toEqual(['Consumers Union -URGED-> Energy Regulatory Authority']);
    expect(triples(x, (r) => r.type === 'SUPPORTS')).toEqual(['Consumers Union -SUPPORTS-> Energy Regulatory Authority']);
  });
});

describe('hosts of visitors', () => {
  it('gives an unqualified head of government met by visitors to one country that country', () => {
    const x = extract('Australian Foreign Minister Jane Moss and New Zealand Foreign Minister Tom Reed flew to Apia on Wednesday, after a storm hit Samoa. The two ministers met Prime Minister Lina Faleolo at her office.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE' && r.role === 'Prime Minister')).toEqual(['Lina Faleolo -HOLDS_ROLE-> Samoa']);
  });

  it('does not make a fellow visitor the host', () => {
    const x = extract('Australian Foreign Minister Jane Moss flew to Apia on Wednesday, after a storm hit Samoa. President Ivo Kalu also travelled to Apia. Moss met President Ivo Kalu there.');
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE' && r.role === 'President')).toEqual([]);
  });
});

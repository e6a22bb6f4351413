import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseArticle } from '../../src/input/read.js';
import { extract, triples } from '../helpers.js';

const roles = (text: string) => triples(extract(text), (r) => r.type === 'HOLDS_ROLE');

describe('a closing attribution names the country of an unqualified title', () => {
  it('gives the subject the country of the officials, government or minister who said it', () => {
    expect(roles('Finance Minister Kofi Mensah will fly to Lima next week, Ghanaian officials said.')).toEqual(['Kofi Mensah -HOLDS_ROLE-> Ghana']);
    expect(roles('President Ana Lopes and Peruvian President Juan Perez agreed to cut tariffs, the White House said. The United States and Peru trade in copper.')).toEqual([
      'Juan Perez -HOLDS_ROLE-> Peru',
      'Ana Lopes -HOLDS_ROLE-> United States',
    ]);
    expect(roles('Ghanaian Trade Minister Ama Owusu opened the fair. Finance Minister Kofi Mensah will fly to Lima next week, Owusu said.')).toEqual([
      'Ama Owusu -HOLDS_ROLE-> Ghana',
      'Kofi Mensah -HOLDS_ROLE-> Ghana',
    ]);
  });

  it('says nothing of an object, or when the closing clause is no attribution', () => {
    expect(roles('Juan Perez will meet Prime Minister Kofi Mensah next week, Ghanaian officials said.')).toEqual([]);
    expect(roles('Prime Minister Kofi Mensah left early, before Ghanaian officials arrived.')).toEqual([]);
  });
});

describe("a foreign report keeps the dateline's country from an unqualified title", () => {
  const wireRoles = (text: string) => triples(extractDocument(parseArticle('txt', text, 'wire-test')), (r) => r.type === 'HOLDS_ROLE');

  it('gives no country when the sentence reports another country', () => {
    expect(wireRoles('LIMA (Reuters) - Peru and Chile held trade talks on Monday. Chilean officials said the delegation would brief President Rosa Vidal on Tuesday.')).toEqual([]);
  });

  it("still gives the dateline's country otherwise, and an infinitive is no report", () => {
    expect(wireRoles('LIMA (Reuters) - Peru and Chile held trade talks on Monday. Peruvian officials said the delegation would brief President Rosa Vidal on Tuesday.')).toEqual(['Rosa Vidal -HOLDS_ROLE-> Peru']);
    expect(wireRoles('LIMA (Reuters) - Peru and Chile held trade talks on Monday. Foreign Minister Rosa Vidal urged Chile to explain the delay.')).toEqual(['Rosa Vidal -HOLDS_ROLE-> Peru']);
  });
});

describe('a headline opening on a country acting', () => {
  const story = (text: string) => triples(extractDocument(parseArticle('txt', text, 't')), (r) => r.type === 'HOLDS_ROLE');

  it('is the story country for unqualified titles when the headline names two', () => {
    expect(story('Ghana asks Togo to reopen border crossing\n\nFinance Minister Kofi Mensah wrote to the government in Lome on Monday. Togo closed the crossing last month.')).toEqual(['Kofi Mensah -HOLDS_ROLE-> Ghana']);
  });

  it('is not when the headline opens on something else', () => {
    expect(story('Border crossing between Ghana and Togo stays shut\n\nFinance Minister Kofi Mensah wrote to the government in Lome on Monday. Togo closed the crossing last month.')).toEqual([]);
  });
});

describe('a purpose infinitive after a trip', () => {
  const meets = (text: string) => triples(extract(text), (r) => r.type === 'MET');

  it('has the traveller as its subject', () => {
    expect(meets('Ana Lopes flew to Lima on Monday to meet Juan Perez.')).toEqual(['Ana Lopes -MET-> Juan Perez']);
    const planned = extract('Ana Lopes is expected to travel to Lima next week to meet Juan Perez.');
    expect(planned.relations.find((r) => r.type === 'MET')?.modality).toBe('planned');
  });

  it('keeps a negation and leaves object control alone', () => {
    expect(meets('Ana Lopes did not travel to Lima to meet Juan Perez.')).toEqual([]);
    expect(meets('Ana Lopes asked the envoy in Lima to meet Juan Perez.')).toEqual([]);
  });
});

describe('the host of a planned trip', () => {
  it('is at home where the visitor plans to meet them', () => {
    expect(roles('Ana Lopes is expected to travel to Lima next week to meet Trade Minister Juan Perez. Peru and Chile trade copper.')).toEqual(['Juan Perez -HOLDS_ROLE-> Peru']);
  });

  it('needs the planned meeting in the same sentence as the planned trip', () => {
    expect(roles('Ana Lopes will travel to Lima next week. She will also meet Trade Minister Juan Perez. Peru and Chile trade copper.')).toEqual([]);
  });
});

describe('a government title with a complement', () => {
  const wireRoles = (text: string) => triples(extractDocument(parseArticle('txt', text, 'wire-test')), (r) => r.type === 'HOLDS_ROLE');

  it('is read by its head noun ("Minister of Foreign Affairs", "Secretary of State")', () => {
    expect(wireRoles('LIMA (Reuters) - Peru and Chile held trade talks on Monday. Minister of Foreign Affairs Rosa Vidal opened them.')).toEqual(['Rosa Vidal -HOLDS_ROLE-> Peru']);
    expect(wireRoles('LIMA (Reuters) - Peru and Chile held trade talks on Monday. Secretary of State Rosa Vidal opened them.')).toEqual(['Rosa Vidal -HOLDS_ROLE-> Peru']);
  });
});

describe('a relative clause on an apposition', () => {
  it('is about the person the apposition describes', () => {
    expect(roles('Ana Lopes, a veteran lawmaker who now heads the Green Party, spoke on Monday.')).toEqual(['Ana Lopes -HOLDS_ROLE-> Green Party']);
    expect(triples(extract('Ana Lopes, a veteran diplomat who met Juan Perez last year, spoke on Monday.'), (r) => r.type === 'MET')).toEqual(['Ana Lopes -MET-> Juan Perez']);
  });

  it('needs the apposition to open with a determiner after a comma', () => {
    expect(roles('Ana Lopes met the lawmaker who now heads the Green Party.')).toEqual([]);
  });
});

describe('an object relative clause on an organisation', () => {
  it('reads "the X, which Y commands" as Y holding a role in X, past a bracketed short form', () => {
    expect(roles('The Green Army, which Ana Lopes commands, won the battle.')).toEqual(['Ana Lopes -HOLDS_ROLE-> Green Army']);
    expect(roles('The Green Army (GA), which Ana Lopes commands, was accused of abuses.')).toEqual(['Ana Lopes -HOLDS_ROLE-> Green Army']);
  });
});

describe('a post held in an organisation', () => {
  it('reads "holds a senior post in X", "took up a position at X" as a role in X', () => {
    expect(roles('Ana Lopes, who holds a senior post in the ruling Green Party, spoke on Monday.')).toEqual(['Ana Lopes -HOLDS_ROLE-> Green Party']);
    expect(roles('Ana Lopes took up a position at Andes Capital in May.')).toEqual(['Ana Lopes -HOLDS_ROLE-> Andes Capital']);
  });

  it('is no role for talks held in a place, or a post not held', () => {
    expect(roles('Ana Lopes held talks in Lima with the Green Party.')).toEqual([]);
    expect(roles('Ana Lopes has never held a post in the Green Party.')).toEqual([]);
  });
});

describe('an organisation nominal far from the name', () => {
  const story = 'The Andes Football Association was fined on Friday. Its board met. Fans protested. Clubs complained. Sponsors left. Players waited. Coaches spoke. Former federation president Juan Perez welcomed the fine.';

  it('refers back to the one organisation of its kind', () => {
    expect(roles(story)).toEqual(['Juan Perez -HOLDS_ROLE-> Andes Football Association']);
  });

  it('stays unresolved when two fit', () => {
    expect(roles(story.replace('Its board met.', 'The Lima Football Association met.'))).toEqual([]);
  });
});

describe("'they' after a country's officials", () => {
  it('stands for the country, in the same sentence or the next', () => {
    expect(triples(extract('Ana Lopes met Ghanaian officials in Lima and asked them to hold a new vote.'), (r) => r.type === 'URGED')).toEqual(['Ana Lopes -URGED-> Ghana']);
    expect(triples(extract('Ghanaian officials met Juan Perez on Monday. They urged him to resign.'), (r) => r.type === 'URGED')).toEqual(['Ghana -URGED-> Juan Perez']);
  });

  it('does not reach two sentences back', () => {
    expect(triples(extract('Ghanaian officials met Juan Perez on Monday. The talks ran late. They urged him to resign.'), (r) => r.type === 'URGED')).toEqual([]);
  });
});

describe('a participle adjunct after a time adjunct', () => {
  it('takes the subject that stands before "on Friday"', () => {
    expect(triples(extract('Ghana on Monday closed the border, accusing Togo of smuggling.'), (r) => r.type === 'ACCUSED')).toEqual(['Ghana -ACCUSED-> Togo']);
    expect(triples(extract('Ghana last week closed the border, accusing Togo of smuggling.'), (r) => r.type === 'ACCUSED')).toEqual(['Ghana -ACCUSED-> Togo']);
  });
});

describe("a headline's short organisation name", () => {
  const story = (text: string) => extractDocument(parseArticle('txt', text, 't'));

  it('is the organisation the story names in full below it', () => {
    const x = story('Transport Authority accuses Nova Telecom of overcharging\n\nA court in Accra on Monday halted a fine imposed on Nova Telecom by the Transport Authority of Ghana (TAG).');
    expect(x.entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort()).toEqual(['Nova Telecom', 'Transport Authority of Ghana']);
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual(['Transport Authority of Ghana -ACCUSED-> Nova Telecom']);
  });

  it('joins even when its words are all head words ("Communications Authority")', () => {
    const x = story('Communications Authority accuses Nova Telecom of overcharging\n\nA court in Accra on Monday halted a fine imposed on Nova Telecom by the Communications Authority of Ghana (CAG).');
    expect(triples(x, (r) => r.type === 'ACCUSED')).toEqual(['Communications Authority of Ghana -ACCUSED-> Nova Telecom']);
  });
});

describe('a place inside a visit object', () => {
  const visits = (text: string) => triples(extract(text), (r) => r.type === 'VISITED');

  it('reads "visited dozens of clinics across X" as a visit to X', () => {
    expect(visits('Ana Lopes visited dozens of rural clinics across Lima.')).toEqual(['Ana Lopes -VISITED-> Lima']);
    expect(visits('Ana Lopes visited flooded farms throughout Lima.')).toEqual(['Ana Lopes -VISITED-> Lima']);
  });

  it('still stops at a clause of its own', () => {
    expect(visits('Ana Lopes visited farms that supply markets across Lima.')).toEqual([]);
  });
});

describe("the members listed in a country's delegation", () => {
  it("hold their titles in the delegation's country", () => {
    expect(roles('A Ghanaian delegation led by Trade Minister Ana Lopes and Adviser Kofi Mensah visited Lima. Ghana and Peru trade cocoa.')).toEqual([
      'Ana Lopes -HOLDS_ROLE-> Ghana',
      'Kofi Mensah -HOLDS_ROLE-> Ghana',
    ]);
    expect(roles('The talks ended in Lima, where Ana Lopes led a Ghanaian delegation that included Security Adviser Kofi Mensah.')).toEqual(['Kofi Mensah -HOLDS_ROLE-> Ghana']);
  });

  it('does not reach a team with no country', () => {
    expect(roles('A Ghanaian delegation met a team led by Trade Minister Ana Lopes.')).toEqual([]);
  });
});

describe('a bare number as subject ("The three met")', () => {
  it('stands for the titled people named before, who met one another', () => {
    expect(triples(extract('Foreign Minister Ana Lopes will host Trade Minister Juan Perez and Finance Minister Kofi Mensah next week. The three met in Lima in December.'), (r) => r.type === 'MET' && !r.modality)).toEqual([
      'Ana Lopes -MET-> Juan Perez',
      'Ana Lopes -MET-> Kofi Mensah',
    ]);
  });

  it('is no meeting when the number counts something else', () => {
    expect(triples(extract('Foreign Minister Ana Lopes spoke on Monday. The three ministries merged in May.'), (r) => r.type === 'MET')).toEqual([]);
  });
});

describe('where participants named as subjects met', () => {
  it('is read right after the verb ("A and B met in Lima")', () => {
    const x = extract('Ghanaian Trade Minister Ana Lopes and Peruvian Trade Minister Juan Perez met in Lima on Monday.');
    expect(triples(x, (r) => r.type === 'VISITED')).toEqual(['Ana Lopes -VISITED-> Lima']);
  });
});

describe('visits read from a meeting of a group', () => {
  it('count each member whose home country is not the meeting place', () => {
    const x = extract('Ghanaian Trade Minister Ana Lopes will host Peruvian Trade Minister Juan Perez and Chilean Trade Minister Rosa Vidal next week. The three met in Accra in May.');
    expect(triples(x, (r) => r.type === 'VISITED' && !r.modality)).toEqual(['Juan Perez -VISITED-> Accra', 'Rosa Vidal -VISITED-> Accra']);
  });
});

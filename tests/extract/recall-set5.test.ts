import { describe, expect, it } from 'vitest';
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

import { describe, expect, it } from 'vitest';
import { extract, triples } from '../helpers.js';

const roles = (text: string) => triples(extract(text), (r) => r.type === 'HOLDS_ROLE');

describe('roles after an apposition', () => {
  it('reads "X, …, is the country\'s transport minister" like "X is …"', () => {
    expect(roles("Ghana opened a new port on Monday. Her cousin, Ama Mensah, is the country's transport minister.")).toEqual(['Ama Mensah -HOLDS_ROLE-> Ghana']);
    expect(roles("Ghana opened a new port on Monday. Her cousin, Ama Mensah, is Ghana's finance minister.")).toEqual(['Ama Mensah -HOLDS_ROLE-> Ghana']);
  });
});

/** Accusation in what someone says (src/extract/relations/speech.ts). */
import { describe, expect, it } from 'vitest';
import { extract, triples } from '../../helpers.js';

const accused = (r: { type: string }) => r.type === 'ACCUSED';

describe('relations/speech', () => {
  it("reads 'called X's conduct a breach' as an accusation", () => {
    expect(triples(extract('Senator Ana Ruiz called Mark Dole\'s conduct a "breach of his duties," on Monday.'), accused)).toEqual(['Ana Ruiz -ACCUSED-> Mark Dole']);
    expect(triples(extract('Senator Ana Ruiz called Mark Dole\'s plan a good idea.'), accused)).toEqual([]);
  });

  it('reads a reported clause whose predicate charges its subject', () => {
    expect(triples(extract('Dr. Tom Hale emphasized that Hamas is a barbaric terrorist organization.'), accused)).toEqual(['Tom Hale -ACCUSED-> Hamas']);
    expect(triples(extract("Minister Lisa Berg said Russia's invasion was illegal."), accused)).toEqual(['Lisa Berg -ACCUSED-> Russia']);
  });

  it('does not charge a victim or a plain description', () => {
    expect(triples(extract('Minister Lisa Berg said Ukraine faced aggression. Pedro Alves said Chile is a friend.'), accused)).toEqual([]);
  });

  it("reads a victim's account of harm done by named people as accusing them", () => {
    const x = extract('Emily Stone met officers Paul Quist and Marc Rene at a pub. In court, Emily Stone said she was gang raped by Paul Quist, Marc Rene, and a third officer.');
    expect(triples(x, accused).sort()).toEqual(['Emily Stone -ACCUSED-> Marc Rene', 'Emily Stone -ACCUSED-> Paul Quist']);
  });

  it('does not charge a victim named in a quotation', () => {
    expect(triples(extract('A deputy, Senator Tom Hale said, "Peru is facing terrorist attacks, so every measure is understandable."'), accused)).toEqual([]);
    expect(triples(extract('"Ali Karimi\'s murder is unacceptable," said Senator Tom Hale.'), accused)).toEqual([]);
    expect(triples(extract('"Peru was hit by brutal strikes," said Senator Tom Hale.'), accused)).toEqual([]);
    expect(triples(extract('Senator Tom Hale said, "Peru made another grave provocation."'), accused)).toEqual(['Tom Hale -ACCUSED-> Peru']);
  });

  it('does not give a quotation introduced by a non-speech verb to a speaker in a later sentence', () => {
    const x = extract('Lord Tom Hale, the president of the court, decided, according to the summary, "that Peru is reckless and its acts unlawful". Minister Ana Ruiz said she welcomed the ruling.');
    expect(triples(x, accused)).toEqual([]);
    expect(triples(extract('Senator Tom Hale spoke at length. "Peru made another grave provocation," he said.'), accused)).toEqual(['Tom Hale -ACCUSED-> Peru']);
  });
});

import { describe, expect, it } from 'vitest';
import { givenNameAt, headType, leadingDescriptor, namesAThing } from '../../src/extract/typing.js';
import { extract, triples } from '../helpers.js';

const typeOf = (x: ReturnType<typeof extract>) => Object.fromEntries(x.entities.map((e) => [e.name, e.type]));
const evidenceOf = (x: ReturnType<typeof extract>) => Object.fromEntries(x.entities.map((e) => [e.name, e.evidence]));
const people = (x: ReturnType<typeof extract>) => x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();

describe('typing: pure checks', () => {
  it('knows given names of many traditions, and initials before a surname', () => {
    for (const name of ['Olzhas Bekov', 'Jeyhun Aliyev', 'Yutaka Mori', 'Veranika Lis', 'Habibullah Noori', 'Jussi Laine', 'Vikram Rao', 'Sameh Adly'])
      expect(givenNameAt(name.split(' ')), name).toBe(true);
    expect(givenNameAt(['C.L.', 'Hardwick'])).toBe(true);
    expect(givenNameAt(['Cobalt', 'Meridian'])).toBe(false);
    expect(givenNameAt(['Hardwick'])).toBe(false);
  });

  it('types by the head word, the head before "of" first', () => {
    expect(headType(['Paranal', 'Observatory'])).toEqual({ type: 'Location', evidence: 'head:Observatory' });
    expect(headType(['Brightwater', 'Mall'])).toEqual({ type: 'Location', evidence: 'head:Mall' });
    expect(headType(['Ninth', 'Circuit'])).toEqual({ type: 'Organization', evidence: 'head:Circuit' });
    expect(headType(['Skyvia', 'Airlines'])).toEqual({ type: 'Organization', evidence: 'head:Airlines' });
    expect(headType(['Office', 'of', 'Housing', 'and', 'Budget'])).toEqual({ type: 'Organization', evidence: 'head:Office' });
  });

  it('recognises names of things that are none of the four types', () => {
    for (const thing of [['Clean', 'Rivers', 'Act'], ['Fourth', 'Amendment'], ['Blue', 'Harbour', 'Accord'], ['Green', 'Growth', 'Deal'], ['Orion', 'Space', 'Telescope'],
      ['Storm', 'Lola'], ['Korean', 'War'], ['World', 'War', 'II'], ['Avian', 'Flu'], ['Golden', 'Quill', 'Award'], ['Youth', 'Jobs', 'Programme'], ['USS', 'Wexford'], ['SkyLink', 'Flight']])
      expect(namesAThing(thing), thing.join(' ')).toBe(true);
    expect(namesAThing(['Mara', 'Lindqvist'])).toBe(false);
  });

  it('finds a descriptor opening a name', () => {
    expect(leadingDescriptor(['Podcaster', 'Lee', 'Adams'])).toBe(1);
    expect(leadingDescriptor(['Democrat', 'Okafor'])).toBe(1);
    expect(leadingDescriptor(['Longtime', 'Halvorsen'])).toBe(1);
    expect(leadingDescriptor(['Both', 'Pete', 'Lund'])).toBe(1);
    expect(leadingDescriptor(['Walker', 'Lee'])).toBe(0);
    expect(leadingDescriptor(['Maria', 'Lind'])).toBe(0);
  });
});

describe('typing: a person only with person evidence', () => {
  it('keeps people named with a given name of any tradition, and says why', () => {
    const x = extract('Olzhas Bekov met Habibullah Noori and Yutaka Mori in the capital on Monday.');
    expect(people(x)).toEqual(['Habibullah Noori', 'Olzhas Bekov', 'Yutaka Mori']);
    expect(evidenceOf(x)['Olzhas Bekov']).toBe('given-name');
  });

  it('keeps a person by honorific or title even without a known given name', () => {
    const x = extract('Mr Zebrowicz spoke first. Later, Governor Tavita Fuimaono said the roads were closed.');
    expect(typeOf(x)['Zebrowicz']).toBe('Person');
    expect(evidenceOf(x)['Zebrowicz']).toBe('honorific');
    expect(typeOf(x)['Tavita Fuimaono']).toBe('Person');
  });

  it('keeps a person by an apposition with an age', () => {
    const x = extract('Tavake Hufanga, 41, was driving home when the bridge gave way.');
    expect(typeOf(x)['Tavake Hufanga']).toBe('Person');
    expect(evidenceOf(x)['Tavake Hufanga']).toBe('apposition:age');
  });

  it('keeps the speaker when a personal pronoun refers back to him or her', () => {
    const x = extract('Tavake Hufanga said she would appeal the ruling.');
    expect(typeOf(x)['Tavake Hufanga']).toBe('Person');
  });

  it('drops a capitalised phrase with no person evidence', () => {
    const x = extract('Cobalt Meridian published the findings on Tuesday, and the results surprised astronomers.');
    expect(people(x)).toEqual([]);
  });

  it('types facilities and bodies by their head word', () => {
    const x = extract('Astronomers at the Paranal Observatory and shoppers at the Brightwater Mall saw the flash, the Ninth Circuit heard, and Skyvia Airlines cancelled flights.');
    const byName = typeOf(x);
    expect(byName['Paranal Observatory']).toBe('Location');
    expect(byName['Brightwater Mall']).toBe('Location');
    expect(byName['Ninth Circuit']).toBe('Organization');
    expect(byName['Skyvia Airlines']).toBe('Organization');
    expect(evidenceOf(x)['Paranal Observatory']).toBe('head:Observatory');
  });

  it('emits no entity for laws, deals, wars, instruments, weather and awards', () => {
    const x = extract(
      'Lawmakers passed the Clean Rivers Act and debated the Fourth Amendment. Veterans of the Korean War and World War II marched. ' +
        'The Orion Space Telescope photographed Storm Lola, and the Golden Quill Award went to a novelist after the Green Growth Deal was signed.',
    );
    expect(people(x)).toEqual([]);
    expect(x.entities.map((e) => e.name).filter((n) => /Act|Amendment|War|Telescope|Lola|Award|Deal/.test(n))).toEqual([]);
  });

  it('stops a name at the name: no glued modifier, descriptor or caption word inside', () => {
    const x = extract('Opera-loving Mara Lindqvist sang. Podcaster Lee Adams laughed. The photo showed Tomas Brenner Image credit to the agency.');
    expect(people(x)).toEqual(['Lee Adams', 'Mara Lindqvist', 'Tomas Brenner']);
  });

  it('reads a month after a given name as a surname', () => {
    const x = extract('Prime Minister Theresa May met the delegation in London.');
    expect(people(x)).toEqual(['Theresa May']);
  });
});

describe('typing: organisations and places named around a known name', () => {
  it("reads a news outlet's regional service and '<place> TV' as organisations", () => {
    const x = extract('Reporters for Sky News Arabia and Abu Dhabi TV were hurt in the blast.');
    const byName = typeOf(x);
    expect(byName['Sky News Arabia']).toBe('Organization');
    expect(byName['Abu Dhabi TV']).toBe('Organization');
    expect(people(x)).toEqual([]);
  });

  it("reads a town's name with a place head after it as one place, and a lower-case 'magazine' as an outlet", () => {
    const x = extract('Pilgrims gathered at the Temple Mount, Harlow Weekly magazine reported.');
    expect(typeOf(x)['Temple Mount']).toBe('Location');
    expect(typeOf(x)['Harlow Weekly magazine']).toBe('Organization');
  });

  it('joins a given name and its short form: "Joe" and "Joseph" are one person', () => {
    const x = extract('President Joseph R. Biden, Jr. spoke with the prime minister. Joe Biden later thanked him.');
    expect(people(x)).toEqual(['Joseph R. Biden, Jr.']);
  });
});

describe('typing: a bare legislature head', () => {
  it("reads 'the Senate' as the legislature of the country the story is about", () => {
    const x = extract('The United States imposed the tariff. The Senate will vote on it next week, US officials said.');
    expect(typeOf(x)['U.S. Senate']).toBe('Organization');
  });

  it('leaves it alone when no country stands out', () => {
    const x = extract('The Senate will vote on it next week.');
    expect(x.entities).toEqual([]);
  });
});

describe('typing: surnames that are also towns, given names the tagger misreads', () => {
  it('reads a small town named like a surname as the person named with it', () => {
    const x = extract('Talk host Don Imus retired in 2018. Imus said he was tired.');
    expect(people(x)).toEqual(['Don Imus']);
    expect(x.entities.filter((e) => e.type === 'Location')).toEqual([]);
  });

  it('does not take a "Mc" surname for an acronym', () => {
    const x = extract('The show was hosted by Bernard McGuirk.');
    expect(people(x)).toEqual(['Bernard McGuirk']);
  });
});

describe('typing: organisation names with an ordinal or cut short', () => {
  it('drops an ordinal before a body and joins the name without its first words', () => {
    const x = extract('The Third Regional Water Task Force met on Monday. The Water Task Force agreed, and the Task Force adjourned.');
    const orgs = x.entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.name)).toEqual(['Regional Water Task Force']);
  });
});

describe("typing: a party's adjective", () => {
  it('joins the party named later in the text', () => {
    const x = extract('A Republican assemblywoman, Jill Tolles, spoke first. Few women sit for the Republican Party, she said.');
    expect(x.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual(['Republican Party']);
  });
});

describe('typing: words that open sentences or lists without naming anyone', () => {
  it('takes no time adverb or title adjective for a name, and gives its title no employer', () => {
    const x = extract('Current Prime Minister of Peru Lucia Ferro wrote a note. Yesterday, the Administrator of the Rural Credit Agency Omar Vidal met growers. TODAY, the President spoke. Tomorrow, the Governor will visit. Late Senator Ruth Okoro was honoured.');
    for (const word of ['Current', 'Yesterday', 'TODAY', 'Tomorrow', 'Late']) expect(typeOf(x)[word], word).toBeUndefined();
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toContain('Lucia Ferro -HOLDS_ROLE-> Peru');
  });

  it('gives a party adjective before a public office no HOLDS_ROLE, but keeps a party office', () => {
    const x = extract('Republican President Dale Harmon praised the vote. Conservative MP Ruth Okafor objected. Labour leader Sam Kerr spoke.');
    const roles = triples(x, (r) => r.type === 'HOLDS_ROLE');
    expect(roles.filter((t) => /Dale Harmon|Ruth Okafor/.test(t) && /Republican|Conservative/.test(t))).toEqual([]);
    expect(roles).toContain('Sam Kerr -HOLDS_ROLE-> Labour Party');
  });

  it('takes no job or portfolio of common words for a person', () => {
    const x = extract('Participants included:\n- Rana Salim, Executive Director, Karamah\n- Tom Bailey, Arts and Health Lead, World Health Organization\n- Mia Fox, Senior Fellow, Brookings Institution\n- Ann Ruiz, Special Assistant to the President for Economic Mobility\n- Joe Parr, President, Sojourners');
    expect(people(x)).toEqual(['Ann Ruiz', 'Joe Parr', 'Mia Fox', 'Rana Salim', 'Tom Bailey']);
    expect(typeOf(x)['Karamah']).toBe('Organization');
    expect(typeOf(x)['Sojourners']).toBe('Organization');
  });

  it('splits the employer from the next person in a list without bullets', () => {
    const x = extract('Participants: Paul Grant, CEO, Nordwind Sanjay Mehta, President and CEO, Orbex Jane Fowler, Chair, Lumen Ruby.');
    expect(people(x)).toEqual(['Jane Fowler', 'Paul Grant', 'Sanjay Mehta']);
    expect(typeOf(x)['Nordwind']).toBe('Organization');
    expect(typeOf(x)['Orbex']).toBe('Organization');
    expect(typeOf(x)['Lumen Ruby']).toBe('Organization');
  });

  it('gives a title followed by its office and a name to that name, not to the person before the comma', () => {
    const x = extract('Today, Trade Advisor Mara Quint, Senior Advisor and Director of the Office of Rural Outreach Tomas Reyes, and others met growers.');
    const roles = triples(x, (r) => r.type === 'HOLDS_ROLE');
    expect(roles).toContain('Tomas Reyes -HOLDS_ROLE-> Office of Rural Outreach');
    expect(roles.filter((t) => t.startsWith('Mara Quint'))).not.toContain('Mara Quint -HOLDS_ROLE-> Office of Rural Outreach');
  });

  it('reads "Office of Gun Violence Prevention Greg Ames" as the office and its officer', () => {
    const x = extract('Deputy Director of the Office of Gun Violence Prevention Greg Ames spoke.');
    expect(people(x)).toEqual(['Greg Ames']);
    expect(triples(x, (r) => r.type === 'HOLDS_ROLE')).toContain('Greg Ames -HOLDS_ROLE-> Office of Gun Violence Prevention');
  });

  it('keeps a surname after "spokesman," in prose a person', () => {
    expect(people(extract('The Kremlin spokesman, Peskov, denied the report.'))).toEqual(['Peskov']);
  });
});

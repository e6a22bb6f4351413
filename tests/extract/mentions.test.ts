import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { read } from '../../src/extract/reading.js';
import { doc } from '../helpers.js';

const analyse = (text: string) => {
  const reading = read(doc(text));
  return { reading, ...findMentions(reading) };
};
const names = (text: string) => analyse(text).mentions.filter((m) => m.kind === 'name').map((m) => `${m.type}:${m.name}`);

describe('mentions', () => {
  it('keeps honorifics and titles out of the name and records them', () => {
    const { mentions } = analyse('Foreign Minister Dr. Amina Yusuf met Mr Li Qiang.');
    const amina = mentions.find((m) => m.name === 'Amina Yusuf')!;
    expect(amina.role).toBe('Foreign Minister');
    expect(amina.honorific).toBe('Dr.');
    expect(mentions.find((m) => m.name === 'Li Qiang')?.gender).toBe('m');
  });

  it('types names by general knowledge and by their head', () => {
    expect(names('Officials of the Ministry of Finance and the Bank of Ghana met in Accra with NATO and Unicef staff.')).toEqual([
      'Organization:Ministry of Finance',
      'Organization:Bank of Ghana',
      'Location:Accra',
      'Organization:NATO',
      'Organization:UNICEF',
    ]);
  });

  it('keeps hyphens, initials, particles and suffixes inside personal names', () => {
    expect(names('Karine Jean-Pierre, Joseph R. Biden, Jr. and Ursula von der Leyen spoke.')).toEqual(['Person:Karine Jean-Pierre', 'Person:Joseph R. Biden, Jr.', 'Person:Ursula von der Leyen']);
  });

  it('marks a demonym before a title as the role qualifier', () => {
    const { mentions, roles } = analyse('Russian President Vladimir Putin spoke.');
    const role = roles[0]!;
    expect(role.role).toBe('President');
    expect(mentions[role.of!]!.kind).toBe('demonym');
    expect(mentions[role.of!]!.knowledgeId).toBe('country:ru');
  });

  it('records "X of Y" roles and a plural title shared by a coordination', () => {
    const { mentions, roles } = analyse('Presidents Ama Owusu of Ghana and Ali Diallo of Guinea signed.');
    expect(roles.map((r) => `${mentions[r.person]!.name} ${r.role} ${mentions[r.of!]!.name}`)).toEqual(['Ama Owusu Presidents Ghana', 'Ali Diallo President Guinea']);
  });

  it('finds a delegation and its members', () => {
    const { mentions, groups } = analyse('A delegation led by Kai Lund and Mia Berg visited Oslo.');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members.map((i) => mentions[i]!.name)).toEqual(['Kai Lund', 'Mia Berg']);
  });

  it('does not take sentence-initial common words, weekdays or named storms for names', () => {
    expect(names('Officials said on Monday that Storm Daniel had passed.')).toEqual([]);
  });

  it('reads pronouns and nominals for coreference', () => {
    const kinds = analyse('The embassy said it would reply. She agreed.').mentions.map((m) => `${m.kind}:${m.text}`);
    expect(kinds).toEqual(['nominal:embassy', 'pronoun:it', 'pronoun:She']);
  });
});

describe('organisation names holding "of the" / "for the"', () => {
  it('keeps "<head> for/of the …" and a second "of" inside one body', () => {
    expect(names('The chair of the Andean League for the Protection of River Basins, Tomas Ruiz, spoke.')).toContain('Organization:Andean League for the Protection of River Basins');
    expect(names('The Institute of the Sea and the Museum of the Coast were closed.')).toEqual(['Organization:Institute of the Sea', 'Organization:Museum of the Coast']);
  });

  it('reads a plural title right after "<head> of" as the members of the body', () => {
    expect(names('Members of the Board of Trustees and the Council of Economic Advisers met.')).toEqual(['Organization:Board of Trustees', 'Organization:Council of Economic Advisers']);
    const { mentions } = analyse('Council of Economic Advisers Chair Nadia Brook spoke.');
    expect(mentions.find((m) => m.name === 'Nadia Brook')?.role).toBe('Chair');
  });

  it('makes no later opening word a name because an earlier name held "the"', () => {
    expect(names('He joined the Academy of the Arts in Lima. The report was long.')).toEqual(['Organization:Academy of the Arts', 'Location:Lima']);
  });
});

describe('ambiguous acronyms of the gazetteer', () => {
  const known = (text: string) => analyse(text).mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}:${m.knowledgeId ?? '-'}`);

  it('links an ambiguous short acronym only in an article that names the entry in full', () => {
    expect(known('The AA and NHPI communities met the mayor.').filter((x) => x.startsWith('AA:'))).toEqual(['AA:-']);
    expect(known('Turkey’s Anadolu Agency (AA) reported the strike. AA said two died.').filter((x) => x.startsWith('AA:'))).toEqual(['AA:org:anadolu', 'AA:org:anadolu']);
  });
});

describe('names ending on a connector', () => {
  it('ends a name before "on"/"of" when a known name after it stands apart', () => {
    expect(names('She sat on the Senate Select Committee on Benghazi.')).not.toEqual(expect.arrayContaining([expect.stringMatching(/ on$/)]));
    expect(names('She sat on the Senate Select Committee on Benghazi.')).toContain('Location:Benghazi');
  });
});

describe("an office named after its holder's title", () => {
  it('keeps "<words> <title>’s <office head>" one organisation', () => {
    expect(names('They praised the Special Anti-Fraud Prosecutor’s Office and its staff.')).toEqual(['Organization:Special Anti-Fraud Prosecutor’s Office']);
  });
});

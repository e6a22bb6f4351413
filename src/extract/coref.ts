/**
 * Stage 3, coreference: mentions → entities. Joins "Mr Blinken", "Blinken" and "he" to the fullest
 * name in the text, keeps two people who share a surname apart, resolves nominals ("the embassy",
 * "the commissioner") and title-only mentions ("Mr President") to someone already named, reads a
 * capital or seat of government used as an actor as its country (metonymy), and names every entity
 * with a stable id.
 */
import { allEntries, datelineCountryKey, entryByKey, isOrganizationHead, lookupDemonym, lookupName, sameGivenName, type KnowledgeEntry } from '../knowledge/index.js';
import type { Entity, EntityType, Mention, MentionAnalysis, Reading, Token } from '../model.js';
import { COUNTRY_AGENT_NOUNS, GOVERNMENT_NOMINALS, GROUP_NUMBER_WORDS, isPossessive, LOCATIVE_PREPOSITIONS, SPOUSE_TITLE } from './lexicon.js';
import { publishedByGovernment } from './publisher.js';
import { isGuessedName, personContext } from './typing.js';

export interface Resolution {
  entities: Entity[];
  /** Entity id of each mention (by mention index); undefined when it refers to nothing kept. */
  entityOf: (string | undefined)[];
  /** Entity ids standing for each group mention (by mention index): "the delegation" → its members. */
  groupMembers: Map<number, string[]>;
}

interface Cluster {
  type: EntityType;
  knowledge?: KnowledgeEntry;
  mentions: Mention[];
  /** Tokens of the fullest person name, for surname matching. */
  nameTokens?: string[];
  /** Why a person cluster is a person (the first evidence found on its mentions). */
  evidence?: string;
}

/** Nouns of a city's own, after which "Kiev's" is the city, not the government. */
const CITY_PARTS = new Set(['mayor', 'streets', 'street', 'centre', 'center', 'airport', 'suburbs', 'outskirts', 'residents', 'districts', 'district', 'metro', 'subway', 'population', 'skyline', 'hospitals', 'hospital', 'port', 'old', 'main', 'city', 'downtown']);
const DIRECTIONS = new Set(['North', 'South', 'East', 'West']);
/** Verbs whose object is an actor: a capital after them stands for its government ("accused Brasília of"). */
const ACTOR_OBJECT_VERBS = new Set(['hold', 'tell', 'accuse', 'blame', 'condemn', 'criticise', 'criticize', 'denounce', 'urge', 'ask', 'press', 'pressure', 'call', 'support', 'back', 'endorse', 'stand', 'side', 'warn', 'threaten', 'sanction', 'meet', 'thank', 'praise', 'rebuke', 'congratulate', 'invite', 'join', 'pledge', 'promise']);

export function resolveEntities(reading: Reading, analysis: MentionAnalysis): Resolution {
  const { mentions } = analysis;
  const tokens = reading.tokens;
  const clusterOf: (Cluster | undefined)[] = new Array(mentions.length);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const newCluster = (type: EntityType, m: Mention, knowledge?: KnowledgeEntry): Cluster => {
    const c: Cluster = { type, mentions: [], ...(knowledge ? { knowledge } : {}) };
    clusters.push(c);
    return c;
  };
  const join = (c: Cluster, m: Mention) => {
    c.mentions.push(m);
    clusterOf[m.i] = c;
  };
  const keyed = (key: string, type: EntityType, m: Mention, knowledge?: KnowledgeEntry): Cluster => {
    let c = byKey.get(key);
    if (!c) {
      c = newCluster(type, m, knowledge);
      byKey.set(key, c);
    }
    return c;
  };

  // 1. Known entities (countries, organisations, places), with metonymy for capitals and seats.
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.knowledgeId) continue;
    const entry = entryByKey(m.knowledgeId);
    if (!entry) continue;
    const countryKey = entry.seatOf ?? (entry.capital && actsAsGovernment(m, tokens) ? entry.countryKey : undefined);
    if (countryKey) {
      const country = entryByKey(countryKey);
      if (country) {
        m.metonymFor = countryKey;
        join(keyed(`k:${countryKey}`, 'Country', m, country), m);
        continue;
      }
    }
    join(keyed(`k:${entry.key}`, entry.type, m, entry), m);
  }

  // 2. Unknown organisations and places: by name; acronyms join the name they abbreviate.
  // Longer names first, so a short form ("Maple Rail") finds the full one ("Maple Rail Corp").
  const orgAndPlaceNames = mentions.filter((m) => m.kind === 'name' && !m.knowledgeId && m.type !== 'Person').sort((a, b) => b.name.length - a.name.length || a.start - b.start);
  const organizationNames = indexOrganizationNames(clusters);
  for (const m of orgAndPlaceNames) {
    if (m.type === 'Organization') {
      // "the Commission" after "the European Commission"; "Maple Rail" after "Maple Rail Corp".
      const fuller = fullerOrganization(organizationNames, m, !!reading.sentences[m.sentence]?.isTitle);
      if (fuller) {
        join(fuller, m);
        addOrganizationName(organizationNames, fuller, m);
        continue;
      }
      // "the Senate" in a story about the United States: the legislature of the story's country.
      const legislature = m.tokenEnd - m.tokenStart === 1 ? homeLegislature(m.name, clusters) : undefined;
      if (legislature) {
        join(keyed(`k:${legislature.key}`, 'Organization', m, legislature), m);
        continue;
      }
      if (m.name.split(/\s+/).every((w) => isOrganizationHead(w))) continue; // a bare "Ministry" names nothing by itself
    }
    // "the Keystone State", "the Sunshine State": a state's nickname is the one US state (else the one
    // country) the article names; with none or several it names nothing sure, and is left out.
    if (isStateNickname(m, tokens)) {
      const state = theOne(clusters, (c) => !!c.knowledge?.key.startsWith('region:us:'));
      const place = state ?? (clusters.some((c) => c.knowledge?.key.startsWith('region:us:')) ? undefined : theOne(clusters, (c) => c.type === 'Country' && !!c.knowledge));
      if (place) join(place, m);
      continue;
    }
    if (DIRECTIONS.has(m.text) && tokens[m.tokenStart - 1]?.lower === 'the') {
      const country = clusters.find((c) => c.type === 'Country' && c.knowledge && c.knowledge.name.startsWith(`${m.text} `));
      if (country) {
        join(country, m);
        continue;
      }
    }
    const c = keyed(`n:${m.type}:${normalise(m.name)}`, m.type, m);
    join(c, m);
    addOrganizationName(organizationNames, c, m);
  }
  linkAcronyms(mentions, tokens, clusters, clusterOf, byKey);

  // Short names of organisations mistaken for people or towns ("Maple Rail" for "Maple Rail Technologies",
  // "Lakeshore" for "Lakeshore Signal Systems").
  const organizationsByFirstWord = indexOrganizationNames(clusters).first;
  for (const m of mentions) {
    if (m.kind !== 'name' || clusterOf[m.i]?.type === 'Organization') continue;
    const town = clusterOf[m.i]?.knowledge;
    const smallTown = !!town && town.kind === 'city' && !town.capital && (town.population ?? 0) < 200_000 && !m.metonymFor;
    if (!isGuessedName(m) && !smallTown) continue;
    const org = prefixOfOrganization(organizationsByFirstWord.get(m.name.toLowerCase().split(/\s+/)[0]!) ?? new Set(), m);
    if (!org) continue;
    const old = clusterOf[m.i];
    if (old) old.mentions = old.mentions.filter((x) => x !== m);
    join(org, m);
  }
  // "the Nepali Congress … Congress said": a lone head word after its two-word name in the text is that body.
  for (const m of mentions) {
    const c = clusterOf[m.i];
    if (m.kind !== 'name' || !c?.knowledge || c.type !== 'Organization' || /\s/.test(m.name) || !isOrganizationHead(m.name)) continue;
    const owner = clusters.filter((o) => o !== c && o.type === 'Organization' && !o.knowledge && o.mentions.some((x) => x.kind === 'name' && x.start < m.start && x.name.split(/\s+/).length === 2 && x.name.endsWith(` ${m.name}`)));
    if (owner.length !== 1) continue;
    c.mentions = c.mentions.filter((x) => x !== m);
    join(owner[0]!, m);
  }
  for (let i = clusters.length - 1; i >= 0; i--) if (!clusters[i]!.mentions.length) clusters.splice(i, 1);

  // 3. People: full names first, then shorter forms join the full name whose tokens they share.
  const personNames = mentions.filter((m) => m.kind === 'name' && m.type === 'Person' && !clusterOf[m.i]).sort((a, b) => nameTokens(b).length - nameTokens(a).length || a.start - b.start);
  // People by the words of their fullest name (lower case), in the order they were named: a shorter
  // name can only join one that has its last word, so only those are compared (not every person).
  const peopleByWord = new Map<string, Cluster[]>();
  const people: Cluster[] = [];
  for (const m of personNames) {
    const words = nameTokens(m);
    // A name of initials and suffixes only has no word to match on: it is no person's name.
    if (!words.length) continue;
    const match = bestPersonMatch(peopleByWord.get(words[words.length - 1]!.toLowerCase()) ?? [], words, m);
    if (match) {
      join(match, m);
      continue;
    }
    if (m.tentative && words.length === 1 && !personEvidence(m, tokens)) {
      // A lone unknown capitalised word: a person only if something says so; else maybe a place named before.
      const known = lookupName(m.name);
      if (known) join(keyed(`k:${known.key}`, known.type, m, known), m);
      else {
        const place = placeByStem(clusters, m.name);
        if (place) join(place, m);
      }
      continue;
    }
    const c = newCluster('Person', m);
    c.nameTokens = words;
    people.push(c);
    for (const w of new Set(words.map((x) => x.toLowerCase()))) {
      const list = peopleByWord.get(w);
      if (list) list.push(c);
      else peopleByWord.set(w, [c]);
    }
    join(c, m);
  }
  // "Don Imus … Imus said": a small town's name that is the surname of a person named in the text, not
  // after a locative preposition, is that person.
  for (const m of mentions) {
    const c = clusterOf[m.i];
    const town = c?.knowledge;
    if (m.kind !== 'name' || !town || town.kind !== 'city' || town.capital || (town.population ?? 0) >= 500_000 || m.metonymFor || /\s/.test(m.name)) continue;
    if (LOCATIVE_PREPOSITIONS.has(tokens[m.tokenStart - 1]?.lower ?? '')) continue;
    const owners = people.filter((p) => p.nameTokens!.length > 1 && sameWord(p.nameTokens!.at(-1)!, m.name));
    if (owners.length !== 1) continue;
    c.mentions = c.mentions.filter((x) => x !== m);
    join(owners[0]!, m);
  }
  // A guessed name is a person only with person evidence on one of its mentions: a given name, an
  // honorific, a title, an apposition or a person-only context ("Cobalt Meridian" alone is nothing).
  for (const c of people) {
    const evidence = c.mentions.map((x) => personEvidence(x, tokens)).find((e) => e !== undefined);
    if (evidence) {
      c.evidence = evidence;
      continue;
    }
    for (const x of c.mentions) clusterOf[x.i] = undefined;
    c.mentions = [];
  }
  for (let i = clusters.length - 1; i >= 0; i--) if (!clusters[i]!.mentions.length) clusters.splice(i, 1);

  // 4. Title-only mentions and nominals refer back; pronouns to the most salient compatible entity.
  const published = publishedByGovernment(reading.document);
  const groupMembers = new Map<number, string[]>();
  for (const m of mentions) {
    if (clusterOf[m.i]) continue;
    if (m.kind === 'title') {
      // "The President" in a government's readout is its own president, named first, not the guest
      // president named last ("President A spoke with President B … The President reaffirmed …").
      const c = (published && PUBLISHERS_OFFICES.has(m.role ?? '') && firstPersonWithRole(m, mentions, clusterOf)) || lastPersonWithRole(m, mentions, clusterOf);
      if (c) join(c, m);
    } else if (m.kind === 'nominal' && !GOVERNMENT_NOMINALS.has(m.head ?? '') && !(m.count && m.type === 'Country')) {
      const c = resolveNominal(m, mentions, clusterOf, analysis);
      if (c) join(c, m);
    } else if (m.kind === 'pronoun') {
      const c = resolvePronoun(m, mentions, clusterOf, tokens);
      if (c) join(c, m);
    }
  }

  // 5. Demonyms join their country when the country is named, or when they qualify a role.
  const qualifiers = new Set(analysis.roles.map((r) => r.of).filter((x): x is number => x !== undefined));
  for (const m of mentions) {
    if (m.kind !== 'demonym' || !m.knowledgeId) continue;
    const existing = byKey.get(`k:${m.knowledgeId}`);
    if (existing) join(existing, m);
    else if (qualifiers.has(m.i) || actsAsCountry(m, tokens)) {
      const entry = entryByKey(m.knowledgeId);
      if (entry) join(keyed(`k:${m.knowledgeId}`, 'Country', m, entry), m);
    }
  }

  // 6. "the government": the country whose government the text named, else the dateline's (demonyms have joined by now).
  const homeKey = reading.document.dateline ? datelineCountryKey(reading.document.dateline) : undefined;
  const home = homeKey ? byKey.get(`k:${homeKey}`) : undefined;
  for (const m of mentions) {
    if (m.kind !== 'nominal' || clusterOf[m.i] || !GOVERNMENT_NOMINALS.has(m.head ?? '')) continue;
    const c = governedCountry(m, mentions, clusterOf, tokens) ?? home;
    if (c) join(c, m);
  }

  // Entities, with stable ids.
  const entityOfCluster = new Map<Cluster, Entity>();
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  // The first mention ending at each offset, for qualifyCountry's look at the word before a name.
  const mentionEndingAt = new Map<number, Mention>();
  for (const m of mentions) if (!mentionEndingAt.has(m.end)) mentionEndingAt.set(m.end, m);
  for (const c of clusters) {
    if (!c.mentions.some((m) => m.kind === 'name' || m.kind === 'demonym')) continue;
    const entity = toEntity(c, reading.document.text);
    qualifyCountry(entity, c, mentionEndingAt, clusterOf, reading.document.text);
    const twin = byId.get(entity.id);
    if (twin) {
      twin.aliases = [...new Set([...twin.aliases, ...entity.aliases])].filter((a) => a !== twin.name);
      twin.mentions.push(...entity.mentions);
      entityOfCluster.set(c, twin);
      continue;
    }
    byId.set(entity.id, entity);
    entities.push(entity);
    entityOfCluster.set(c, entity);
  }
  const entityOf = mentions.map((m) => {
    const c = clusterOf[m.i];
    return c ? entityOfCluster.get(c)?.id : undefined;
  });

  // Groups: "the delegation" stands for its members wherever it is mentioned.
  for (const g of analysis.groups) {
    const members = g.members.map((i) => entityOf[i]).filter((x): x is string => !!x);
    if (!members.length) continue;
    groupMembers.set(g.group, members);
    for (const m of mentions)
      if (m.i !== g.group && m.kind === (mentions[g.group]!.kind) && m.head === mentions[g.group]!.head && m.start > mentions[g.group]!.start) groupMembers.set(m.i, members);
  }
  // "the two ministers": the last people named with that title (or any title, for "leaders").
  for (const m of mentions) {
    if (m.kind !== 'nominal' || !m.count || groupMembers.has(m.i)) continue;
    const members: string[] = [];
    const object = isObjectGroup(m, tokens);
    // "Russian Foreign Minister X … called on both governments": not the country of the sentence's first titled person (the actor).
    const actor = analysis.roles.filter((r) => mentions[r.person]!.sentence === m.sentence && r.of !== undefined && r.person < m.i).sort((a, b) => a.person - b.person)[0];
    const own = new Set(actor ? [entityOf[actor.of!]] : []);
    for (let i = m.i - 1; i >= 0 && members.length < m.count && m.sentence - mentions[i]!.sentence <= 3; i--) {
      const other = mentions[i]!;
      const id = entityOf[i];
      if (!id || other.type !== m.type || members.includes(id)) continue;
      // "both governments": any two countries named before (or by their demonyms), but the speaker's.
      if (m.type === 'Country' && (other.kind === 'name' || other.kind === 'demonym')) {
        // "Brazil urged the two countries": a country named as the actor is not one of them.
        if (!own.has(id) && !(object && other.kind === 'name' && other.sentence === m.sentence)) members.push(id);
        continue;
      }
      if (other.kind !== 'name') continue;
      // "X urged both sides …": the one who acts on a group is not one of it.
      if (object && other.sentence === m.sentence) continue;
      const c = clusterOf[i]!;
      const roles = c.mentions.map((x) => x.role?.toLowerCase() ?? '').join(' ');
      if (m.head === 'leader' || m.head === 'official' || m.head === 'side' ? roles.trim() : roles.split(/\s+/).includes(m.head ?? '')) members.push(id);
    }
    if (members.length === m.count) groupMembers.set(m.i, members.reverse());
  }
  // "they" after a group: the group. "met Kuwaiti officials … and asked them": a country's officials,
  // named in this sentence or the one before, when they are the nearest plural antecedent.
  for (const m of mentions) {
    if (m.kind !== 'pronoun' || !m.plural || entityOf[m.i]) continue;
    // The last group of the three sentences before, and the nearest agents of the sentence before
    // (mentions are in text order: walking back, the first that fits is the nearest).
    let group: number | undefined;
    for (const g of groupMembers.keys()) if (mentions[g]!.start < m.start && m.sentence - mentions[g]!.sentence <= 3) group = g;
    let agents: Mention | undefined;
    for (let i = m.i - 1; i >= 0 && m.sentence - mentions[i]!.sentence <= 1 && !agents; i--) {
      const o = mentions[i]!;
      if (o.start < m.start && !!entityOf[o.i] && clusterOf[o.i]?.type === 'Country' && (o.kind === 'demonym' || o.kind === 'name') && isPluralAgent(tokens[o.tokenEnd])) agents = o;
    }
    if (agents && (group === undefined || mentions[group]!.start < agents.start)) groupMembers.set(m.i, [entityOf[agents.i]!]);
    else if (group !== undefined) groupMembers.set(m.i, groupMembers.get(group)!);
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities, entityOf, groupMembers };
}

// ---------------------------------------------------------------------------------------------

/**
 * "the Keystone State", "the Lone Star State": "the", one or two capitalised words that name nothing
 * known (no place, no demonym: "Lagos State" is a name), then "State".
 */
function isStateNickname(m: Mention, tokens: Token[]): boolean {
  const words = m.name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || words.at(-1) !== 'State' || tokens[m.tokenStart - 1]?.lower !== 'the') return false;
  const qualifier = words.slice(0, -1);
  return qualifier.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !placeName(qualifier.join(' ')) && !qualifier.some((w) => placeName(w) || lookupDemonym(w));
}

/** A country, a region or a city of 100,000 people ("Lagos"; a small town "Keystone" does not count). */
function placeName(phrase: string): boolean {
  const e = lookupName(phrase);
  return !!e && (e.type === 'Country' || (e.type === 'Location' && (e.kind !== 'city' || (e.population ?? 0) >= 100_000)));
}

/** The only cluster that passes the test, or undefined for none or several. */
function theOne(clusters: Cluster[], test: (c: Cluster) => boolean): Cluster | undefined {
  const found = clusters.filter(test);
  return found.length === 1 ? found[0] : undefined;
}

/** "officials", "authorities", "diplomats": a plural agent noun after a country or its demonym. */
function isPluralAgent(t: Token | undefined): boolean {
  return !!t && t.text === t.lower && COUNTRY_AGENT_NOUNS.has(t.lower) && /s$/.test(t.lower);
}

/** A capital used as an actor ("Washington said", "Kiev's backer") rather than as a place ("a visit to Kiev"). */
function actsAsGovernment(m: Mention, tokens: Token[]): boolean {
  const before = tokens[m.tokenStart - 1];
  const after = tokens[m.tokenEnd];
  const after2 = tokens[m.tokenEnd + 1];
  // "pledged to send air defence systems to Kyiv", "aid to Kiev": a recipient is the government.
  if (before?.lower === 'to' && recipientVerbBefore(tokens, m.tokenStart - 1)) return true;
  if (before && LOCATIVE_PREPOSITIONS.has(before.lower)) return false;
  if (after && isPossessive(after.text)) return !(after2 && CITY_PARTS.has(after2.lower));
  if (!after) return false;
  if (after.pos === 'VERB' || after.pos === 'AUX') return true;
  // "Ankara, which supports …", "Cairo, a longtime backer of X, said …"
  if (after.text === ',') {
    if (after2 && (after2.lower === 'which' || after2.lower === 'who')) return true;
    if (after2 && /^(?:a|an|the|its|long|longtime)$/.test(after2.lower)) {
      for (let j = m.tokenEnd + 2; j < Math.min(tokens.length, m.tokenEnd + 12); j++) {
        if (tokens[j]!.text === ',') return tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX';
        if (tokens[j]!.text === '.') break;
      }
    }
  }
  // "Kiev and Moscow traded blame"
  if (after.lower === 'and' && after2 && after2.pos === 'PROPN') {
    const verb = tokens[m.tokenEnd + 2];
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) return true;
  }
  // Object of a verb ("would like Washington to sell", "accused Brasília of", "stood with Brasília",
  // "called on Canberra and Wellington"): walk back over earlier conjuncts to the verb.
  let k = m.tokenStart - 1;
  while (k > 1 && (tokens[k]!.lower === 'and' || tokens[k]!.text === ',') && tokens[k - 1]!.pos === 'PROPN') {
    k -= 2;
    while (k > 0 && tokens[k]!.pos === 'PROPN') k--;
  }
  const first = tokens[k];
  const verb = first?.pos === 'VERB' ? first : first && ['with', 'on', 'upon'].includes(first.lower) ? tokens[k - 1] : undefined;
  if (verb && verb.pos === 'VERB' && ACTOR_OBJECT_VERBS.has(verb.lemma)) return true;
  return !!before && before.pos === 'VERB' && !!after && after.lower === 'to';
}

/** "urged both sides", "called on the two leaders": a group that is the object of a verb. */
function isObjectGroup(m: Mention, tokens: Token[]): boolean {
  let k = m.tokenStart - 1;
  while (k > 0 && (/^(?:both|the)$/.test(tokens[k]!.lower) || GROUP_NUMBER_WORDS.has(tokens[k]!.lower))) k--;
  const t = tokens[k];
  return !!t && (t.pos === 'VERB' || /^(?:on|upon)$/.test(t.lower));
}

/** Verbs and nouns of giving whose "to X" is a recipient, within a few words before k. */
const GIVING = new Set(['pledge', 'promise', 'send', 'deliver', 'provide', 'give', 'supply', 'donate', 'grant', 'lend', 'sell', 'transfer', 'offer', 'aid', 'assistance', 'support', 'loan', 'loans', 'weapons', 'arms']);
function recipientVerbBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const t = tokens[j]!;
    if (GIVING.has(t.lemma) || GIVING.has(t.lower)) return true;
    if (t.text === '.' || t.text === ';' || t.text === ',') return false;
  }
  return false;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The words of a person's name, without honorific and suffixes. */
function nameTokens(m: Mention): string[] {
  return m.name
    .replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, '')
    .split(/\s+/)
    .filter((w) => w && !/^[A-Z]\.$/.test(w));
}

/**
 * The person cluster a name belongs to: a shorter name joins a fuller one when all its words appear in
 * it in order and the surname matches ("Mr Blinken", "Blinken", "Antony Blinken"). Two full names
 * that differ in a given name never join ("Joe Biden" / "Hunter Biden").
 */
function bestPersonMatch(people: Cluster[], words: string[], m: Mention): Cluster | undefined {
  const candidates = people.filter((c) => {
    const full = c.nameTokens!;
    if (words.length > full.length) return false;
    if (spouseOfOfficeHolder(c, m)) return false;
    // "Joe Biden" and "Joseph Biden": a given name and its short form are one name.
    if (words.length === full.length) return words.every((w, k) => sameWord(w, full[k]!) || (k === 0 && words.length > 1 && sameGivenName(w, full[k]!)));
    // The last word must match the surname (or, for a lone given name, the first word with no honorific).
    if (sameWord(words[words.length - 1]!, full[full.length - 1]!)) return words.slice(0, -1).every((w) => full.some((f) => sameWord(f, w)));
    // Family-name-first names ("Kim Jong-un" → "Kim") and given-name-only references are ambiguous: only join a lone word matching the first word when the mention has no honorific.
    if (words.length === 1 && (!m.honorific || GIVEN_NAME_HONORIFICS.has(m.honorific.replace(/\.$/, ''))) && sameWord(words[0]!, full[0]!) && full.length >= 2) return true;
    // A lone word inside a long name ("Lula" in "Luiz Inácio Lula da Silva").
    return words.length === 1 && full.length >= 3 && full.slice(1, -1).some((f) => sameWord(f, words[0]!) && /^\p{Lu}/u.test(f));
  });
  if (candidates.length <= 1) return candidates[0];
  // Several people share the surname: the one in the latest sentence before this mention; of two in
  // that sentence, the one named first, its topic ("Kim Yo Jong, the sister of leader Kim Jong Un, said …
  // Kim, who …" is the sister).
  const before = candidates
    .map((c) => {
      const earlier = c.mentions.filter((x) => x.start < m.start);
      const sentence = Math.max(...earlier.map((x) => x.sentence), -1);
      const first = Math.min(...earlier.filter((x) => x.sentence === sentence).map((x) => x.start));
      return { c, sentence, first };
    })
    .sort((a, b) => b.sentence - a.sentence || a.first - b.first);
  return before[0]!.sentence >= 0 ? before[0]!.c : undefined;
}

const sameWord = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * "First Lady Jill Biden … President Biden's desk": a spouse and the office holder share a surname; a
 * name with an office's title is not the one named with a spouse's title (and the reverse).
 */
function spouseOfOfficeHolder(c: Cluster, m: Mention): boolean {
  const spouse = (x: Mention) => SPOUSE_TITLE.test(x.role?.trim() ?? '');
  const office = (x: Mention) => !!x.role && !spouse(x);
  if (office(m)) return c.mentions.some(spouse) && !c.mentions.some(office);
  if (spouse(m)) return c.mentions.some(office) && !c.mentions.some(spouse);
  return false;
}

/** Honorifics used with a given name ("Sheikh Mohammed", "Prince Harry", "Sir Keir"). */
const GIVEN_NAME_HONORIFICS = new Set(['Sheikh', 'Sheikha', 'Prince', 'Princess', 'King', 'Queen', 'Sir', 'Dame', 'Emir', 'Sultan', 'Pope', 'Imam', 'Ratu', 'Tunku', 'Tun']);

/** Words that cannot, alone, stand for an organisation's short name. */
const GENERIC_NAME_WORDS = new Set(['national', 'international', 'united', 'royal', 'federal', 'central', 'general', 'supreme', 'high', 'state', 'public', 'new', 'world', 'global', 'african', 'european', 'american', 'asian', 'arab', 'islamic', 'democratic', 'republican', 'people', "people's", 'peoples']);

/**
 * An organisation already named in full that this shorter name stands for: its words begin the full
 * name ("Maple Rail" → "Maple Rail Corp"), or it is the full name's head alone ("the Commission").
 */
function fullerOrganization(names: OrganizationNames, m: Mention, inHeadline = false): Cluster | undefined {
  const words = m.name.toLowerCase().split(/\s+/);
  // "the House", "House Speaker": a legislature's lower chamber, never short for "the White House" or
  // any other building named "… House".
  if (words.length === 1 && words[0] === 'house') return undefined;
  const headOnly = words.every((w) => isOrganizationHead(w));
  // A generic word ("Republican", "National") is short only for a known party named with it.
  const generic = !headOnly && words.length === 1 && GENERIC_NAME_WORDS.has(words[0]!);
  // Only organisations with a name that shares the first word (or the last: head words, a name without its first words) can fit.
  const clusters = new Set(names.first.get(words[0]!));
  for (const c of names.last.get(words[words.length - 1]!) ?? []) clusters.add(c);
  const matches = [...clusters].filter(
    (c) =>
      c.type === 'Organization' &&
      (!generic || c.knowledge?.kind === 'party') &&
      c.mentions.some((x) => {
        // A headline names short what the story names in full below it.
        // ("a Republican assemblywoman … the Republican Party": a party's adjective may come first.)
        if (x.kind !== 'name' || (x.start > m.start && !inHeadline && c.knowledge?.kind !== 'party')) return false;
        const full = x.name.toLowerCase().split(/\s+/);
        if (full.length <= words.length) return false;
        // A name of head words only ("Communications Authority") may also begin the full one ("… of Kenya").
        const begins = words.every((w, k) => w === full[k]);
        // "the Climate Task Force" after "the National Climate Task Force": the name without its first words.
        const ends = words.length >= 2 && isOrganizationHead(words[words.length - 1]!) && words.every((w, k) => w === full[full.length - words.length + k]);
        return headOnly ? full[full.length - 1] === words[words.length - 1] || begins : begins || ends;
      }),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * A place named earlier with a head or as an adjective: "Crimea" after "the Crimean peninsula",
 * "Donbass" after "the Donbass region".
 */
function placeByStem(clusters: Cluster[], word: string): Cluster | undefined {
  const forms = new Set([word, `${word}n`, `${word}an`, `${word}ian`, word.replace(/a$/, 'an')].map((w) => w.toLowerCase()));
  return clusters.find((c) => c.type === 'Location' && !c.knowledge && c.mentions.some((m) => m.kind === 'name' && m.name.split(/\s+/).length > 1 && forms.has(m.name.split(/\s+/)[0]!.toLowerCase())));
}

/**
 * Why a person-name mention is a person: its own evidence (a given name, honorific, title), or for a
 * guessed name a person-only context (typing.ts). Undefined when nothing says so.
 */
function personEvidence(m: Mention, tokens: Token[]): string | undefined {
  if (m.kind !== 'name') return undefined;
  if (m.honorific) return 'honorific';
  if (m.role) return 'title';
  if (!m.tentative) return m.evidence ?? 'name-pattern';
  const context = personContext(m, tokens);
  if (context) return context;
  return undefined;
}

/**
 * How far back (in mentions) a title, nominal or "the government" looks for what it stands for: far
 * beyond any news article (the longest of 1,680 real ones has under 1,500 mentions), but bounded, so
 * that a run-on text of 100,000 words costs each of them the same as an article does.
 */
const LOOKBACK_MENTIONS = 2000;
const lookbackStart = (m: Mention) => Math.max(0, m.i - LOOKBACK_MENTIONS);

function lastPersonWithRole(m: Mention, mentions: Mention[], clusterOf: (Cluster | undefined)[]): Cluster | undefined {
  const office = officeOf(m);
  const checked = new Set<Cluster>();
  for (let i = m.i - 1; i >= lookbackStart(m); i--) {
    const other = mentions[i]!;
    const c = clusterOf[i];
    if (!c || c.type !== 'Person' || other.kind !== 'name' || checked.has(c)) continue;
    if (holdsOffice(c, office)) return c;
    checked.add(c);
  }
  return undefined;
}

/** Offices a government's readout names bare for its own holder ("The President", "the Vice President"). */
const PUBLISHERS_OFFICES = new Set(['President', 'Vice President']);

/** The first person named in the text with the title (same rank), or undefined. */
function firstPersonWithRole(m: Mention, mentions: Mention[], clusterOf: (Cluster | undefined)[]): Cluster | undefined {
  const office = officeOf(m);
  for (let i = lookbackStart(m); i < m.i; i++) {
    const c = clusterOf[i];
    if (!c || c.type !== 'Person' || mentions[i]!.kind !== 'name') continue;
    if (holdsOffice(c, office)) return c;
  }
  return undefined;
}

/** Words that make a title another office than its head alone: vice president, deputy minister. */
const RANK_WORDS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'lieutenant', 'second']);

/**
 * The office a title-only mention names: its head word and the rank word before it, so that "the Vice
 * President" is not the last "President X" named, nor "the President" the last "Vice President Y".
 */
function officeOf(m: Mention): { head: string; rank: string | undefined } {
  const words = (m.role ?? m.name).toLowerCase().split(/\s+/);
  const head = words.pop()!;
  const before = words[words.length - 1];
  return { head, rank: before && RANK_WORDS.has(before) ? before : undefined };
}

/** Whether one of the cluster's titles is that office: the head, with that rank before it (or none). */
function holdsOffice(c: Cluster, { head, rank }: { head: string; rank: string | undefined }): boolean {
  if (!roleWords(c).has(head)) return false;
  return c.mentions.some((x) => {
    const words = (x.role ?? '').toLowerCase().replace(/-elect\b/g, '').split(/\s+/);
    const at = words.lastIndexOf(head);
    if (at < 0) return false;
    const before = at > 0 && RANK_WORDS.has(words[at - 1]!) ? words[at - 1] : undefined;
    return before === rank;
  });
}

/** The words of the roles of a cluster's mentions, kept until the cluster's mentions change. */
const roleWordCache = new WeakMap<Cluster, { of: Mention[]; count: number; words: Set<string> }>();
function roleWords(c: Cluster): Set<string> {
  const cached = roleWordCache.get(c);
  if (cached && cached.of === c.mentions && cached.count === c.mentions.length) return cached.words;
  const words = new Set(c.mentions.map((x) => x.role?.toLowerCase() ?? '').join(' ').split(/\s+/));
  roleWordCache.set(c, { of: c.mentions, count: c.mentions.length, words });
  return words;
}

/**
 * "the Indonesian minister", "the Brazilian leader": the last person named with a role in that country
 * ("leader" fits any role there; another head must be part of the role).
 */
function lastPersonOfCountry(m: Mention, head: string, countryKey: string, mentions: Mention[], clusterOf: (Cluster | undefined)[], analysis: MentionAnalysis): Cluster | undefined {
  for (let i = m.i - 1; i >= lookbackStart(m); i--) {
    const other = mentions[i]!;
    const c = clusterOf[i];
    if (!c || c.type !== 'Person' || other.kind !== 'name') continue;
    const fits = analysis.roles.some((r) => {
      if (r.of === undefined || clusterOf[r.person] !== c) return false;
      const of = mentions[r.of]!;
      const inCountry = of.knowledgeId === countryKey || clusterOf[r.of]?.knowledge?.key === countryKey;
      return inCountry && (head === 'leader' || r.role.toLowerCase().split(/\s+/).includes(head));
    });
    if (fits) return c;
  }
  return undefined;
}

function resolveNominal(m: Mention, mentions: Mention[], clusterOf: (Cluster | undefined)[], analysis: MentionAnalysis): Cluster | undefined {
  const head = m.head ?? m.name.toLowerCase();
  if (m.type === 'Person') {
    // "the commissioner", "the minister": the last person holding such a title.
    if (analysis.groups.some((g) => g.group === m.i)) return undefined;
    const demonym = mentions[m.i - 1];
    if (demonym?.kind === 'demonym' && demonym.tokenEnd === m.tokenStart && demonym.knowledgeId) return lastPersonOfCountry(m, head, demonym.knowledgeId, mentions, clusterOf, analysis);
    return lastPersonWithRole({ ...m, role: head }, mentions, clusterOf);
  }
  for (let i = m.i - 1; i >= 0 && m.sentence - mentions[i]!.sentence <= 5; i--) {
    const other = mentions[i]!;
    const c = clusterOf[i];
    if (!c || other.kind === 'pronoun' || other.kind === 'nominal') continue;
    // "the authority" after "the CA": any name of the organisation may carry the head word.
    if (m.type === 'Organization' && c.type === 'Organization' && (namedWith(c, head) || (m.sentence - other.sentence <= 2 && fitsGenericNominal(head, c, other)))) return c;
    if (m.type === 'Country' && c.type === 'Country') return c;
    // "the county", "the city": a place of that kind, or one whose name says so ("Kent County").
    if (m.type === 'Location' && c.type === 'Location' && (c.knowledge?.kind === head || other.text.toLowerCase().includes(head))) return c;
  }
  // Further back, an organisation only when it is the one of its kind the text named ("the federation"
  // in the eighth sentence of a story about one football association).
  if (m.type !== 'Organization') return undefined;
  const far = new Set<Cluster>();
  const checked = new Set<Cluster>();
  for (let i = m.i - 1; i >= lookbackStart(m); i--) {
    const other = mentions[i]!;
    const c = clusterOf[i];
    if (!c || c.type !== 'Organization' || other.kind !== 'name' || m.sentence - other.sentence <= 5 || checked.has(c)) continue;
    checked.add(c);
    if (namedWith(c, head) || fitsNamedKind(head, c)) far.add(c);
  }
  return far.size === 1 ? [...far][0] : undefined;
}

/** A generic nominal the organisation's own name fits ("the federation" for "X Football Association"). */
function fitsNamedKind(head: string, c: Cluster): boolean {
  const fits = GENERIC_ORGANIZATION_NOMINALS[head];
  return !!fits && head !== 'group' && head !== 'organisation' && head !== 'organization' && head !== 'body' && c.mentions.some((x) => x.kind === 'name' && fits(x.text, c.knowledge?.kind));
}

/** Some name of the organisation has the word ("the authority" after "the Communications Authority"). */
function namedWith(c: Cluster, word: string): boolean {
  return c.mentions.some((x) => x.kind === 'name' && hasWord(x.text, word));
}

/** The name has the word ("the federation" is no "Confederation"). */
function hasWord(name: string, word: string): boolean {
  return name.toLowerCase().split(/[\s\-–]+/).includes(word);
}

const FEDERATION_NAME = /\b(?:Federation|Association)\b/;
const REGULATOR_NAME = /\b(?:Authority|Commission|Regulator[y]?|Board|Agency|Office|Ombudsman)\b/;

/** What an organisation must look like to be "the regulator", "the company", "the alliance". */
const GENERIC_ORGANIZATION_NOMINALS: Record<string, (name: string, kind: string | undefined) => boolean> = {
  regulator: (n) => REGULATOR_NAME.test(n),
  watchdog: (n) => REGULATOR_NAME.test(n),
  company: (n, k) => k === 'company' || /\b(?:Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|PLC|Group|Holdings|Telecom|Airlines|Airways|Motors|Energy|Bank|Rail|Railway|Mobile|Capital|Technologies|Systems|AG|SA|SE|NV)\b/.test(n),
  firm: (n, k) => k === 'company' || /\b(?:Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|PLC|Group|Holdings|Capital|Partners|LLP)\b/.test(n),
  alliance: (_, k) => k === 'international' || k === 'military-alliance',
  bloc: (_, k) => k === 'international',
  group: () => true,
  organisation: () => true,
  organization: () => true,
  body: () => true,
  agency: (n) => /\b(?:Agency|Office|Service|Authority|Administration)\b/.test(n),
  // Sports and trade bodies go by either word ("the Football Association" … "the federation").
  federation: (n) => FEDERATION_NAME.test(n),
  association: (n) => FEDERATION_NAME.test(n),
};

/** Descriptors that name the same kind of body ("payments company X" … "the firm"). */
const BUSINESS_DESCRIPTORS = new Set(['company', 'firm', 'start-up', 'startup', 'business']);

function fitsGenericNominal(head: string, c: Cluster, mention: Mention): boolean {
  // An organisation the text described ("payments company X") is "the company" later.
  const described = c.mentions.some((x) => x.kind === 'name' && x.head && (x.head === head || (BUSINESS_DESCRIPTORS.has(x.head) && BUSINESS_DESCRIPTORS.has(head))));
  if (described) return true;
  const fits = GENERIC_ORGANIZATION_NOMINALS[head];
  return !!fits && fits(mention.name, c.knowledge?.kind);
}

function resolvePronoun(m: Mention, mentions: Mention[], clusterOf: (Cluster | undefined)[], tokens: Token[]): Cluster | undefined {
  if (m.plural) return undefined; // groups are handled by the group pass
  if (m.name.toLowerCase() === 'whose') return relativeAntecedent(m, mentions, clusterOf);
  const wantPerson = m.type === 'Person';
  let best: { c: Cluster; score: number } | undefined;
  for (let i = m.i - 1; i >= 0; i--) {
    const other = mentions[i]!;
    const distance = m.sentence - other.sentence;
    if (distance > 2) break;
    const c = clusterOf[i];
    if (!c || other.kind === 'demonym') continue;
    if (wantPerson ? c.type !== 'Person' : c.type !== 'Country' && c.type !== 'Organization') continue;
    if (wantPerson && m.gender && genderOf(c) && genderOf(c) !== m.gender) continue;
    // Inside one quotation, "he" is rarely the speaker named after it; outside, prefer subjects and recent mentions.
    let score = 10 - distance * 4 - (m.i - i) * 0.1;
    if (isSubject(other, tokens)) score += 2;
    if (other.start > m.start) continue;
    if (!best || score > best.score) best = { c, score };
  }
  return best?.c;
}

/** "the AFC, whose president": the nearest organisation or country before it in its sentence. */
function relativeAntecedent(m: Mention, mentions: Mention[], clusterOf: (Cluster | undefined)[]): Cluster | undefined {
  for (let i = m.i - 1; i >= 0 && mentions[i]!.sentence === m.sentence; i--) {
    const c = clusterOf[i];
    if (mentions[i]!.kind === 'demonym' || !c) continue;
    if (c.type === 'Organization' || c.type === 'Country') return c;
    if (c.type === 'Person') return undefined;
  }
  return undefined;
}

/**
 * The country last named with the same noun before m: "Yemen's government", "the government of Yemen"
 * for "the government" ("Indian authorities" says nothing of whose "the government" is).
 */
function governedCountry(m: Mention, mentions: Mention[], clusterOf: (Cluster | undefined)[], tokens: Token[]): Cluster | undefined {
  for (let i = m.i - 1; i >= lookbackStart(m); i--) {
    const c = clusterOf[i];
    const other = mentions[i]!;
    if (c?.type !== 'Country' || other.kind === 'nominal') continue;
    let j = other.tokenEnd;
    if (isPossessive(tokens[j]?.text)) j++;
    while (tokens[j]?.pos === 'ADJ' && tokens[j]!.text === tokens[j]!.lower) j++;
    if (tokens[j]?.lower === m.head) return c;
    if (tokens[other.tokenStart - 1]?.lower === 'of' && tokens[other.tokenStart - 2]?.lower === m.head) return c;
  }
  return undefined;
}

/** "the Nigerian government accused …", "Tajik officials said": a demonym standing for its country's agents. */
function actsAsCountry(m: Mention, tokens: Token[]): boolean {
  const next = tokens[m.tokenEnd];
  return !!next && COUNTRY_AGENT_NOUNS.has(next.lower) && !m.plural;
}

function genderOf(c: Cluster): 'm' | 'f' | undefined {
  for (const m of c.mentions) if (m.gender && m.kind !== 'pronoun') return m.gender;
  return undefined;
}

/** A mention directly followed by a verb, or first in its sentence. */
function isSubject(m: Mention, tokens: Token[]): boolean {
  const after = tokens[m.tokenEnd];
  if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return true;
  // "The International Olympic Committee (IOC), which …, said": a name opening its sentence.
  const before = tokens[m.tokenStart - 1];
  const opens = !before || before.sentence !== m.sentence || (before.pos === 'DET' && tokens[m.tokenStart - 2]?.sentence !== m.sentence);
  const possessor = isPossessive(after?.text);
  return opens && m.kind === 'name' && m.type !== 'Person' && !possessor;
}

function linkAcronyms(mentions: Mention[], tokens: Token[], clusters: Cluster[], clusterOf: (Cluster | undefined)[], byKey: Map<string, Cluster>): void {
  // "Korean Central News Agency (KCNA)": the acronym in brackets names the phrase before it.
  for (const m of mentions) {
    const c = clusterOf[m.i];
    if (!c || m.kind !== 'name') continue;
    if (tokens[m.tokenEnd]?.text !== '(') continue;
    const inner = mentions.find((x) => x.tokenStart === m.tokenEnd + 1 && tokens[x.tokenEnd]?.text === ')');
    if (!inner) continue;
    const ic = clusterOf[inner.i];
    if (!ic || ic === c || ic.knowledge) continue;
    // The bracket names the phrase only if the phrase is an organisation or the letters fit
    // ("Caisse de dépôt … du Québec (CDPQ)" must not make CDPQ a name of Québec).
    if (c.type !== 'Organization' && !initials(m.name).startsWith(inner.text.slice(0, 2))) continue;
    merge(c, ic, clusters, clusterOf, byKey);
  }
  // An unknown acronym spelling the initials of an organisation named in the text joins it.
  const orgs = clusters.filter((c) => c.type === 'Organization');
  for (const c of orgs) {
    const acronym = c.mentions.find((m) => /^[A-Z]{2,6}$/.test(m.text) && !c.knowledge);
    if (!acronym || c.mentions.some((m) => m.text !== acronym.text)) continue;
    const target = orgs.find((o) => o !== c && o.mentions.some((m) => initials(m.name) === acronym.text));
    if (target) merge(target, c, clusters, clusterOf, byKey);
  }
}

let legislatures: Map<string, KnowledgeEntry[]> | undefined;

/**
 * The one legislature of the story's country (the country named most, at least twice) whose name is
 * the bare head word or starts or ends with it ('Senate' → U.S. Senate, 'House' → House of Representatives).
 */
function homeLegislature(head: string, clusters: Cluster[]): KnowledgeEntry | undefined {
  if (!legislatures) {
    legislatures = new Map();
    for (const e of allEntries()) {
      if (e.kind !== 'legislature' || !e.countryKey) continue;
      const list = legislatures.get(e.countryKey) ?? [];
      list.push(e);
      legislatures.set(e.countryKey, list);
    }
  }
  let home: Cluster | undefined;
  for (const c of clusters) if (c.type === 'Country' && c.knowledge && (!home || c.mentions.length > home.mentions.length)) home = c;
  if (!home || home.mentions.length < 2) return undefined;
  const rival = clusters.some((c) => c !== home && c.type === 'Country' && c.mentions.length === home!.mentions.length);
  if (rival) return undefined;
  const words = (name: string) => name.split(/\s+/);
  const matches = (legislatures.get(home.knowledge!.key) ?? []).filter((e) => [e.name, ...e.aliases].some((n) => words(n)[0] === head || words(n).at(-1) === head));
  return matches.length === 1 ? matches[0] : undefined;
}


/**
 * Organisations by the first and by the last word (lower case) of each of their names: a short name
 * can only stand for one of those that share its first word (or, for a head word, its last), so only
 * those are compared, not every organisation of the text.
 */
interface OrganizationNames {
  first: Map<string, Set<Cluster>>;
  last: Map<string, Set<Cluster>>;
}

function indexOrganizationNames(clusters: Cluster[]): OrganizationNames {
  const index: OrganizationNames = { first: new Map(), last: new Map() };
  for (const c of clusters) for (const x of c.mentions) addOrganizationName(index, c, x);
  return index;
}

function addOrganizationName(index: OrganizationNames, c: Cluster, x: Mention): void {
  // Unknown places too: "Blenheim" may be short for "Blenheim Palace" (prefixOfOrganization).
  if ((c.type !== 'Organization' && !(c.type === 'Location' && !c.knowledge)) || x.kind !== 'name') return;
  const words = x.name.toLowerCase().split(/\s+/);
  for (const [map, word] of [[index.first, words[0]!], [index.last, words[words.length - 1]!]] as const) {
    const set = map.get(word);
    if (set) set.add(c);
    else map.set(word, new Set([c]));
  }
}

/** The one organisation (of `clusters`) whose name begins with all the words of this mention (in any order of mention). */
function prefixOfOrganization(clusters: Iterable<Cluster>, m: Mention): Cluster | undefined {
  const words = m.name.toLowerCase().split(/\s+/);
  if (words.length === 1 && GENERIC_NAME_WORDS.has(words[0]!)) return undefined;
  const matches = [...clusters].filter(
    (c) =>
      // "Blenheim" after "Blenheim Palace": a small town's name is short for a facility named after it too.
      (c.type === 'Organization' || (c.type === 'Location' && !c.knowledge)) &&
      c.mentions.some((x) => {
        if (x.kind !== 'name') return false;
        const full = x.name.toLowerCase().split(/\s+/);
        return full.length > words.length && words.every((w, k) => w === full[k]);
      }),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function merge(into: Cluster, from: Cluster, clusters: Cluster[], clusterOf: (Cluster | undefined)[], byKey: Map<string, Cluster>): void {
  for (const m of from.mentions) {
    into.mentions.push(m);
    clusterOf[m.i] = into;
  }
  from.mentions = [];
  clusters.splice(clusters.indexOf(from), 1);
  for (const [k, v] of byKey) if (v === from) byKey.set(k, into);
}

// ---------------------------------------------------------------------------------------------

function toEntity(c: Cluster, text: string): Entity {
  const names = c.mentions.filter((m) => m.kind === 'name' || m.kind === 'demonym');
  let name: string;
  if (c.knowledge) name = c.knowledge.name;
  else if (c.type === 'Person') name = names.map((m) => m.name).sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0]!;
  else name = names.map((m) => m.name).sort((a, b) => b.length - a.length)[0]!;
  const aliases = new Set<string>();
  for (const m of names) {
    if (m.kind === 'demonym') continue;
    aliases.add(m.name);
    aliases.add(text.slice(m.start, m.end));
  }
  aliases.delete(name);
  const entity: Entity = {
    id: `${c.type.toLowerCase()}:${slug(name)}`,
    type: c.type,
    name,
    aliases: [...aliases],
    mentions: c.mentions.map((m) => ({ start: m.start, end: m.end })),
  };
  const evidence = c.evidence ?? (c.knowledge ? 'gazetteer' : names.find((m) => m.kind === 'name' && !m.tentative && m.evidence)?.evidence ?? names.find((m) => m.evidence)?.evidence);
  if (evidence) entity.evidence = evidence;
  const k = c.knowledge;
  if (k) {
    entity.attributes = { knowledgeKey: k.key };
    if (k.countryKey) entity.attributes.countryKey = k.countryKey;
    if (k.kind) entity.attributes.kind = k.kind;
  }
  // "President Biden" with no country in sight gives no HOLDS_ROLE, but its title still tells which
  // Biden of the archive the article means (src/resolve/persons.ts).
  const title = c.type === 'Person' ? mostFrequent(names.flatMap((m) => (m.role ? [m.role] : []))) : undefined;
  if (title) (entity.attributes ??= {}).title = title;
  return entity;
}

/** The value given most often (the first of equals), or undefined for none. */
function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * The country the text gives an organisation or place by a possessive in front of its name
 * ("Libya's House of Representatives"): recorded as its `countryKey`, so that across articles the
 * bodies of one name in two countries stay two (src/resolve/homonyms.ts). A gazetteer entry of
 * another country's body of that name ('House of Representatives' → the U.S. one) is not this body.
 */
function qualifyCountry(entity: Entity, c: Cluster, mentionEndingAt: Map<number, Mention>, clusterOf: (Cluster | undefined)[], text: string): void {
  if (c.type !== 'Organization' && c.type !== 'Location') return;
  // "Sweden's NATO membership": an international body (known, with no country of its own) is not qualified.
  if (c.knowledge && !c.knowledge.countryKey) return;
  for (const m of c.mentions) {
    if (m.kind !== 'name') continue;
    // "'s " is three characters: the possessor ends exactly three before the name (a lookup, not a scan of every mention).
    const possessor = mentionEndingAt.get(m.start - 3);
    const before = possessor && /^['’]s\s$/.test(text.slice(possessor.end, m.start)) ? possessor : undefined;
    const country = before && clusterOf[before.i]?.type === 'Country' ? clusterOf[before.i]!.knowledge?.key : undefined;
    if (!country) continue;
    const attributes = entity.attributes ?? {};
    if (attributes.countryKey && attributes.countryKey !== country) delete attributes.knowledgeKey;
    attributes.countryKey = country;
    entity.attributes = attributes;
    return;
  }
}

export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s) return s;
  // Names in other scripts: a short stable hash.
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return `x${h.toString(36)}`;
}

/**
 * Typing of names the gazetteer does not know: the evidence for each type, in one place.
 *
 * Reads the tokens of one capitalised phrase and what stands around it; returns the type with the
 * evidence for it, or undefined when the phrase names none of the four types. Examples:
 *
 *   "Mr Kowalczyk"                  → Person        honorific
 *   "Minister Ato Boateng"          → Person        title
 *   "Yusuf Adebayo"                 → Person        given-name
 *   "Paranal Observatory"           → Location      head:Observatory
 *   "Tonga Cricket Council"         → Organization  head:Council
 *   "Clean Water Act", "Storm Lola" → undefined     (a law, a weather phenomenon: not an entity)
 *   "Cobalt Meridian"                → Person, tentative: a guess that coreference keeps only with
 *                                     person evidence elsewhere (see personContext)
 *
 * A capitalised phrase is a Person only with person evidence: a known given name, an honorific, a
 * title, a person apposition ("X, 41,"), coreference with such a mention, or a context only people
 * have. Otherwise its head word decides, and names of things (laws, deals, products, vehicles,
 * instruments, journals, events, wars, weather, diseases, awards, programmes) are not entities.
 */
import { isFirstName, isLocationHead, isOrganizationHead, isTitleWord, lookupDemonym, lookupName } from '../knowledge/index.js';
import type { EntityType, Mention, Token } from '../model.js';
import { FEMALE_PRONOUNS, LOCATIVE_PREPOSITIONS, MALE_PRONOUNS } from './lexicon.js';
import { isCommonWord } from './headline-names.js';
import { isLexiconWord } from './reading.js';

/** Why a mention got its type: short and machine-readable ('given-name', 'head:Observatory', 'gazetteer'). */
export type TypeEvidence = string;

export interface NameTyping {
  type: EntityType;
  evidence: TypeEvidence;
  /** A guess from the phrase's shape alone: coreference keeps it only with evidence found elsewhere. */
  tentative?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Head words
// ---------------------------------------------------------------------------------------------

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Facilities named like organisations but used as places ("John Radcliffe Hospital", "Heathrow Airport", "Paranal Observatory"). */
export const FACILITY_HEADS = set(
  'Hospital Airport Airbase Stadium Arena Lodge Resort Motel Inn Square Bridge Prison Jail Station Hotel Cathedral Mosque Church Temple Palace Port Harbour Harbor ' +
    'Dam Camp Plant Refinery Mine Base Barracks Crossing Checkpoint Observatory Mall Market Cemetery Park Zoo Tower Building Monument Memorial ' +
    'Beach Pier Terminal Courthouse Pavilion Gardens Garden Reservoir Canal Highway Freeway Motorway Boulevard Avenue Street Road',
);

/** Last words of named events and competitions ("World Cup", "Nations Championship"). */
export const EVENT_HEADS = set('Cup Championship Championships Games Olympics Olympiad Paralympics Open Trophy Tournament Series Festival Expo Marathon Prix Derby Week Day Month Year Weekend Anniversary Jubilee Awards Prize');

/** First words of named events and phenomena ("Storm Daniel", "Hurricane Ida", "Operation Sea Guardian"). */
export const EVENT_NAME_WORDS = set('Storm Hurricane Typhoon Cyclone Tropical Operation Exercise Tornado Winter Summer Battle Siege');

/**
 * Last words of names of things that are none of the four types: laws and amendments, deals and
 * accords, plans and programmes, wars and crises, diseases, instruments, vehicles, awards, works.
 */
const THING_HEADS = set(
  // laws, deals, plans
  'Act Acts Amendment Amendments Bill Laws Code Statute Ordinance Decree Resolution Deal Accord Accords Treaty Treaties Agreement Pact Protocol ' +
    'License Licence Underground Order Orders Charter Declaration Doctrine Plan Agenda Programme Program Strategy Framework Scheme Constitution Compact Mandate ' +
    // wars, crises, phenomena, diseases
    'War Wars Revolution Uprising Crisis Pandemic Epidemic Outbreak Flu Influenza Virus Syndrome Disease Fever Massacre Genocide Holocaust ' +
    'Earthquake Eruption Wildfire Floods Drought Blizzard Heatwave Eclipse Comet Nebula Galaxy ' +
    // instruments, vehicles, products, works
    'Telescope Imager Spectrograph Detector Rover Probe Satellite Spacecraft Capsule Rocket Launcher Module Flight Vaccine ' +
    'Phone Console Engine Jet Helicopter Drone Missile Missiles Tank Ship Vessel Submarine Carrier Destroyer Frigate Boat ' +
    'Album Novel Film Movie Show Podcast Book Trilogy Triangle Theorem Equation Award Medal Prize Fellowship Scholarship ' +
    // events and seasons
    'God Gods Allah Eve Conference Summit Election Elections Referendum Primary Primaries Caucuses Debate Convention Parade Protests Rally',
);

/** Lower-case heads of things named after a person or place ("the James Webb telescope", "the Pulitzer prize"). */
const LOWERCASE_THING_HEADS = set('telescope spacecraft satellite rover probe vaccine act bill treaty accord prize award trophy medal storm hurricane typhoon cyclone');

/** "U.S.S. Grayback", "HMS Victory", "MS Estonia": ship prefixes. */
const SHIP_PREFIXES = set('USS U.S.S. HMS H.M.S. RMS MS MV SS INS HMAS HMCS HMNZS');

/** A roman numeral or number closing a name ("World War II", "Apollo 11"): a war, a mission, a product. */
const NUMBERED = /^(?:[IVX]+|\d+[A-Za-z]?)$/;

/** True when the phrase names a thing that is none of the four types (a law, a war, a telescope, a ship). */
export function namesAThing(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && (EVENT_NAME_WORDS.has(first) || SHIP_PREFIXES.has(first))) return true;
  // "Summit for Democracy", "Summit on Climate": a summit named by its subject.
  if (words.length > 2 && first === 'Summit' && /^(?:of|for|on)$/.test(words[1]!)) return true;
  if (EVENT_HEADS.has(last) || THING_HEADS.has(last)) return true;
  // "Roman Catholic Christianity", "Tibetan Buddhism": religions and doctrines.
  if (words.length > 1 && last.length >= 8 && /(?:ism|ity)$/.test(last) && !isOrganizationHead(last)) return true;
  // "World War II", "Apollo 11": a name ending in a numeral, after a thing's head.
  if (words.length > 1 && NUMBERED.test(last) && THING_HEADS.has(words[words.length - 2]!)) return true;
  return false;
}

/**
 * Head words that are also common surnames ("Jeremy Hunt", "Shirley Temple", "Margaret Court"): after
 * a known given name, in a two-word phrase, they are the surname.
 */
const SURNAME_HEADS = set('Temple Church Court House Banks Bank Wood Ford Bell King Mills Brooks Post Ward Guard Fleet Chambers Marsh Law Song Hunt Press Mission Service Rivers');

/** The head word typing an unknown name: 'Location' for facilities and places, 'Organization' for bodies. */
export function headType(words: readonly string[]): NameTyping | undefined {
  // "Office of Management and Budget", "Institute for Fiscal Studies", "Council on Energy Policy": the
  // head stands before "of"/"for"/"on".
  const of = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on'));
  if (of > 0) {
    const inner = headType(words.slice(0, of));
    if (inner) return inner;
  }
  const last = words[words.length - 1]!;
  if (FACILITY_HEADS.has(last) && words.length > 1) return { type: 'Location', evidence: `head:${last}` };
  // "Baylor Medical Center": a hospital, a place like "… Hospital".
  if (/^(?:Center|Centre)$/.test(last) && words[words.length - 2] === 'Medical') return { type: 'Location', evidence: 'head:Medical Center' };
  if (isOrganizationHead(last)) return { type: 'Organization', evidence: `head:${last}` };
  if (SPORT_HEADS.has(last) && words.length > 1) return { type: 'Organization', evidence: `head:${last}` };
  if (isLocationHead(last) && words.length > 1) return { type: 'Location', evidence: `head:${last}` };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The type of an unknown name
// ---------------------------------------------------------------------------------------------

/** What the mention builder knows about the phrase's surroundings. */
export interface NameContext {
  tokens: readonly Token[];
  start: number;
  end: number;
  /** An honorific right before ("Mr", "Dr"). */
  honorific: boolean;
  /** A title right before ("President", "Foreign Minister"). */
  afterTitle: boolean;
  /** The sentence is a headline in Title Case: capitals say nothing. */
  titleCased: boolean;
  /** "the town of X" or a name coordinated with such a place. */
  placeDescribed: boolean;
  /** A one-word name coordinated with a place named after a locative preposition ("in Khovd and Darkhan"). */
  placeConjunct: boolean;
  /** The bracketed short form of an organisation named right before ("… of Kenya (Cofek)"). */
  shortFormOfOrganization: boolean;
}

/** Lower-case heads that make "<Name> <head>" an organisation ("Yonhap news agency", "the Wagner group"). */
export const LOWERCASE_ORG_HEADS = set('agency newspaper magazine tabloid website broadcaster daily party group militia movement network police union federation coalition alliance consortium conglomerate');
/** Acronyms that are not organisations (time zones, units, common abbreviations). */
export const NON_ENTITY_ACRONYMS = set(
  'AM PM BST GMT UTC EST EDT PST PDT CET CEST IST JST TV CEO CFO COO GDP GNP VAT PPE HIV AIDS COVID SARS DNA RNA ID IDs OK USD EUR GBP JPY CNY RMB KM KG MW GW LNG LGBT LGBTQ FAQ PR AI IT VIP SUV PhD MP MPs QC KC RIP CCTV HIMARS ICBM ICBMs MRI CT GPS PCR STEM',
);
const TITLE_MODIFIER_WORDS = set('former then acting outgoing incoming interim ex current late sitting newly');
/** Time adverbs that open sentences capitalised ("Yesterday, the Administrator …", "TODAY, the President …"). */
const TIME_WORDS = set('yesterday today tomorrow tonight now currently recently earlier later previously');
/** Closed-class words that, capitalised, open no name ("Chair In Global Politics", "I'm", "Who"). */
const FUNCTION_WORDS = set('in on at of for to by with from into and or but nor so if as do does did is are was were be i you we they he she it who whom what which that this these those there here my your our their his her its me us them');

const ACRONYM = /^(?:[A-Z][A-Z0-9&]{1,9}|(?:[A-Z]\.){2,4}|[A-Z][a-z]?[A-Z][A-Za-z]{0,6})$/;
export const isAcronym = (text: string): boolean => ACRONYM.test(text) && /[A-Z].*[A-Z]/.test(text);
const CAPITALISED = /^(?:\p{Lu}|['ʻ‘’]\p{Lu}|(?:al|el|ad|as|an|ar|at|az|bin|ibn|de|d'|da|di|du|van|von|le|la|mc|o')-?\p{Lu})/u;
export const isCapitalised = (text: string): boolean => CAPITALISED.test(text);
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;

/**
 * A given name opening the phrase: a known first name, or initials before a surname ("C.L. Gammon",
 * "J. Smith"); the given name may follow a surname-first family name only when both are known.
 */
export function givenNameAt(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (words.length < 2) return false;
  // "London CBD", "Florida Native Vote": a given name that also names a country, region or large city
  // is no evidence before an acronym or in a longer phrase; "Paris Hilton" stays a person.
  if (isFirstName(first) && /^[A-Z]{2,}[A-Z0-9&]*$/.test(words[1]!)) return false;
  if (isFirstName(first) && words.length >= 3 && isPlaceName(first)) return false;
  if (isFirstName(first)) return true;
  return INITIAL.test(first) && !INITIAL.test(words[words.length - 1]!);
}

/** Party members' words that qualify a name without being part of it ("Democrat X", "Republican Y Z"). */
const PARTY_WORDS = set('Democrat Democrats Republican Republicans Tory Labour Conservative Liberal Socialist Communist Independent Longtime Veteran Legendary Late Ex Candidate Nominee Challenger Incumbent Presenter Podcaster');
/** Closed-class words that open sentences and stand before a name without being part of it. */
const OPENING_WORDS = set('both hi hello dear thanks meanwhile also when while after before although though unlike like according but and or so as if then yes no');
/** Sports whose name closes a club's or body's name ("Sunshine Coast Rugby", "Lakeside Netball"). */
const SPORT_HEADS = set('Rugby Football Cricket Hockey Netball Athletics Basketball Baseball Soccer Volleyball Handball Cycling Rowing Sailing Tennis Golf Boxing Swimming');
const ORDINALS = set('First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Annual Inaugural');
/** Occupations written capitalised before a name ("Podcaster X Y", "Guitarist X Y", "Singer-songwriter X Y"). */
const OCCUPATION = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:ist|er|or|ian|ant|ent)$/u;
/** Words that end no person's name: captions and credits glued to a name ("X Y Image"). */
export const CAPTION_WORDS = set('Image Images Photo Photos Picture Video Credit Credits Source Caption File');
/** "HawkinsImage": a caption word glued to a name by a scrape. */
export const GLUED_CAPTION = /\p{Ll}(?:Image|Photo|Video)$/u;

/**
 * How many words open the phrase without being part of the name: a party or occupation word before a
 * given name ("Republican Kevin Okafor", "Podcaster Lee Adams"), or a party word before a surname
 * ("Democrat Okafor"). 0 when the phrase starts with the name.
 */
export function leadingDescriptor(words: readonly string[]): number {
  // "the Sixth National Climate Task Force": an ordinal counts meetings or editions, not the body.
  if (words.length >= 3 && ORDINALS.has(words[0]!) && isOrganizationHead(words[words.length - 1]!)) return 1;
  if (words.length < 2 || isFirstName(words[0]!)) return 0;
  if (PARTY_WORDS.has(words[0]!)) return 1;
  // "Both Pete Buttigieg and …", "Hi Agastya": a capitalised closed-class word opening a sentence.
  if (OPENING_WORDS.has(words[0]!.toLowerCase()) && isFirstName(words[1]!)) return 1;
  return words.length >= 3 && isFirstName(words[1]!) && OCCUPATION.test(words[0]!) ? 1 : 0;
}

/** Last words of jobs and portfolios ("Health Lead", "Senior Fellow", "Public Affairs", "Economic Mobility"). */
const JOB_NOUNS = set('lead fellow assistant associate intern liaison counsel manager specialist analyst consultant strategist organizer organiser coordinator officer principal trustee vp');
const PORTFOLIO_NOUNS = set('policy affairs engagement partnerships initiatives programs programmes equity mobility development outreach operations strategy communications innovation relations');

/**
 * A phrase of common English words (no given name, no known name, no head of a body or a place)
 * ending in a job or portfolio noun; one word alone only when it is such a noun.
 */
export function jobOrPortfolio(words: readonly string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  if (!JOB_NOUNS.has(last) && !PORTFOLIO_NOUNS.has(last)) return false;
  return words.every((w) => isCommonWord(w) || (isTitleWord(w) && !isFirstName(w) && !isOrganizationHead(w) && !lookupName(w)));
}

/**
 * "Gun Violence Prevention", "Rose Garden Club": three or more words that are all common English words
 * (the first maybe also a given name) make a name of a thing, not a person's.
 */
export function commonWordsOnly(words: readonly string[]): boolean {
  return words.length >= 3 && words.every((w, i) => (i === 0 ? /^\p{Lu}\p{Ll}{2,}$/u.test(w) && isLexiconWord(w.toLowerCase()) : isCommonWord(w)));
}

/** A country, a region or a city of a million people ('Georgia', 'Montana', 'London'). */
function isPlaceName(word: string): boolean {
  const entry = lookupName(word);
  return !!entry && (entry.type === 'Country' || (entry.type === 'Location' && (entry.kind !== 'city' || (entry.population ?? 0) >= 1_000_000)));
}

/** The type of an unknown name, with its evidence; undefined when it is not a name worth keeping. */
export function typeOfUnknownName(ctx: NameContext): NameTyping | undefined {
  const toks = ctx.tokens.slice(ctx.start, ctx.end);
  const words = toks.map((t) => t.text);
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const after = ctx.tokens[ctx.end];
  // "Jeremy Hunt", "Shirley Temple": a given name and a surname that is also a head word.
  const surnamed = words.length === 2 && SURNAME_HEADS.has(words[1]!) && isFirstName(words[0]!);
  if (surnamed) return { type: 'Person', evidence: 'given-name' };
  // Named storms, operations, laws, wars, telescopes and competitions are not entities ("Office of
  // Management and Budget" is an office: its head before "of" decides first).
  const ofHead = words.includes('of') || words.includes('for') ? headType(words) : undefined;
  if (!ofHead && namesAThing(words) && !ctx.honorific) return undefined;
  // "Former federation president X": a capitalised title modifier opening a sentence is no name.
  if (toks.length === 1 && TITLE_MODIFIER_WORDS.has(first.lower)) return undefined;
  // "Yesterday, the Administrator of …", "Today National Security Advisor X met …": a time adverb is no name (in capitals neither).
  if (toks.length === 1 && TIME_WORDS.has(first.lower)) return undefined;
  // "Deputy Commander INDOPACOM Lieutenant General X": an acronym after a title is an organisation.
  if (toks.length === 1 && isAcronym(first.text) && first.text.length >= 3 && !ctx.honorific && !NON_ENTITY_ACRONYMS.has(first.text)) return { type: 'Organization', evidence: 'acronym' };
  // "In Global Politics", "Do", "I'm": a capitalised function word opens no name.
  // ("Grace Atieno Were": inside a name a capitalised "Were" is a surname; a contraction like "I'm" never is.)
  if (FUNCTION_WORDS.has(first.lower) || toks.some((t) => /['’]/.test(t.text) && FUNCTION_WORDS.has(t.lower.replace(/['’].*$/, '')))) return undefined;
  if (ctx.honorific) return { type: 'Person', evidence: 'honorific' };
  // "Senior Fellow", "Arts and Health Lead", "Director of Economic Mobility": a job or portfolio made of
  // common words (in the lists of readouts, "Name, Title, Organisation") names no one.
  if (jobOrPortfolio(words)) return undefined;
  // "Henderson Executive Airport": a title word opening a place's or body's name is part of it.
  if (ctx.afterTitle && !givenNameAt(words) && !isFirstName(first.text)) {
    const head = headType(words);
    if (head) return head;
    if (namesAThing(words)) return undefined;
    // "Executive Airport" cut short: a lone head word after a title is the end of a name, not a person.
    // "Minister of Defence", "Democratic Candidate", "Governor of the Region": a lone title, portfolio or head word.
    if (words.length === 1 && (FACILITY_HEADS.has(first.text) || isOrganizationHead(first.text) || isLocationHead(first.text) || isTitleWord(first.text) || PARTY_WORDS.has(first.text))) return undefined;
  }
  if (ctx.afterTitle) return { type: 'Person', evidence: 'title' };
  const lowerAfter = after && after.text === after.lower && after.pos === 'NOUN';
  // "the James Webb telescope", "the Nobel prize", "the Clean Air act": a thing named after someone.
  if (after && after.text === after.lower && LOWERCASE_THING_HEADS.has(after.lower)) return undefined;
  // "the eastern Donbass region", "the Crimean peninsula"
  if (lowerAfter && isLocationHead(after.text)) return { type: 'Location', evidence: `head:${after.lower}` };
  // "Northamptonshire police", "the United Steelworkers union", "the Wagner group"
  if (lowerAfter && LOWERCASE_ORG_HEADS.has(after.lower) && !isFirstName(first.text)) return { type: 'Organization', evidence: `head:${after.lower}` };
  // "African Continental Free Trade Area (AfCFTA)": a name defining an acronym is an organisation.
  if (after?.text === '(' && isAcronym(ctx.tokens[ctx.end + 1]?.text ?? '') && ctx.tokens[ctx.end + 2]?.text === ')' && toks.length > 1) return { type: 'Organization', evidence: 'defines-acronym' };
  if (toks.length === 1 && ctx.shortFormOfOrganization) return { type: 'Organization', evidence: 'short-form' };
  const head = headType(words);
  if (head?.type === 'Location' && FACILITY_HEADS.has(last.text)) return head;
  if (head?.type === 'Organization') return head;
  // "North American trade", "East Asian": an adjective modifying a noun is not a name.
  const adjectival = last.pos === 'ADJ' || !!lookupDemonym(last.text) || /(?:an|ian|ese|ish)$/.test(last.text);
  if (adjectival && after && after.text === after.lower && /^(?:NOUN|CCONJ)$/.test(after.pos)) return undefined;
  if (head) return head;
  if (ctx.placeDescribed) return { type: 'Location', evidence: 'place-descriptor' };
  if (toks.length === 1 && isAcronym(first.text)) {
    if (NON_ENTITY_ACRONYMS.has(first.text) || first.text.length < 2) return undefined;
    return { type: 'Organization', evidence: 'acronym', ...(first.text.length < 3 ? { tentative: true } : {}) };
  }
  if (givenNameAt(words) && !commonWordsOnly(words)) return { type: 'Person', evidence: 'given-name' };
  if (ctx.titleCased) return undefined;
  // "The Greens", "The Moral Landscape": a capitalised article opens the name of a group or a work, never a person's.
  if (first.text === 'The') return undefined;
  // No evidence: a guess that coreference keeps only when the text shows a person.
  if (toks.length >= 2 && toks.length <= 4 && toks.every((t) => t.pos === 'PROPN' || CAPITALISED.test(t.text))) return { type: 'Person', evidence: 'shape', tentative: true };
  if (toks.length === 1) {
    const before = ctx.tokens[ctx.start - 1];
    if (before && ['in', 'at', 'near', 'from', 'outside'].includes(before.lower)) return { type: 'Location', evidence: 'place-context', tentative: true };
    if (ctx.placeConjunct) return { type: 'Location', evidence: 'place-context', tentative: true };
    return { type: 'Person', evidence: 'shape', tentative: true };
  }
  return { type: 'Organization', evidence: 'shape', tentative: true };
}

// ---------------------------------------------------------------------------------------------
// Person evidence around a mention (for guessed names, at coreference)
// ---------------------------------------------------------------------------------------------

/** Nouns that say a following lone name is a person ("his son Hunter", "the actress X"). */
export const PERSON_INTRODUCERS = set(
  'son daughter wife husband brother sister father mother uncle aunt cousin nephew niece widow widower partner grandson granddaughter ' +
    'lawyer attorney aide adviser advisor spokesman spokeswoman boyfriend girlfriend motorcyclist driver teenager victim suspect colleague ' +
    'actor actress singer rapper musician comedian author novelist writer poet painter artist director producer journalist reporter ' +
    'photographer host presenter player striker goalkeeper coach manager footballer cricketer athlete swimmer runner boxer ' +
    'scientist researcher astronomer professor economist analyst historian physician surgeon nurse doctor student pupil teacher ' +
    'businessman businesswoman entrepreneur billionaire millionaire activist campaigner protester candidate lawmaker politician ' +
    'senator congressman congresswoman legislator founder co-founder ceo chairman chairwoman chairperson',
);
/** Words after "X's" that only a person has ("X's wife", "X's funeral"). */
const PERSON_POSSESSIONS = set('wife husband son sons daughter daughters mother father brother sister family widow parents children funeral death birthday lawyer attorney campaign career');
/** Verbs only people are the subject of ("X died", "X was born", "X pleaded guilty"). */
const PERSON_VERBS = set('died dies born married pleaded testified resigned retired graduated tweeted smiled laughed wept');
/** Speech verbs right after a name ("X said"): a person when a personal pronoun follows. */
const SPEECH_AFTER = set('said says told added wrote stated announced warned claimed insisted explained recalled');

/**
 * Person-only context around a name mention: "X, 41,", "X, aged 41", "X, who", "X's wife", "X died",
 * "the actress X", or "X said" with "he"/"she" close after. Returns the evidence or undefined.
 */
export function personContext(m: Pick<Mention, 'tokenStart' | 'tokenEnd' | 'sentence'>, tokens: readonly Token[]): TypeEvidence | undefined {
  const before = tokens[m.tokenStart - 1];
  const a1 = tokens[m.tokenEnd];
  const a2 = tokens[m.tokenEnd + 1];
  const a3 = tokens[m.tokenEnd + 2];
  if (before && PERSON_INTRODUCERS.has(before.lower) && before.text === before.lower) return 'introduced';
  if (a1?.text === ',' && a2 && /^\d{1,3}$/.test(a2.text) && (a3?.text === ',' || a3?.text === '.')) return 'apposition:age';
  if (a1?.text === ',' && a2?.lower === 'aged' && /^\d{1,3}$/.test(a3?.text ?? '')) return 'apposition:age';
  if (a1?.text === '(' && a2 && /^\d{1,3}$/.test(a2.text) && a3?.text === ')') return 'apposition:age';
  // (A lone word with ", who" may be a god, a ship or a band: only a full name counts.)
  if (a1?.text === ',' && a2?.lower === 'who' && m.tokenEnd - m.tokenStart > 1) return 'apposition:who';
  if (a1 && /^['’]s$/.test(a1.text) && a2 && PERSON_POSSESSIONS.has(a2.lower)) return 'possession';
  const verb = a1 && /^(?:was|has|had|is)$/.test(a1.lower) ? a2 : a1;
  if (verb && PERSON_VERBS.has(verb.lower)) return 'person-verb';
  if (a1 && SPEECH_AFTER.has(a1.lower)) {
    for (let k = m.tokenEnd + 1; k < Math.min(tokens.length, m.tokenEnd + 25); k++) {
      const t = tokens[k]!;
      if (t.sentence > m.sentence + 1) break;
      if (MALE_PRONOUNS.has(t.lower) || FEMALE_PRONOUNS.has(t.lower)) return 'speaker-pronoun';
    }
  }
  return undefined;
}

/** A place context for a lone word ("in X", "from X"). */
export function placeContext(m: Pick<Mention, 'tokenStart'>, tokens: readonly Token[]): boolean {
  return LOCATIVE_PREPOSITIONS.has(tokens[m.tokenStart - 1]?.lower ?? '');
}

// ---------------------------------------------------------------------------------------------
// Organisation evidence for guessed names
// ---------------------------------------------------------------------------------------------

/**
 * A name only guessed at: a capitalised word read as a person, or as a town (after "from"/"in"), with
 * nothing to confirm it (no honorific, role or entry in the gazetteer). Later evidence may retype it.
 */
export function isGuessedName(m: Mention): boolean {
  return m.kind === 'name' && (m.type === 'Person' || m.type === 'Location') && !!m.tentative && !m.honorific && !m.role && !m.knowledgeId;
}

/** Nouns that describe a business or body ("payments company X", "X, a fintech start-up", "the rock band X"). */
const ORGANIZATION_DESCRIPTORS = set(
  'company firm band label publisher studio magazine website start-up startup bank lender insurer carrier airline operator manufacturer maker ' +
    'retailer conglomerate subsidiary broadcaster developer miner producer supplier group party club charity regulator utility shipper shipbuilder ' +
    'automaker carmaker chipmaker drugmaker fintech',
);

/**
 * Guessed people that the text describes as a business or body somewhere ("payments company Klarvik",
 * "Paylink, a Dutch fintech start-up") are organisations, in every mention of that name (in place).
 */
export function describedOrganizations(mentions: Mention[], tokens: readonly Token[]): void {
  const described = new Map<string, string>();
  for (const m of mentions) {
    const descriptor = isGuessedName(m) ? (descriptorBefore(m, tokens) ?? descriptorApposition(m, tokens)) : undefined;
    if (descriptor && !described.has(m.name)) described.set(m.name, descriptor);
  }
  for (const m of mentions)
    if (isGuessedName(m) && described.has(m.name)) {
      m.type = 'Organization';
      // The descriptor lets coreference read "the company" as this organisation.
      m.head = described.get(m.name)!;
      m.evidence = `descriptor:${m.head}`;
      delete m.tentative;
    }
}

/** "payments company Klarvik", "the carrier Skyvia": a lower-case descriptor right before the name. */
function descriptorBefore(m: Mention, tokens: readonly Token[]): string | undefined {
  const t = tokens[m.tokenStart - 1];
  return t && t.text === t.lower && t.pos === 'NOUN' && ORGANIZATION_DESCRIPTORS.has(t.lower) && t.sentence === m.sentence ? t.lower : undefined;
}

/** "Paylink, a Dutch fintech start-up …": an apposition whose head is a descriptor. */
function descriptorApposition(m: Mention, tokens: readonly Token[]): string | undefined {
  let k = m.tokenEnd;
  if (tokens[k]?.text !== ',') return undefined;
  k++;
  if (!/^(?:a|an|the)$/.test(tokens[k]?.lower ?? '')) return undefined;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j]!;
    if (t.sentence !== m.sentence) return undefined;
    const next = tokens[j + 1];
    const headEnds = !next || next.pos !== 'NOUN' || next.text !== next.lower;
    if (ORGANIZATION_DESCRIPTORS.has(t.lower) && t.text === t.lower && headEnds) return t.lower;
    // Only modifiers before the head: adjectives, nouns, demonyms ("a Dutch fintech start-up").
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === t.lower) || /^(?:of|for|at|in|with|who|whose|which|that|and)$/.test(t.lower) || t.pos === 'VERB' || t.text === ',') return undefined;
  }
  return undefined;
}

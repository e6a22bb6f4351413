/**
 * Closed-class English words the extraction stages reason with: pronouns, prepositions, the nouns that
 * stand for a country's agents, evaluative words of accusation, hedges. Linguistic knowledge only;
 * names of the world live in src/knowledge.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const MONTH_ABBREVIATIONS = set('jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.');

/** Capitalised words that are never (part of) a name. */
export function isCalendarWord(lower: string): boolean {
  const w = lower.replace(/'s$/, '');
  return (WEEKDAYS as readonly string[]).includes(w) || (MONTHS as readonly string[]).includes(w) || MONTH_ABBREVIATIONS.has(w);
}

/** A weekday or month written as a name ("Friday", "March"; not "march" or "MARCH"). */
export function isCalendarName(text: string | undefined, names: readonly string[]): boolean {
  if (!text) return false;
  const lower = text.toLowerCase();
  return names.includes(lower) && text === lower[0]!.toUpperCase() + lower.slice(1);
}

/** The possessive "'s" (straight or curly apostrophe), a token of its own. */
export function isPossessive(text: string | undefined): boolean {
  return text === "'s" || text === '’s';
}

/** Lower-case words that may join capitalised words inside one name ("Bank of England", "Trinidad and Tobago"). */
export const NAME_CONNECTORS = set('of for and the de del della da di do dos das du la le van von der den ter bin ibn bint al el y &');

export const MALE_PRONOUNS = set('he him his himself');
export const FEMALE_PRONOUNS = set('she her hers herself');
export const NEUTER_PRONOUNS = set('it its itself');
export const PLURAL_PRONOUNS = set('they them their theirs themselves');
export const FIRST_PERSON = set('i me my mine we us our ours');

/** Prepositions after which a place name is a place, not an actor ("a visit to Kiev", "in Washington"). */
export const LOCATIVE_PREPOSITIONS = set('in to at from near into outside inside around across toward towards through via within throughout');

/**
 * Nouns that, headed by a country ("Nigerian officials", "United Kingdom officials", "the Chinese
 * government"), make the phrase stand for that country as an actor.
 */
export const COUNTRY_AGENT_NOUNS = set(
  'official officials government governments authorities authority administration leaders leader leadership diplomats diplomat ' +
    'negotiators negotiator side delegation delegations regime military army troops forces navy envoys envoy cabinet state',
);

/** Nominal heads that refer back to an organisation named earlier ("the embassy", "the alliance"). */
export const ORGANIZATION_NOMINALS = set(
  'agency alliance association authority bank bloc body board commission committee company corporation council court department embassy federation firm ' +
    'forum fund group institute league ministry movement office organisation organization party police regulator union university watchdog army navy',
);

/** Number words a group nominal counts with ("the two leaders", "the three countries"). */
export const GROUP_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4]]);

/** Nominal heads that refer back to a country ("the country", "the kingdom"). */
export const COUNTRY_NOMINALS = set('country nation kingdom republic state island-nation emirate');

/**
 * Nominal heads that stand for a country's government ("accused the government of …"): the country
 * whose government the text named, else the story's home.
 */
export const GOVERNMENT_NOMINALS = set('government authorities');

/** Nominal heads that refer back to a place ("the county", "the city"). */
export const LOCATION_NOMINALS = set('city town capital county province region village island peninsula district territory area');

/** Speech and statement verbs (lemmas): their subject is the speaker of what they report. */
export const SPEECH_VERBS = set(
  'say tell add state announce declare note stress insist warn claim argue write report reiterate confirm deny explain ' +
    'emphasise emphasize acknowledge admit assert remark reply respond comment tweet post indicate outline suggest',
);

/** Words that mark a plan or wish, not a fact ("keen to visit", "would like to meet"). */
export const PLAN_MARKERS = set(
  'keen plan plans planned planning hope hopes hoped hoping want wants wanted wanting intend intends intended intention aim aims aimed ' +
    'expect expects expected expected seek seeks sought seeking set due scheduled prepare prepares preparing propose proposed proposes ' +
    'wish wishes wished eager ready willing offer offered offers try tries tried trying would like looking',
);

/** Modal auxiliaries that make a clause hypothetical or future. */
export const HYPOTHETICAL_MODALS = set('could might may would should must can');
export const FUTURE_MARKERS = set("will shall 'll wo");

/** Negations that cancel the relation of their clause. */
export const NEGATIONS = set("not n't never no nobody neither nor without");

/**
 * Evaluative words that, applied to an actor's deeds by a speaker, amount to an accusation
 * ("what he called Russia's reckless actions", "a grave provocation").
 */
export const ACCUSATORY_WORDS = set(
  'reckless aggressive aggression provocation provocations provocative illegal illegitimate unlawful irresponsible hostile belligerent ' +
    'destabilising destabilizing criminal crimes atrocities atrocity genocide invasion occupation violation violations lies ' +
    'propaganda terrorism terrorist terror barbaric brutal brutality unacceptable outrageous baseless unprovoked interference meddling ' +
    'aggressor aggressors maniacs puppet warmongers warmongering treacherous',
);

/** A spouse's courtesy title: "First Lady Jill Biden", "Second Gentleman Douglas Emhoff". */
export const SPOUSE_TITLE = /^(?:first|second)\s+(?:lady|gentleman)$/i;

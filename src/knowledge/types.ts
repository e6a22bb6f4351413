/**
 * Types of the general-knowledge module (gazetteer, demonyms, names, titles). Internal to
 * src/knowledge; the extractor imports them through src/knowledge/index.ts.
 */

/** The entity types a knowledge entry can give a mention (Person is never looked up by name). */
export type KnowledgeType = 'Country' | 'Organization' | 'Location';

export interface KnowledgeEntry {
  /** Stable id: 'country:ua', 'org:nato', 'city:ua:kyiv', 'region:europe', 'region:ua:crimea', 'water:black-sea'. */
  key: string;
  type: KnowledgeType;
  /** Canonical English display name: 'Ukraine', 'NATO', 'Kyiv', 'European Union'. */
  name: string;
  /** Other names and safe abbreviations, as written in text ('United States of America', 'USA', 'U.S.'). */
  aliases: string[];
  /** For cities, regions and national institutions, agencies, parties and armed forces: their country. */
  countryKey?: string;
  /** Cities that are (one of) their country's capitals. */
  capital?: boolean;
  /** A seat of government whose name stands for the government (the Kremlin → 'country:ru'). */
  seatOf?: string;
  /**
   * Finer kind: 'state' | 'territory' | 'international' | 'news' | 'government' | 'legislature' |
   * 'military' | 'security' | 'party' | 'armed-group' | 'company' | 'ngo' | 'court' | 'central-bank' |
   * 'city' | 'continent' | 'region' | 'admin-region' | 'body-of-water' | 'seat' | …
   */
  kind?: string;
  /**
   * The name (or one of its common short forms) is also an ordinary word, a first name or another
   * place ('Chad', 'Jordan', 'Georgia', 'Male', 'Reading'): the extractor should want context.
   */
  ambiguous?: boolean;
  /** Cities: population (GeoNames), used to prefer the bigger of two same-named places. */
  population?: number;
}

export interface DemonymInfo {
  countryKey: string;
  /** A people form in the plural ('Russians', 'Britons', 'Filipinos'); false for adjectives and singulars. */
  plural: boolean;
  /** The word is shared by several countries ('Congolese') or is also a common word: want context. */
  ambiguous?: boolean;
}

export interface TitleMatch {
  /** Index after the last word of the title (exclusive). */
  end: number;
  /** The title as written in the text, words joined by single spaces ('Deputy Foreign Minister'). */
  title: string;
  /** The role noun, in canonical capitalisation ('Minister', 'Secretary', 'spokesman'). */
  head: string;
}

/**
 * Hand-curated corrections to the country data generated from world-countries: the names English
 * news actually writes, short forms and codes that are safe in running text, names that need
 * context, and demonyms the package lacks. General knowledge only.
 */

export interface CountryOverride {
  /** Canonical display name, when news prefers another than world-countries' common name. */
  name?: string;
  /** Extra names and safe short forms / codes. */
  add?: string[];
  /** Names of the generated data to drop (native forms that collide with English words, etc.). */
  drop?: string[];
  /** Names (canonical or added) that are also ordinary words, first names or other places. */
  ambiguous?: string[];
  /** Capitals to use instead of the package's (seat of government as news uses it first). */
  capitals?: string[];
  /** Extra demonyms: adjectives and singular people forms. */
  demonyms?: string[];
  /** Extra plural people forms ('Britons', 'Czechs'). */
  plurals?: string[];
  /** Demonyms of the package to drop (wrong or dated). */
  dropDemonyms?: string[];
  /** 'state' for partially recognised states world-countries lists as not independent. */
  kind?: 'state' | 'territory';
}

/** Keyed by ISO 3166-1 alpha-2 code. */
export const COUNTRY_OVERRIDES: Readonly<Record<string, CountryOverride>> = {
  US: {
    add: ['United States of America', 'USA', 'US', 'U.S.', 'U.S.A.', 'America', 'the States'],
    ambiguous: ['America', 'the States'],
    capitals: ['Washington'],
    demonyms: ['American', 'US', 'U.S.'],
  },
  GB: {
    add: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    demonyms: ['British', 'Briton', 'Brit', 'Scottish', 'Welsh', 'Scot', 'Englishman', 'Englishwoman', 'Welshman', 'Northern Irish', 'UK'],
    plurals: ['Britons', 'Brits', 'British', 'Scots', 'Englishmen', 'Welsh'],
  },
  AE: { add: ['UAE', 'U.A.E.', 'the Emirates'], ambiguous: ['the Emirates', 'Emirates'], demonyms: ['Emirati'] },
  CN: { add: ["People's Republic of China", 'PRC', 'P.R.C.', 'Mainland China'] },
  TW: { add: ['Republic of China', 'Chinese Taipei'], kind: 'state' },
  KP: {
    add: ['DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea"],
    demonyms: ['North Korean'],
  },
  KR: { add: ['ROK', 'R.O.K.', 'Republic of Korea', 'Korea'], ambiguous: ['Korea'], demonyms: ['South Korean'] },
  CD: {
    name: 'Democratic Republic of the Congo',
    add: ['DR Congo', 'DRC', 'D.R.C.', 'Democratic Republic of Congo', 'DR of Congo', 'Congo-Kinshasa', 'Congo'],
    ambiguous: ['Congo'],
    demonyms: ['Congolese'],
  },
  CG: {
    add: ['Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'],
    drop: ['Congo'],
    // 'Congolese' is given to the DRC, the far more frequent referent.
    dropDemonyms: ['Congolese'],
  },
  CZ: { name: 'Czech Republic', add: ['Czechia'], plurals: ['Czechs'] },
  TR: { name: 'Turkey', add: ['Türkiye', 'Republic of Turkey', 'Republic of Türkiye'], demonyms: ['Turkish', 'Turk'], plurals: ['Turks'] },
  MM: { add: ['Burma'], demonyms: ['Burmese', 'Myanmar'] },
  CI: { add: ["Côte d'Ivoire"], demonyms: ['Ivorian'] },
  SZ: { add: ['Swaziland'], demonyms: ['Swazi', 'Eswatini'], plurals: ['Swazis'] },
  MK: {
    add: ['Republic of North Macedonia', 'Macedonia'],
    drop: ['The former Yugoslav Republic of Macedonia'],
    ambiguous: ['Macedonia'],
    demonyms: ['North Macedonian', 'Macedonian'],
  },
  NL: { add: ['Holland'], ambiguous: ['Holland'], demonyms: ['Dutch', 'Dutchman', 'Dutchwoman'], plurals: ['Dutch', 'Dutchmen'] },
  RU: { add: ['Russian Federation'] },
  VA: { name: 'Vatican City', add: ['Holy See', 'the Vatican', 'Vatican'], drop: ['Holy See (Vatican City State)'], dropDemonyms: ['Vatican'] },
  PS: {
    add: ['State of Palestine', 'Palestinian territories', 'Palestinian Territories', 'Occupied Palestinian Territories', 'occupied Palestinian territories'],
    kind: 'state',
  },
  XK: { add: ['Republic of Kosovo', 'Kosova'], demonyms: ['Kosovar', 'Kosovan'], kind: 'state' },
  IR: { add: ['Islamic Republic of Iran'] },
  LA: { add: ['Lao PDR'], drop: ['Lao'], demonyms: ['Lao', 'Laotian'] },
  VN: { add: ['Viet Nam'] },
  TL: { name: 'East Timor', add: ['Timor-Leste', 'Timor Leste'], drop: ['Timor'], demonyms: ['East Timorese', 'Timorese'] },
  CV: { name: 'Cape Verde', add: ['Cabo Verde'], demonyms: ['Cape Verdean'], dropDemonyms: ['Cape Verdian'] },
  GM: { add: ['The Gambia'] },
  BS: { add: ['The Bahamas'] },
  SA: { add: ['KSA', 'Kingdom of Saudi Arabia'], drop: ['Saudi'], demonyms: ['Saudi', 'Saudi Arabian'], plurals: ['Saudis'] },
  TH: { drop: ['Thai', 'Prathet'], demonyms: ['Thai'], plurals: ['Thais'] },
  TG: { drop: ['Togolese'] },
  IM: { drop: ['Mann', 'Mannin'] },
  FJ: { drop: ['Viti'] },
  IS: { drop: ['Island'], demonyms: ['Icelandic'] },
  JP: { drop: ['Nippon', 'Nihon'] },
  MX: { drop: ['Mexicanos'] },
  GE: { ambiguous: ['Georgia'], demonyms: ['Georgian'] },
  TD: { ambiguous: ['Chad'], demonyms: ['Chadian'] },
  JO: { ambiguous: ['Jordan'], demonyms: ['Jordanian'] },
  NE: { ambiguous: ['Niger'], demonyms: ['Nigerien'] },
  JE: { ambiguous: ['Jersey'] },
  GG: { ambiguous: ['Guernsey'] },
  DM: { ambiguous: ['Dominica'] },
  RE: { ambiguous: ['Reunion'], add: ['Reunion'] },
  GN: { ambiguous: ['Guinea'] },
  WS: { ambiguous: ['Samoa'] },
  DE: { add: ['Federal Republic of Germany'], demonyms: ['German'] },
  IE: { add: ['Republic of Ireland', 'Eire'], demonyms: ['Irish', 'Irishman', 'Irishwoman'], plurals: ['Irish', 'Irishmen'] },
  FR: { demonyms: ['French', 'Frenchman', 'Frenchwoman'], plurals: ['French', 'Frenchmen'] },
  ES: { demonyms: ['Spanish', 'Spaniard'], plurals: ['Spaniards'] },
  PL: { demonyms: ['Polish', 'Pole'], plurals: ['Poles'] },
  SE: { demonyms: ['Swedish', 'Swede'], plurals: ['Swedes'] },
  DK: { demonyms: ['Danish', 'Dane'], plurals: ['Danes'] },
  FI: { demonyms: ['Finnish', 'Finn'], plurals: ['Finns'] },
  CH: { demonyms: ['Swiss'], plurals: ['Swiss'] },
  RS: { demonyms: ['Serb', 'Serbian'], plurals: ['Serbs'] },
  HR: { demonyms: ['Croat', 'Croatian'], plurals: ['Croats'] },
  SI: { demonyms: ['Slovenian', 'Slovene'] },
  SK: { demonyms: ['Slovak', 'Slovakian'] },
  BA: { demonyms: ['Bosnian'] },
  BY: { add: ['Belorussia', 'Byelorussia'], demonyms: ['Belarusian', 'Belarussian', 'Byelorussian'] },
  AZ: { demonyms: ['Azerbaijani', 'Azeri'] },
  KZ: { demonyms: ['Kazakh', 'Kazakhstani'] },
  KG: { add: ['Kyrgyz Republic'], demonyms: ['Kyrgyz', 'Kyrgyzstani'], dropDemonyms: ['Kirghiz'] },
  TJ: { demonyms: ['Tajik', 'Tajikistani'], dropDemonyms: ['Tadzhik'] },
  UZ: { demonyms: ['Uzbek', 'Uzbekistani'] },
  TM: { demonyms: ['Turkmen', 'Turkmenistani'] },
  AF: { demonyms: ['Afghan'] },
  PK: { demonyms: ['Pakistani'] },
  IN: { demonyms: ['Indian'] },
  BD: { demonyms: ['Bangladeshi'] },
  NP: { demonyms: ['Nepali', 'Nepalese'] },
  MV: { demonyms: ['Maldivian'], dropDemonyms: ['Maldivan'] },
  PH: { demonyms: ['Filipino', 'Filipina', 'Philippine'], plurals: ['Filipinos', 'Filipinas'] },
  NZ: { demonyms: ['New Zealander', 'New Zealand'] },
  AR: { demonyms: ['Argentine', 'Argentinian', 'Argentinean'] },
  EC: { demonyms: ['Ecuadorian', 'Ecuadorean'] },
  SV: { demonyms: ['Salvadoran', 'Salvadorean'] },
  BB: { demonyms: ['Barbadian', 'Bajan'] },
  KM: { demonyms: ['Comorian', 'Comoran'] },
  SR: { demonyms: ['Surinamese'] },
  GW: { demonyms: ['Bissau-Guinean'] },
  GQ: { demonyms: ['Equatorial Guinean', 'Equatoguinean'] },
  LS: { demonyms: ['Basotho', 'Mosotho'] },
  BW: { demonyms: ['Botswanan', 'Motswana'], plurals: ['Batswana'] },
  SO: { demonyms: ['Somali', 'Somalian'] },
  DJ: { demonyms: ['Djiboutian'], dropDemonyms: ['Djibouti'] },
  MG: { demonyms: ['Malagasy', 'Madagascan'] },
  BF: { demonyms: ['Burkinabe', 'Burkinabè'] },
  IL: { demonyms: ['Israeli'] },
  GR: { add: ['Hellenic Republic'], demonyms: ['Greek'] },
  CY: { demonyms: ['Cypriot', 'Greek Cypriot'] },
  MC: { demonyms: ['Monegasque', 'Monégasque'] },
  LU: { demonyms: ['Luxembourger', 'Luxembourgish'] },
  KI: { demonyms: ['I-Kiribati'] },
  VU: { demonyms: ['Ni-Vanuatu'] },
  GY: { demonyms: ['Guyanese'] },
  HK: { demonyms: ['Hong Konger', 'Hongkonger'] },
  MO: { add: ['Macao'], demonyms: ['Macanese'] },
  FO: { add: ['Faroes', 'Faeroes'] },
  SJ: { add: ['Svalbard'] },
  MD: { demonyms: ['Moldovan'] },
  EH: { demonyms: ['Sahrawi', 'Saharawi'] },
};

/** Entries of world-countries that are not countries in news usage (Antarctica is a continent). */
export const NOT_COUNTRIES: ReadonlySet<string> = new Set(['AQ']);

/**
 * Country capitals: alternate spellings news uses (older transliterations are still common in
 * agency copy), keyed by the capital's canonical name as the data gives it after overrides.
 */
export const CAPITAL_ALIASES: Readonly<Record<string, string[]>> = {
  Kyiv: ['Kiev'],
  Washington: ['Washington, D.C.', 'Washington DC', 'Washington D.C.'],
  Naypyidaw: ['Nay Pyi Taw', 'Naypyitaw'],
  'Ulan Bator': ['Ulaanbaatar'],
  Astana: ['Nur-Sultan'],
  Ashgabat: ['Ashkhabad'],
  'Chișinău': ['Kishinev'],
  "Sana'a": ['Sanaa', 'Sana'],
  Tehran: ['Teheran'],
  Dhaka: ['Dacca'],
  Yaoundé: ['Yaounde'],
  "N'Djamena": ['Ndjamena'],
  Pristina: ['Prishtina', 'Priština'],
  Reykjavik: ['Reykjavík'],
  Bern: ['Berne'],
  'Kuwait City': [],
  'Mexico City': [],
  'Guatemala City': [],
  'Panama City': [],
  'Vatican City': [],
  'Port of Spain': ['Port-of-Spain'],
  Beijing: [],
  'El Aaiún': ['Laayoune', 'El Aaiun'],
  Brasília: ['Brasilia'],
};

/** Capitals replaced: world-countries gives a ceremonial or constitutional capital; news uses the seat. */
export const CAPITAL_REPLACEMENTS: Readonly<Record<string, string[]>> = {
  US: ['Washington'],
  BO: ['La Paz', 'Sucre'],
  // Colombo is where government and news are; Sri Jayawardenepura Kotte is the legislative capital.
  LK: ['Colombo', 'Sri Jayawardenepura Kotte'],
  CI: ['Yamoussoukro', 'Abidjan'],
  BI: ['Gitega', 'Bujumbura'],
  TZ: ['Dodoma'],
  MY: ['Kuala Lumpur', 'Putrajaya'],
  NL: ['Amsterdam', 'The Hague'],
  IL: ['Jerusalem'],
  PS: ['Ramallah', 'East Jerusalem'],
  SZ: ['Mbabane', 'Lobamba'],
  BJ: ['Porto-Novo', 'Cotonou'],
  MV: ['Male'],
};

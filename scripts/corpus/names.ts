/**
 * Name material for invented people, grouped by naming tradition. First names and surnames are
 * common ones, combined at random, so the people are invented; the lists exist to give the corpus
 * the variety real news has (hyphens, particles, accents, surname-first order), not to match anyone.
 */

export interface NamingTradition {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Family name first ("Zhang Wei", "Kim Ji-woo"). */
  surnameFirst?: boolean;
}

export const TRADITIONS = {
  english: {
    male: ['Thomas', 'Daniel', 'Andrew', 'Richard', 'Gareth', 'Simon', 'Graham', 'Neil', 'Colin', 'Stuart', 'Owen', 'Patrick'],
    female: ['Helen', 'Rachel', 'Joanna', 'Claire', 'Fiona', 'Margaret', 'Laura', 'Catherine', 'Alison', 'Harriet', 'Bronwen', 'Siobhan'],
    surnames: ['Whitfield', 'Ashworth', 'Pennington', 'Caldwell', 'Hargreaves', 'Thornbury', 'Fairweather', 'Lockwood', 'Brennan', 'Marlowe', 'Hollis', 'Radcliffe', "O'Donoghue", 'McAllister'],
  },
  germanic: {
    male: ['Matthias', 'Stefan', 'Jürgen', 'Tobias', 'Lukas', 'Florian', 'Dieter', 'Maarten', 'Joost', 'Wolfgang'],
    female: ['Katrin', 'Annika', 'Sabine', 'Petra', 'Ursula', 'Miriam', 'Johanna', 'Birgit', 'Femke', 'Liesbeth'],
    surnames: ['Hoffmeister', 'Brandauer', 'Kessler', 'Vogt', 'Reinholt', 'Weissmann', 'Falkenberg', 'Drechsler', 'Oberhauser', 'van der Berg', 'de Vries', 'Janssen', 'Bakker', 'Müller-Lang'],
  },
  nordic: {
    male: ['Anders', 'Erik', 'Lars', 'Magnus', 'Nils', 'Henrik', 'Jonas', 'Olav', 'Mikko', 'Juha'],
    female: ['Ingrid', 'Sigrid', 'Astrid', 'Freja', 'Linnea', 'Maja', 'Solveig', 'Karin', 'Aino', 'Helmi'],
    surnames: ['Lindqvist', 'Haugen', 'Bergström', 'Nyberg', 'Halvorsen', 'Solberg', 'Ekdahl', 'Rasmussen', 'Virtanen', 'Korhonen', 'Østergaard'],
  },
  french: {
    male: ['Étienne', 'Julien', 'Laurent', 'Mathieu', 'Olivier', 'Rémi', 'Benoît', 'Thibault', 'Yannick', 'Gilles'],
    female: ['Amélie', 'Camille', 'Élodie', 'Margaux', 'Sandrine', 'Céline', 'Marie-Claude', 'Isabelle', 'Nathalie', 'Solène'],
    surnames: ['Delacroix', 'Moreau', 'Fontaine', 'Lefebvre', 'Marchand', 'Duval', 'Chevalier', 'Beaumont', 'Girard', 'Le Guen', "d'Aubigny"],
  },
  iberian: {
    male: ['Alejandro', 'Diego', 'Javier', 'Mateo', 'Rodrigo', 'Andrés', 'Joaquín', 'Tomás', 'João', 'Rafael', 'Emilio', 'Gonzalo'],
    female: ['Lucía', 'Valentina', 'Camila', 'Ximena', 'Mariana', 'Paloma', 'Beatriz', 'Inês', 'Gabriela', 'Renata', 'Marisol', 'Florencia'],
    surnames: ['Herrera', 'Castillo', 'Mendoza', 'Ortega', 'Vargas', 'de la Cruz', 'Alvarado', 'Quintero', 'Salazar', 'Figueroa', 'Carvalho', 'Azevedo', 'Moreira', 'Ibáñez'],
  },
  mediterranean: {
    male: ['Lorenzo', 'Matteo', 'Alessandro', 'Stefano', 'Giorgos', 'Nikos', 'Dimitris', 'Vasilis', 'Luca', 'Andreas'],
    female: ['Chiara', 'Giulia', 'Francesca', 'Eleni', 'Katerina', 'Sofia', 'Federica', 'Despina', 'Marina', 'Ilaria'],
    surnames: ['Benedetti', 'Ferraro', 'Marchetti', 'Lombardi', 'Papadakis', 'Theodorou', 'Galanis', 'Kouris', 'De Santis', 'Russo', 'Antonopoulou'],
  },
  slavic: {
    male: ['Dmitri', 'Oleksandr', 'Taras', 'Pavel', 'Mikhail', 'Tomasz', 'Marek', 'Bogdan', 'Andrei', 'Yuri', 'Goran', 'Milan'],
    female: ['Olena', 'Natalia', 'Irina', 'Katarzyna', 'Svetlana', 'Oksana', 'Milena', 'Darya', 'Jelena', 'Zuzana'],
    surnames: ['Kovalenko', 'Shevchuk', 'Morozov', 'Volkov', 'Nowak', 'Wiśniewski', 'Dvořák', 'Horvat', 'Petrović', 'Sokolov', 'Bondarenko', 'Kravets', 'Novotná'],
  },
  arabic: {
    male: ['Khalid', 'Omar', 'Tariq', 'Youssef', 'Faisal', 'Karim', 'Hassan', 'Samir', 'Nabil', 'Walid', 'Mustafa', 'Anwar'],
    female: ['Layla', 'Nour', 'Amira', 'Yasmin', 'Rania', 'Salma', 'Huda', 'Dalia', 'Mariam', 'Leila'],
    surnames: ['Al-Mansouri', 'Haddad', 'Nasser', 'Khoury', 'Saleh', 'El-Sayed', 'Qasim', 'Al-Harbi', 'Mahfouz', 'Barakat', 'Hamdan', 'bin Saeed', 'Abu Zeid'],
  },
  persianTurkic: {
    male: ['Dariush', 'Kaveh', 'Reza', 'Emre', 'Murat', 'Kerem', 'Arash', 'Timur', 'Nurlan', 'Bakhtiyor'],
    female: ['Shirin', 'Parisa', 'Elif', 'Zeynep', 'Aylin', 'Laleh', 'Aigerim', 'Dilnoza', 'Gulnara', 'Neslihan'],
    surnames: ['Tehrani', 'Karimi', 'Rostami', 'Aksoy', 'Demirci', 'Kaya', 'Sultanov', 'Abenova', 'Kurbanov', 'Ersoy', 'Farahani'],
  },
  southAsian: {
    male: ['Arjun', 'Vikram', 'Rohan', 'Sanjay', 'Imran', 'Farhan', 'Karthik', 'Anil', 'Suresh', 'Tanvir', 'Devendra'],
    female: ['Priya', 'Ananya', 'Kavitha', 'Meera', 'Ayesha', 'Nandini', 'Lakshmi', 'Farida', 'Shabnam', 'Deepika'],
    surnames: ['Raghunathan', 'Mehta', 'Chatterjee', 'Iyer', 'Kulkarni', 'Siddiqui', 'Qureshi', 'Banerjee', 'Nair', 'Rathore', 'Chaudhry', 'Wickramasinghe'],
  },
  chinese: {
    male: ['Wei', 'Jian', 'Hao', 'Zhiwei', 'Jun', 'Qiang', 'Tao', 'Yong'],
    female: ['Mei', 'Xiaoling', 'Yan', 'Lihua', 'Jing', 'Hui', 'Xiu', 'Fang'],
    surnames: ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Gao', 'Lin'],
    surnameFirst: true,
  },
  japanese: {
    male: ['Hiroshi', 'Kenji', 'Takumi', 'Daisuke', 'Haruto', 'Shinji', 'Masato'],
    female: ['Yuki', 'Aiko', 'Naomi', 'Emiko', 'Sakura', 'Haruka', 'Mariko'],
    surnames: ['Takahashi', 'Watanabe', 'Nakamura', 'Fujimoto', 'Kobayashi', 'Morita', 'Ishikawa', 'Sasaki'],
  },
  korean: {
    male: ['Ji-woo', 'Min-jun', 'Dong-hyun', 'Jae-sung', 'Sung-ho', 'Tae-yang'],
    female: ['Seo-yeon', 'Hye-jin', 'Ji-eun', 'Soo-ah', 'Min-seo', 'Yu-na'],
    surnames: ['Kim', 'Park', 'Choi', 'Jung', 'Han', 'Yoon', 'Kang', 'Lim'],
    surnameFirst: true,
  },
  southeastAsian: {
    male: ['Budi', 'Agus', 'Hafiz', 'Rizal', 'Arif', 'Somchai', 'Thanh', 'Rodel', 'Aung'],
    female: ['Dewi', 'Siti', 'Nurul', 'Putri', 'Intan', 'Malai', 'Linh', 'Maricel', 'Thida'],
    surnames: ['Santoso', 'Wirawan', 'Hidayat', 'Rahman', 'Ibrahim', 'Abdullah', 'Srisuk', 'Nguyen', 'Pham', 'Villanueva', 'Reyes'],
  },
  westAfrican: {
    male: ['Kwame', 'Oluwaseun', 'Chinedu', 'Kofi', 'Babajide', 'Moussa', 'Yaw', 'Emeka', 'Sékou', 'Abdoulaye', 'Tunde'],
    female: ['Ngozi', 'Adaeze', 'Abena', 'Folake', 'Aminata', 'Efua', 'Yetunde', 'Fatoumata', 'Mariama', 'Chiamaka'],
    surnames: ['Okonkwo', 'Adeyemi', 'Mensah', 'Boateng', 'Diallo', 'Traoré', 'Ouédraogo', 'Nwosu', 'Asante', 'Okafor', 'Bello', 'Coulibaly', 'Sow'],
  },
  eastSouthernAfrican: {
    male: ['Otieno', 'Baraka', 'Tendai', 'Sipho', 'Thabo', 'Juma', 'Kagiso', 'Tinashe', 'Mwangi', 'Tesfaye', 'Dawit'],
    female: ['Achieng', 'Nyambura', 'Zanele', 'Thandiwe', 'Rutendo', 'Wanjiru', 'Naledi', 'Amani', 'Meskerem', 'Chipo'],
    surnames: ['Kamau', 'Odhiambo', 'Mutua', 'Ndlovu', 'Moyo', 'Dlamini', 'Mokoena', 'Chikwanha', 'Banda', 'Mwale', 'Kiplagat', 'Nkosi', 'Gebremedhin'],
  },
} satisfies Record<string, NamingTradition>;

export type TraditionName = keyof typeof TRADITIONS;

/** Naming traditions most likely for a country's region (world-countries' subregion), most likely first. */
export function traditionsFor(subregion: string, countryName: string): TraditionName[] {
  if (countryName === 'Japan') return ['japanese'];
  if (countryName === 'South Korea' || countryName === 'North Korea') return ['korean'];
  if (countryName === 'Iran' || countryName === 'Turkey' || countryName === 'Azerbaijan') return ['persianTurkic'];
  const bySubregion: Record<string, TraditionName[]> = {
    'Northern Europe': ['nordic', 'english'],
    'Western Europe': ['french', 'germanic'],
    'Central Europe': ['germanic', 'slavic'],
    'Eastern Europe': ['slavic'],
    'Southeast Europe': ['slavic', 'mediterranean'],
    'Southern Europe': ['mediterranean', 'iberian'],
    'North America': ['english', 'iberian'],
    'Central America': ['iberian'],
    'South America': ['iberian'],
    Caribbean: ['english', 'iberian', 'french'],
    'Northern Africa': ['arabic', 'french'],
    'Western Africa': ['westAfrican', 'french'],
    'Middle Africa': ['westAfrican', 'french', 'eastSouthernAfrican'],
    'Eastern Africa': ['eastSouthernAfrican'],
    'Southern Africa': ['eastSouthernAfrican', 'english'],
    'Western Asia': ['arabic', 'persianTurkic'],
    'Central Asia': ['persianTurkic', 'slavic'],
    'Southern Asia': ['southAsian'],
    'Eastern Asia': ['chinese'],
    'South-Eastern Asia': ['southeastAsian'],
    'Australia and New Zealand': ['english'],
    Melanesia: ['english', 'southeastAsian'],
    Micronesia: ['english', 'southeastAsian'],
    Polynesia: ['english'],
  };
  return bySubregion[subregion] ?? ['english'];
}

/** Syllables for invented place names (regions that get annexed, towns on a border). */
export const PLACE_PARTS = {
  heads: ['Kal', 'Vor', 'Sel', 'Mar', 'Dren', 'Tal', 'Bel', 'Zar', 'Lun', 'Kor', 'Ser', 'Ond', 'Ravn', 'Tesh', 'Alv', 'Mir', 'Gol', 'Nesh'],
  tails: ['ara', 'enia', 'ovo', 'esk', 'una', 'ora', 'ith', 'anda', 'oria', 'avet', 'uli', 'emar'],
};

/** Parts of invented party and company names. */
export const INSTITUTION_PARTS = {
  partyAdjectives: ['National', "People's", 'Civic', 'Democratic', 'Progressive', 'United', 'Liberal', 'Green', 'Social', 'Republican', 'Popular', 'Patriotic'],
  partyNouns: ['Renewal', 'Unity', 'Progress', 'Alliance', 'Justice', 'Future', 'Reform', 'Solidarity', 'Freedom', 'Dawn', 'Action'],
  partyKinds: ['Party', 'Movement', 'Front', 'Congress', 'Union'],
  companyHeads: ['Norvik', 'Castellan', 'Meridia', 'Aurelia', 'Tessaro', 'Quillon', 'Brightwater', 'Halcyon', 'Sorvana', 'Kestrel', 'Obsidia', 'Valmont', 'Ardent', 'Pyrenia'],
  companySectors: ['Energy', 'Mining', 'Telecom', 'Shipping', 'Airlines', 'Steel', 'Pharmaceuticals', 'Motors', 'Agritech', 'Logistics', 'Petroleum', 'Grid'],
};

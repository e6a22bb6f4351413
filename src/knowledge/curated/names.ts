/** Honorifics and surname particles: general conventions of personal names. */

/** Honorifics that precede a person's name and are not part of it (written with and without '.'). */
export const HONORIFIC_WORDS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Revd',
  'Reverend', 'Fr', 'Father', 'Sister', 'Brother', 'Sheikh', 'Sheik', 'Shaikh', 'Sayyid', 'Sayed', 'Hajji',
  'Haji', 'Mullah', 'Maulana', 'Rabbi', 'Imam', 'Pastor', 'Bishop', 'Cardinal', 'Monsignor', 'Msgr',
  'Herr', 'Frau', 'Monsieur', 'Madame', 'Mme', 'Mlle', 'Señor', 'Senor', 'Señora', 'Senora', 'Doña',
  'Dona', 'Signor', 'Signora', 'Shri', 'Sri', 'Smt', 'Shrimati', 'Pandit', 'Baroness', 'Baron', 'Count',
  'Countess', 'Duke', 'Duchess', 'Prince', 'Princess', 'Hon', 'Honourable', 'Honorable', 'Excellency',
  'HE', 'Mister', 'Madam', 'Dato', 'Datuk', 'Tan Sri', 'Tun', 'Tunku', 'Khun', 'U', 'Daw', 'Ustad',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Rev.', 'Fr.', 'Msgr.', 'Mme.', 'Hon.', 'St.',
];

/** Lower-case particles inside surnames: 'van der Leyen', 'bin Salman', 'de Gaulle', 'al-Assad'. */
export const SURNAME_PARTICLES: readonly string[] = [
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'degli', 'dei', 'di', 'da', 'das', 'do', 'dos', 'du',
  'des', 'la', 'le', 'les', 'lo', 'ter', 'ten', 'te', 'op', "'t", 'zu', 'zur', 'vom', 'af', 'av', 'y', 'e',
  'bin', 'bint', 'ibn', 'ben', 'bat', 'al', 'el', 'ul', 'ud', 'abu', 'abd', 'abdel', 'abdul', 'ould',
  'mac', 'mc', 'o', 'ap', 'st', 'san', 'santa', 'dela', 'van de', 'van den', 'van der',
];

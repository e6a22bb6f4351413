/**
 * Turns raw bytes into article text, refusing what is not an article: empty, binary, not UTF-8,
 * or not English. Each refusal is a short problem statement; the caller names the file.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0 || isBlank(bytes)) throw new Error('empty file');
  if (looksBinary(bytes)) throw new Error('binary file (not text)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('invalid UTF-8 (save the file as UTF-8 text)');
  }
  return text.replace(/\r\n?/g, '\n');
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  return true;
}

/** NUL bytes, or many control characters in the first 8 KB, mean binary data. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.05;
}

// Function words that make up a large share of any English running text.
const ENGLISH_FUNCTION_WORDS = new Set(
  ('the of and to a in is was that for on with as by at from it he she they his her their its be has have had ' +
    'said not are were but or an this which who will would after also been more than into about over')
    .split(' '),
);

/**
 * True when the text reads as English: at least 12% of its lower-case words are English function words
 * (English news runs at 35-50%; French, German or Spanish news below 10%). Capitalised words are left
 * out because names carry no language: a readout listing thirty officials by name and title is still
 * English. Short texts pass.
 */
export function looksEnglish(text: string): boolean {
  const words = (text.match(/\p{L}+/gu) ?? []).filter((w) => w === w.toLowerCase());
  if (words.length < 30) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= 0.12;
}

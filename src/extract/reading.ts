/**
 * Stage 1, reading: sentences and tokens with character offsets into the document text, POS tags
 * and lemmas (wink-nlp with its English "lite" model), and whether each token is inside a quotation.
 * The title and each paragraph of the body are read separately, so a title without a full stop and
 * a paragraph break always end a sentence; an over-long sentence is cut into pieces (long-sentences.ts).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos, Reading, Sentence, SourceDocument, Span, Token } from '../model.js';
import { sentencePieces } from './long-sentences.js';

const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
const its = nlp.its;
const lexicon = nlp.readDoc('') as unknown as { isOOV(word: string): boolean };

/**
 * Whether a lower-case word is in the tagger's own English lexicon ("call", "meeting", but not
 * "biden"): the words it learns from the texts it reads do not count, so the answer never depends on
 * what was read before.
 */
export function isLexiconWord(word: string): boolean {
  return !lexicon.isOOV(word);
}

export function read(document: SourceDocument): Reading {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  if (document.titleSpan) readRegion(document.text, document.titleSpan, true, sentences, tokens);
  for (const paragraph of paragraphs(document.text, document.body)) readRegion(document.text, paragraph, false, sentences, tokens);
  return { document, sentences, tokens };
}

/** Paragraph spans inside the body: separated by blank lines. */
export function paragraphs(text: string, body: Span): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t]*\n\s*/g;
  re.lastIndex = body.start;
  let start = body.start;
  for (let m = re.exec(text); m && m.index < body.end; m = re.exec(text)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.end) spans.push({ start, end: body.end });
  return spans.map(trim(text)).filter((s) => s.end > s.start);
}

const trim = (text: string) => (s: Span): Span => {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
};

function readRegion(text: string, region: Span, isTitle: boolean, sentences: Sentence[], tokens: Token[]): void {
  const original = text.slice(region.start, region.end);
  // The tagger splits words at letters outside Latin-1 ("Rūta" → "R", "ū", "ta"); it reads a copy
  // with those letters folded to their base letter, of the same length, so offsets still hold and
  // token texts are taken from the original.
  const regionText = foldLetters(original);
  const doc = nlp.readDoc(regionText);
  const all = doc.tokens();
  const folded = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as Parameters<typeof all.out>[0]) as string[];
  const types = all.out(its.type) as string[];

  // Token offsets: each token's text is found at or after the end of the previous one.
  const starts: number[] = [];
  let cursor = 0;
  const values: string[] = [];
  for (const v of folded) {
    const at = regionText.indexOf(v, cursor);
    const start = at < 0 ? cursor : at;
    starts.push(start);
    values.push(at < 0 ? v : original.slice(start, start + v.length));
    cursor = at < 0 ? cursor : at + v.length;
  }

  let inQuote = false;
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    const sentenceIndex = sentences.length;
    const tokenStart = tokens.length;
    for (let k = first; k <= last; k++) {
      if (types[k] === 'tabCRLF' || pos[k] === 'SPACE' || !values[k]!.trim()) continue;
      const value = values[k]!;
      const quote = quoteRole(value, inQuote);
      if (quote === 'open') inQuote = true;
      const start = region.start + starts[k]!;
      const token: Token = {
        i: tokens.length,
        text: value,
        lower: value.toLowerCase(),
        lemma: lemmas[k] ?? value.toLowerCase(),
        pos: (pos[k] ?? 'X') as Pos,
        start,
        end: start + value.length,
        sentence: sentenceIndex,
        inQuote: inQuote || quote === 'close',
      };
      tokens.push(...splitPossessive(token));
      if (quote === 'close') inQuote = false;
    }
    if (tokens.length === tokenStart) return;
    joinHyphenated(tokens, tokenStart);
    // An over-long "sentence" (a list or table with no full stops) is read as several, so that the
    // work of later stages per sentence stays bounded.
    for (const [from, to] of sentencePieces(text, tokens, tokenStart, tokens.length)) {
      const i = sentences.length;
      for (let k = from; k < to; k++) tokens[k]!.sentence = i;
      const start = tokens[from]!.start;
      const end = tokens[to - 1]!.end;
      sentences.push({ i, start, end, text: text.slice(start, end), tokenStart: from, tokenEnd: to, isTitle });
    }
  });
}

/** Letters with diacritics folded to their base letter, one code unit for one, so lengths stay equal. */
export function foldLetters(text: string): string {
  if (!/[^\u0000-\u00ff]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code < 0x100 || (code >= 0xd800 && code <= 0xdfff)) {
      out += c;
      continue;
    }
    const base = c.normalize('NFKD')[0]!;
    out += /[A-Za-z]/.test(base) ? base : /\p{L}/u.test(c) ? (c === c.toUpperCase() ? 'X' : 'x') : c;
  }
  return out;
}

/**
 * wink-nlp learns every unknown word it meets into a cache shared by all later documents, and a
 * word it has cached whole ("George's", met once before a full stop) is no longer split into
 * "George" + "'s". The split is made here so that a document reads the same whatever was read
 * before it: extraction stays a pure function of the article, and a corpus gives the same graph
 * whatever the number of worker threads.
 */
function splitPossessive(token: Token): Token[] {
  const m = /^(.*\p{L})(['’]s)$/u.exec(token.text);
  if (!m || (token.pos !== 'PROPN' && token.pos !== 'NOUN')) return [token];
  const [, base, clitic] = m as unknown as [string, string, string];
  const split = token.start + base.length;
  return [
    { ...token, text: base, lower: base.toLowerCase(), lemma: base.toLowerCase(), end: split },
    { ...token, i: token.i + 1, text: clitic, lower: clitic.toLowerCase(), lemma: clitic.toLowerCase(), pos: 'PART', start: split },
  ];
}

const HYPHENS = new Set(['-', '–', '‐']);

/**
 * The tagger splits "Jean-Pierre", "Kim Jong-un" and "Export–Import" into three tokens; a name is one
 * word, so tokens joined by a hyphen with no space on either side are merged (from `from` onwards).
 */
function joinHyphenated(tokens: Token[], from: number): void {
  // One pass per rule over the sentence's tokens into a new list: splicing the document's token array
  // in place would cost the rest of the sentence per join (quadratic on a run-on "sentence").
  const input = tokens.splice(from);
  // "Sione 'Aho Fifita", "Hawaiʻi": an ʻokina or apostrophe opening a capitalised name belongs to it.
  const quoted: Token[] = [];
  for (let k = 0; k < input.length; k++) {
    const [q, w] = [input[k]!, input[k + 1]];
    const prev = quoted.length ? quoted[quoted.length - 1] : tokens[from - 1];
    if (w && /^['ʻ‘’]$/.test(q.text) && q.end === w.start && /^\p{Lu}/u.test(w.text) && (!prev || prev.end < q.start)) {
      const text = q.text + w.text;
      quoted.push({ ...w, text, lower: text.toLowerCase(), lemma: w.lemma, start: q.start, pos: 'PROPN' });
      k++;
    } else quoted.push(q);
  }
  for (let k = 0; k < quoted.length; ) {
    let a = quoted[k++]!;
    // A joined word may join again ("Export–Import–Bank").
    for (; k + 1 < quoted.length; k += 2) {
      const [h, b] = [quoted[k]!, quoted[k + 1]!];
      if (!(HYPHENS.has(h.text) && a.end === h.start && h.end === b.start && a.pos !== 'PUNCT' && b.pos !== 'PUNCT')) break;
      const text = a.text + h.text + b.text;
      a = { ...a, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), end: b.end, pos: a.pos === 'PROPN' || b.pos === 'PROPN' ? 'PROPN' : b.pos, inQuote: a.inQuote || b.inQuote };
    }
    tokens.push(a);
  }
  for (let k = from; k < tokens.length; k++) tokens[k]!.i = k;
}

/** Whether a token opens or closes a quotation, given whether one is open. */
function quoteRole(value: string, inQuote: boolean): 'open' | 'close' | undefined {
  if (value === '“' || value === '«') return 'open';
  if (value === '”' || value === '»') return 'close';
  if (value === '"' || value === '``' || value === "''") return inQuote ? 'close' : 'open';
  return undefined;
}

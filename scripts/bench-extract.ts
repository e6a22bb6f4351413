/**
 * Extraction speed: words per second of the full extraction (reading, mentions, coreference,
 * relations) over at least 1 MB of synthetic news, against compromise's entity extraction
 * (people, places, organisations) on the same texts in the same run, on one core.
 *
 * Then the time of one run-on text of 30,000 words and one of 120,000 (the synthetic news with
 * its full stops taken out, in one paragraph: a list or table scraped badly), and their ratio:
 * extraction time must grow linearly with the input whatever its shape (target: at most 5×).
 *
 *   npm run bench:extract [-- --bytes 2MB --rounds 3]
 *
 * Runs alternate between the two so machine noise hits both; the best round of each counts.
 * Last stdout line: `BENCH [...]` (see docs/corpus.md for the convention).
 */
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { generateCorpus, renderTxt } from './corpus/generate.js';
import { extractDocument } from '../dist/extract/index.js';
import { parsePlainText } from '../dist/input/formats/txt.js';
import { parseSize } from '../dist/input/limits.js';

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1MB' }, rounds: { type: 'string', default: '3' } } });
const bytes = parseSize(values.bytes!);
const rounds = Math.max(1, Number(values.rounds));

const texts = [...generateCorpus({ bytes })].map(renderTxt);
const documents = texts.map((t, i) => parsePlainText(t, `syn-${i}`));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
const size = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function timeOurs(): number {
  const t0 = performance.now();
  for (const d of documents) extractDocument(d);
  return (performance.now() - t0) / 1000;
}

function timeCompromise(): number {
  const t0 = performance.now();
  for (const t of texts) {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  return (performance.now() - t0) / 1000;
}

// Warm up both (model loading, JIT) on a slice.
for (const d of documents.slice(0, 20)) extractDocument(d);
for (const t of texts.slice(0, 20)) nlp(t).people();

let ours = Infinity;
let theirs = Infinity;
for (let r = 0; r < rounds; r++) {
  ours = Math.min(ours, timeOurs());
  theirs = Math.min(theirs, timeCompromise());
}
const oursWps = words / ours;
const theirsWps = words / theirs;

/** The first `n` words of the synthetic news with no full stops, as one paragraph under a title. */
function runOnText(n: number): string {
  const words: string[] = [];
  for (const article of generateCorpus({ bytes: n * 20 })) {
    for (const w of article.body.replace(/[.!?]/g, ' ').split(/\s+/)) if (w && words.length < n) words.push(w);
    if (words.length >= n) break;
  }
  return `Run-on list\n\n${words.join(' ')}\n`;
}
const runOnSizes = [30_000, 120_000] as const;
const runOns = runOnSizes.map((n, i) => parsePlainText(runOnText(n), `run-on-${i}`));
const runOnSeconds = runOns.map((d) => {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    extractDocument(d);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
});
const runOnRatio = runOnSeconds[1]! / runOnSeconds[0]!;

const mb = (size / 1024 / 1024).toFixed(2);
console.log(`corpus: ${texts.length} synthetic articles, ${words} words, ${mb} MB; best of ${rounds} rounds, one core`);
console.log(`kg extraction        ${Math.round(oursWps).toLocaleString('en')} words/s  (${ours.toFixed(2)} s)`);
console.log(`compromise entities  ${Math.round(theirsWps).toLocaleString('en')} words/s  (${theirs.toFixed(2)} s)`);
console.log(`ratio                ${(oursWps / theirsWps).toFixed(2)}× compromise`);
console.log(`run-on text, 30,000 words   ${runOnSeconds[0]!.toFixed(2)} s`);
console.log(`run-on text, 120,000 words  ${runOnSeconds[1]!.toFixed(2)} s  (${runOnRatio.toFixed(2)}× the 30,000-word text for 4× the words; target ≤ 5×)`);
console.log(
  `BENCH ${JSON.stringify([
    { name: 'extract: full extraction', value: Math.round(oursWps), unit: 'words/s', baseline: Math.round(theirsWps), ratio: Number((oursWps / theirsWps).toFixed(2)) },
    { name: 'extract: run-on text of 120,000 words (no full stops)', value: Number(runOnSeconds[1]!.toFixed(2)), unit: 's', baseline: Number(runOnSeconds[0]!.toFixed(2)), ratio: Number(runOnRatio.toFixed(2)) },
  ])}`,
);

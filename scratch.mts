import { read } from './src/extract/reading.js';
import { parsePlainText } from './src/input/formats/txt.js';
import { readFileSync } from 'node:fs';
const f = process.argv[2]!;
const doc = parsePlainText(readFileSync(f,'utf8'), 'x');
const r = read(doc);
for (const s of r.sentences.slice(0, Number(process.argv[3] ?? 100))) {
  console.log(`#${s.i}${s.isTitle?' T':''} ` + r.tokens.slice(s.tokenStart, s.tokenEnd).map(t => `${t.text}/${t.pos}${t.inQuote?'q':''}`).join(' '));
}

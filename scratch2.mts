import { extractDocument } from './src/extract/index.js';
import { parsePlainText } from './src/input/formats/txt.js';
import { readFileSync, readdirSync } from 'node:fs';
const files = ['examples/000_ac0a09345cc1fc79.txt', ...readdirSync('../shared/eval/dev/text').map(f => '../shared/eval/dev/text/' + f)];
const docs = files.map((f, i) => parsePlainText(readFileSync(f, 'utf8'), 'd' + i));
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
for (const d of docs) extractDocument(d);
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 3000) { for (const d of docs) extractDocument(d); n++; }
const s = (performance.now() - t0) / 1000;
console.log(`words/s ${(words * n / s).toFixed(0)}  (${n} rounds, ${words} words each)`);

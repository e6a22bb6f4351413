import { ExtractionPool } from '../src/ingest/pool.js';
import { makeDocument } from '../src/input/document.js';
const pool = new ExtractionPool(2);
const t0 = performance.now();
await pool.ready();
console.log('ready', performance.now() - t0);
const xs = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.extract(makeDocument({ id: 'd' + i, text: 'Hello world. The minister met the president.' }))));
console.log(xs.map((x) => x.document.id).join(','));
await pool.close();

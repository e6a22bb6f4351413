import { extractDocument } from './src/extract/index.js';
import { makeDocument } from './src/input/document.js';
const texts = [
  "Lula spoke after meeting Uruguay's foreign minister, María Fernanda Echeverría Lozano, on Monday.",
  "The Saudi ambassador to Yemen, Mohammed Al Jaber, welcomed the deal.",
  "Park urged Tokyo and Beijing to set a timetable for the first negotiating round.",
  "Safiri chief executive Daniel K. Mutua said the fine was unfair.",
  "Lakeshore chief executive Robert J. Hadley Jr. said the deal was good.",
  "Cairo, a longtime backer of Haftar, said it was ready. Ankara, which supports the government in Tripoli, was not represented.",
  "Ivory Coast's URP accuses ruling ANAD of vote-buying",
];
for (const t of texts) {
  const x = extractDocument(makeDocument({ id: 'x', text: t, date: '2024-01-10' }));
  const name = new Map(x.entities.map((e) => [e.id, `${e.name}/${e.type[0]}`]));
  console.log(t.slice(0, 70), '\n   E:', x.entities.map(e => `${e.name}/${e.type[0]}`).join(', '), '\n   R:', x.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`).join('; '));
}

import { read } from './src/extract/reading.js';
import { findMentions } from './src/extract/mentions.js';
import { resolveEntities } from './src/extract/coref.js';
import { parsePlainText } from './src/input/formats/txt.js';
import { readFileSync } from 'node:fs';
const f = process.argv[2]!;
const pat = new RegExp(process.argv[3] ?? '.');
const doc = parsePlainText(readFileSync(f,'utf8'), 'x');
const r = read(doc);
const a = findMentions(r);
const res = resolveEntities(r, a);
for (const s of r.sentences) {
  if (!pat.test(s.text)) continue;
  console.log(`#${s.i} ` + r.tokens.slice(s.tokenStart, s.tokenEnd).map(t => `${t.text}/${t.pos}/${t.lemma}${t.inQuote?'q':''}`).join(' '));
  for (const m of a.mentions.filter(m => m.sentence === s.i)) console.log(`   m${m.i} [${m.kind} ${m.type}${m.tentative?'?':''}] "${m.text}" name=${m.name} → ${res.entityOf[m.i] ?? '-'}${res.groupMembers.get(m.i) ? ' group='+res.groupMembers.get(m.i) : ''}${m.role ? ' role='+m.role : ''}`);
  for (const ro of a.roles.filter(x => a.mentions[x.person].sentence === s.i)) console.log(`   role ${a.mentions[ro.person].text} :: ${ro.role} :: ${ro.of !== undefined ? a.mentions[ro.of].text : '-'}`);
}

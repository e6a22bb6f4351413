import { isOrganizationHead, lookupName, isFirstName } from './src/knowledge/index.js';
for (const w of ['Telecom','Airways','Airlines','Motors','Energy','Group','Holdings','Corp','Corp.','Inc','Ltd','PLC','Capital','Partners','Media','Rugby','Union','Authority','Movement','Technologies','Railway','Rail','Bank','Committee']) process.stdout.write(`${w}:${isOrganizationHead(w)} `);
console.log();
for (const n of ['Houthis','Houthi','World Rugby','Hamas','Taliban','Ratu']) console.log(n, JSON.stringify(lookupName(n))?.slice(0,90), isFirstName(n));

import { lookupName } from './src/knowledge/index.js';
for (const n of ['Indiana', 'Kent', 'Essex', 'Bavaria', 'Punjab', 'Sindh', 'Ontario', 'Texas', 'Donetsk', 'Gaza', 'West Bank', 'Tigray', 'Kashmir', 'Efate', 'Milimani', 'Yorkshire', 'Scotland', 'Wales', 'Catalonia', 'Lagos', 'Gary']) console.log(n, JSON.stringify(lookupName(n))?.slice(0, 120));

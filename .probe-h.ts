import { extractDocument } from '/work/main/src/extract/index.js';
const texts = process.argv.slice(2);
for (const t of texts) {
  const r = extractDocument(t, 'd');
  console.log('==', t);
  console.log(' E:', r.entities.map(e => `${e.key}[${e.entityType}${e.country?','+e.country:''}] "${e.label}" {${e.aliases.join('|')}}`).join('; '));
  console.log(' M:', r.mentions.map(m => `${m.text}->${m.entity}`).join('; '));
  console.log(' R:', r.relations.map(x => `${x.source} -${x.predicate}/${x.modality}-> ${x.target}`).join('; '));
}

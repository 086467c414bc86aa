// Converts the PETRARCH2 Phoenix dictionaries (MIT) into the recogniser's gazetteer: one
// "type<TAB>phrase" line per phrase, phrase words split by the runtime tokeniser.
//   place         country names, adjectives, cities and regions (entries coded with a bare country code)
//   person        entries with dated codes (office holders)
//   institution   other country-coded actors (ministries, parties, armies …)
//   international intergovernmental organisations, NGOs, companies
//   armed         militant non-state groups
//   role          agent nouns (minister, rebel, farmer …)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/nlp/tokenize.js';
import type { GazetteerType } from '../../src/nlp/gazetteer.js';

interface Entry { phrases: string[]; code: string; dated: boolean }

function readEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (/^\s/.test(line)) {
      if (current && /\d/.test(line)) current.dated = true;
      if (current && !current.code) current.code = /\[([^\]\s]+)/.exec(line)?.[1] ?? '';
      continue;
    }
    const phrase = /^\+?([^\s[]+)/.exec(line)?.[1];
    if (!phrase) continue;
    if (line.startsWith('+') && current) { current.phrases.push(phrase); continue; }
    current = { phrases: [phrase], code: /\[([^\]\s]+)/.exec(line)?.[1] ?? '', dated: false };
    entries.push(current);
  }
  return entries;
}

function phraseText(phrase: string): string {
  return tokenize(phrase.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase()).map((t) => t.text).join(' ');
}

export function buildGazetteer(corpora: string): string {
  const lines = new Set<string>();
  const add = (type: GazetteerType, phrase: string): void => {
    if (phrase.includes('!')) return;
    const text = phraseText(phrase);
    const words = text.split(' ').length;
    if (text && words <= 6) lines.add(`${type}\t${text}`);
  };
  const read = (file: string): Entry[] => readEntries(readFileSync(join(corpora, 'petrarch2', file), 'utf8'));
  for (const entry of read('Phoenix.Countries.actors.txt')) {
    const type: GazetteerType = /^[A-Z]{3}$/.test(entry.code) ? 'place' : entry.dated ? 'person' : 'institution';
    for (const phrase of entry.phrases) add(type, phrase);
  }
  for (const entry of read('Phoenix.International.actors.txt')) for (const phrase of entry.phrases) add('international', phrase);
  for (const entry of read('Phoenix.MilNonState.actors.txt')) for (const phrase of entry.phrases) add('armed', phrase);
  for (const entry of read('Phoenix.agents.txt')) for (const phrase of entry.phrases) add('role', phrase);
  const header = '# newsgraph gazetteer, converted from the PETRARCH2 Phoenix dictionaries (MIT, © 2014–2015 Open Event Data Alliance)\n'
    + '# by training/src/gazetteer.ts. Columns: type, phrase (lower case, words separated by spaces).\n';
  return header + [...lines].sort().join('\n') + '\n';
}

// The article behind "Add a sample article" on an empty graph: a short news text written for this
// purpose, so a new reader sees a graph, its filters and its evidence in one click.
import type { NewDocument } from './api.js';

export const SAMPLE_ARTICLE: NewDocument = {
  title: 'Ukraine and Turkey agree on grain corridor talks (sample article)',
  published: '2022-08-18',
  text: [
    'Ukraine and Turkey agree on grain corridor talks',
    '',
    'Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelensky in Lviv on Thursday to discuss grain exports through the Black Sea.',
    'Turkey offered to host further talks between Ukraine and Russia.',
    'United Nations Secretary-General Antonio Guterres welcomed the meeting and urged Russia to allow more ships to leave Ukrainian ports.',
    'Russia criticized the proposal, the Kremlin said.',
    'Zelensky asked the European Union for more military aid.',
  ].join('\n'),
};

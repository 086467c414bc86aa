// Graphs for the query tests, built with the real graph model from hand-built extractions.
import { buildGraph, type KnowledgeGraph } from '../../src/graph/model.js';
import { extraction, kabulExtraction, secondExtraction } from '../store/fixtures.js';

export function newsGraph(): KnowledgeGraph {
  const third = extraction('third', 'The United States asked Turkey to stay in Kabul.\nThe Taliban controls Kabul.', [
    { key: 'united-states', label: 'United States', type: 'country', aliases: ['US'] },
    { key: 'turkey', label: 'Turkey', type: 'country' },
    { key: 'kabul', label: 'Kabul', type: 'location' },
    { key: 'taliban', label: 'Taliban', type: 'organization' },
  ], [
    { source: 'united-states', predicate: 'requests', target: 'turkey', sentence: 0 },
    { source: 'taliban', predicate: 'controls', target: 'kabul', sentence: 1 },
  ]);
  return buildGraph([kabulExtraction(), secondExtraction(), third], {
    kabul: { title: 'Kabul airport', published: '2021-08-25' },
    second: { title: 'Ankara', published: '2021-09-10' },
    third: { title: 'Stay' },
  });
}

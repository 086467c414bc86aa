// A small hand-built graph with everything the exports must carry: every entity type, parallel
// edges of different predicates, evidence from dated documents, aliases, and hostile strings.
import type { Evidence } from '../../src/domain/extraction.js';
import type { KnowledgeGraph } from '../../src/graph/model.js';
import { createKnowledgeGraph, relationKey } from '../../src/graph/model.js';
import type { PredicateId } from '../../src/domain/ontology.js';
import { predicateDefinition } from '../../src/domain/ontology.js';

/** Characters XML must escape, whitespace it would normalise, and non-BMP Unicode. */
export const HOSTILE_LABEL = `Tom & Jerry's <"Café"> ✓ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇹🇷\tand\nnewline`;
/** Characters XML 1.0 cannot carry at all (NUL, vertical tab, U+FFFF, a lone surrogate). */
export const FORBIDDEN_LABEL = 'bad\u0000char\u000bs\uffff here\ud800';

function evidence(doc: string, sentence: number, text: string): Evidence {
  return { doc, sentence, start: sentence * 100, end: sentence * 100 + text.length, text };
}

function addRelation(graph: KnowledgeGraph, source: string, predicate: PredicateId, target: string, items: Evidence[], extra: Partial<{ confidence: number; modality: 'asserted' | 'intended' | 'possible' | 'conditional' }> = {}): void {
  const def = predicateDefinition(predicate);
  const docs = graph.getAttribute('documents');
  const dates = items.map((e) => docs[e.doc]?.published).filter((d): d is string => d !== undefined).sort();
  graph.addDirectedEdgeWithKey(relationKey(source, predicate, target), source, target, {
    predicate, label: def.label, cameo: def.cameo, modality: extra.modality ?? 'asserted', confidence: extra.confidence ?? 0.8,
    evidence: items, weight: items.length,
    ...(dates.length ? { firstSeen: dates[0], lastSeen: dates[dates.length - 1] } : {}),
  });
}

export function sampleGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.setAttribute('documents', {
    'doc-a': { title: 'Turkey offers to run "Kabul" airport', published: '2021-06-14' },
    'doc-b': { title: 'Taliban & NATO <talks>', published: '2021-07-02' },
    'doc-c': { title: 'Undated wire' },
  });
  graph.addNode('turkey', { label: 'Turkey', entityType: 'country', aliases: ['Türkiye', 'Ankara'], mentions: 12, country: 'TUR', firstSeen: '2021-06-14', lastSeen: '2021-07-02' });
  graph.addNode('taliban', { label: 'Taliban', entityType: 'organization', aliases: ['the group, "students"', 'a|b'], mentions: 7, country: 'AFG', firstSeen: '2021-06-14', lastSeen: '2021-07-02' });
  graph.addNode('erdogan', { label: 'Recep Tayyip Erdoğan', entityType: 'person', aliases: ['Erdogan'], mentions: 3, country: 'TUR', firstSeen: '2021-06-14', lastSeen: '2021-06-14' });
  graph.addNode('kabul-airport', { label: HOSTILE_LABEL, entityType: 'facility', aliases: [], mentions: 1 });
  graph.addNode('kabul', { label: FORBIDDEN_LABEL, entityType: 'location', aliases: ['Kābul'], mentions: 2, country: 'AFG' });
  addRelation(graph, 'turkey', 'offers', 'kabul-airport', [evidence('doc-a', 0, 'Turkey offered to run & guard "Kabul" airport.'), evidence('doc-b', 3, "Ankara's <offer> stands.")], { confidence: 0.91 });
  addRelation(graph, 'taliban', 'rejects', 'turkey', [evidence('doc-b', 1, 'The Taliban rejected the offer.\nThey said no.')], { modality: 'asserted' });
  addRelation(graph, 'taliban', 'threatens', 'turkey', [evidence('doc-b', 2, 'The Taliban warned Turkey.')], { modality: 'possible', confidence: 0.55 });
  addRelation(graph, 'erdogan', 'leader_of', 'turkey', [evidence('doc-a', 4, 'President Erdoğan of Turkey said…')]);
  addRelation(graph, 'kabul-airport', 'located_in', 'kabul', [evidence('doc-c', 0, 'Kabul airport, in Kabul.')], { confidence: 0.6 });
  return graph;
}

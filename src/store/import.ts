// Turning a whole graph (read from a GEXF, GraphML or JSON file) into per-document extractions the
// store can keep. Evidence names its document and offsets; the document's text is rebuilt from the
// evidence sentences at their offsets (the rest is blank: only those sentences are known). Relations
// without evidence and entities without relations go into one "imported file" document whose lines
// are their provenance, so every stored fact still points at a text.
import type { ExtractedEntity, ExtractedRelation, ExtractionResult, Evidence } from '../domain/extraction.js';
import { relationKey, type DocumentInfo, type KnowledgeGraph } from '../graph/model.js';
import { contentHash } from './identity.js';

export interface ImportedDocument {
  id: string;
  text: string;
  title?: string;
  published?: string;
  result: ExtractionResult;
}

interface Draft { entities: Map<string, ExtractedEntity>; relations: ExtractedRelation[]; evidence: Evidence[] }

/** Rebuilds a text in which every evidence sentence sits at its own offsets. */
export function textFromEvidence(evidence: readonly Evidence[]): string {
  const length = Math.max(0, ...evidence.map((e) => Math.max(e.end, e.start + e.text.length)));
  const chars = new Array<string>(length).fill(' ');
  for (const e of evidence) for (let i = 0; i < e.text.length; i++) chars[e.start + i] = e.text[i];
  return chars.join('');
}

function entityOf(graph: KnowledgeGraph, node: string, idOf: (node: string) => string): ExtractedEntity {
  const a = graph.getNodeAttributes(node);
  return { key: idOf(node), label: a.label, entityType: a.entityType, aliases: [...a.aliases], mentions: 0, ...(a.country ? { country: a.country } : {}) };
}

function draftOf(drafts: Map<string, Draft>, doc: string): Draft {
  let draft = drafts.get(doc);
  if (!draft) {
    draft = { entities: new Map(), relations: [], evidence: [] };
    drafts.set(doc, draft);
  }
  return draft;
}

/** What the store already has (then an evidence-less relation or lone entity adds nothing). */
export interface AlreadyStored {
  entity(id: string): boolean;
  relation(key: string): boolean;
}

/** Lines of the "imported file" document: one per new relation without evidence and per new lone entity. */
function leftoverDocument(graph: KnowledgeGraph, idOf: (node: string) => string, covered: ReadonlySet<string>, stored: AlreadyStored): ImportedDocument | undefined {
  const lines: string[] = [];
  const relations: ExtractedRelation[] = [];
  const entities = new Map<string, ExtractedEntity>();
  let offset = 0;
  const addLine = (line: string): Evidence => {
    const evidence = { doc: '', sentence: lines.length, start: offset, end: offset + line.length, text: line };
    lines.push(line);
    offset += line.length + 1;
    return evidence;
  };
  graph.forEachEdge((_edge, a, source, target) => {
    if (a.evidence.length > 0 || stored.relation(relationKey(idOf(source), a.predicate, idOf(target)))) return;
    const evidence = addLine(`Imported relation: ${graph.getNodeAttribute(source, 'label')} ${a.label} ${graph.getNodeAttribute(target, 'label')}.`);
    for (const node of [source, target]) entities.set(node, entityOf(graph, node, idOf));
    relations.push({ source: idOf(source), target: idOf(target), predicate: a.predicate, modality: a.modality, confidence: a.confidence, evidence });
  });
  graph.forEachNode((node, a) => {
    if (covered.has(node) || entities.has(node) || stored.entity(idOf(node))) return;
    addLine(`Imported entity: ${a.label} (${a.entityType}).`);
    entities.set(node, entityOf(graph, node, idOf));
  });
  if (lines.length === 0) return undefined;
  const text = lines.join('\n');
  const id = `import-${contentHash(text).slice(0, 16)}`;
  return {
    id, text, title: 'Imported graph file',
    result: { doc: id, entities: [...entities.values()], mentions: [], relations: relations.map((r) => ({ ...r, evidence: { ...r.evidence, doc: id } })) },
  };
}

/** Gives each node its mention count once (on its first document), so that replay sums to it. */
function assignMentions(graph: KnowledgeGraph, documents: ImportedDocument[], nodeOfId: Map<string, string>): void {
  const counted = new Set<string>();
  for (const doc of documents) {
    for (const entity of doc.result.entities) {
      const node = nodeOfId.get(entity.key);
      if (node === undefined || counted.has(entity.key)) continue;
      counted.add(entity.key);
      entity.mentions = graph.getNodeAttribute(node, 'mentions');
    }
  }
}

/** The confidence of each of n statements that, combined as the graph combines them (1 − Π(1 − c)), give `combined`. */
function perEvidenceConfidence(combined: number, n: number): number {
  return n <= 1 ? combined : 1 - Math.pow(1 - combined, 1 / n);
}

/** The graph as documents with their extractions; `idOf` maps node keys to stored entity ids. */
export function documentsOfGraph(graph: KnowledgeGraph, idOf: (node: string) => string, stored: AlreadyStored): ImportedDocument[] {
  const drafts = new Map<string, Draft>();
  const covered = new Set<string>();
  graph.forEachEdge((_edge, a, source, target) => {
    for (const evidence of a.evidence) {
      const draft = draftOf(drafts, evidence.doc);
      for (const node of [source, target]) { draft.entities.set(node, entityOf(graph, node, idOf)); covered.add(node); }
      draft.relations.push({ source: idOf(source), target: idOf(target), predicate: a.predicate, modality: a.modality, confidence: perEvidenceConfidence(a.confidence, a.evidence.length), evidence });
      draft.evidence.push(evidence);
    }
  });
  const info: Record<string, DocumentInfo> = graph.getAttribute('documents') ?? {};
  const documents: ImportedDocument[] = [...drafts.entries()].map(([doc, draft]) => ({
    id: doc,
    text: textFromEvidence(draft.evidence),
    ...(info[doc]?.title ? { title: info[doc].title } : {}),
    ...(info[doc]?.published ? { published: info[doc].published } : {}),
    result: { doc, entities: [...draft.entities.values()], mentions: [], relations: draft.relations },
  }));
  const leftover = leftoverDocument(graph, idOf, covered, stored);
  if (leftover) documents.push(leftover);
  assignMentions(graph, documents, new Map(graph.mapNodes((node) => [idOf(node), node] as const)));
  return documents;
}

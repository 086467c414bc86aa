// Importing a parsed graph into the store. The file is parsed into a complete KnowledgeGraph first
// (src/export/formats.ts), so a bad file fails before the store is touched; the store then merges
// the graph in one transaction through `GraphStore.importGraph`, which the store provides.
import type { KnowledgeGraph } from '../graph/model.js';
import type { GraphStore } from '../store/index.js';

export interface GraphImportOutcome {
  entities: number;
  relations: number;
  documents: number;
}

/** What the store offers for imports: merge a whole graph, all or nothing. */
export interface GraphImporter {
  importGraph(graph: KnowledgeGraph): GraphImportOutcome;
}

export class ImportUnavailableError extends Error {
  constructor() {
    super('this store cannot import graphs yet (GraphStore.importGraph is missing)');
    this.name = 'ImportUnavailableError';
  }
}

function importerOf(store: GraphStore): GraphImporter | undefined {
  const candidate = store as unknown as Partial<GraphImporter>;
  return typeof candidate.importGraph === 'function' ? (candidate as GraphImporter) : undefined;
}

/** Merges `graph` into the store in one transaction; throws ImportUnavailableError when the store cannot. */
export function importIntoStore(store: GraphStore, graph: KnowledgeGraph): GraphImportOutcome {
  const importer = importerOf(store);
  if (!importer) throw new ImportUnavailableError();
  return importer.importGraph(graph);
}

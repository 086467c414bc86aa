// The explorer page: wires the API, the drawn graph, the renderer and the controls together.
// State that a user may want to share (filters, colouring, sizing, open entity) lives in the URL.
import { addDocument, ApiError, fetchCompactGraph, fetchDocument, fetchEntity, fetchLayout, fetchRelation, saveLayout, type CompactGraph, type DocumentSummary } from './api.js';
import { setupConnectionBanner } from './connection.js';
import type { Evidence } from '../../src/domain/extraction.js';
import { SAMPLE_ARTICLE } from './sample-article.js';
import { applyEdgeAppearance, applyNodeAppearance, computeMetrics } from './appearance.js';
import { fitToNodes, keyboardStep } from './camera.js';
import { applyPositions, compactEdgeKeys, createDisplayGraph, curveParallelEdges, filterCounts, syncDisplayGraph, type SyncResult } from './display-graph.js';
import { renderDocumentList, setupArticleForm, type DocumentEvents } from './documents.js';
import { byId, el, replaceChildren } from './dom.js';
import { downloadSnapshot, updateExportLinks } from './exports.js';
import { setupFilterControls } from './filter-controls.js';
import { EMPTY_FILTERS, filterProblem, hasActiveFilters, hasDateRange, parseViewState, viewStateSearch, type GraphFilters } from './filters.js';
import { createLabelLayer } from './label-layer.js';
import { autoLayoutDuration, createLayout, type LayoutController } from './layout.js';
import { renderLegend } from './legend.js';
import { renderDocumentPanel, renderEdgePanel, renderEntityPanel, renderPanelError, type PanelActions } from './panel.js';
import { applySizeSettings, createFocusState, createRenderer, refreshFocus, type GraphHolder, isEdgeShown, isNodeShown, LARGE_GRAPH_EDGES, setHoveredNode, type ExplorerSigma } from './renderer.js';
import { publishProbe } from './probe.js';
import { setupSearch } from './search.js';
import { renderTableView } from './table-view.js';

const state = parseViewState(window.location.search);
// The drawn graph. Reloads are merged into a detached copy that then replaces it: changing tens of
// thousands of attributes under a live renderer would make it react to every single change.
const view: GraphHolder = { graph: createDisplayGraph() };
const focus = createFocusState();
const documentTitles = new Map<string, string>();
/** Documents without a publication date: a date range leaves their facts out, and the page says so. */
const undatedDocuments = new Set<string>();

const container = byId('graph', HTMLElement);
const panel = byId('panel', HTMLElement);
const statusLine = byId('status', HTMLElement);
const errorLine = byId('error', HTMLElement);
const layoutButton = byId('layout-toggle', HTMLButtonElement);
const colorSelect = byId('color-mode', HTMLSelectElement);
const sizeSelect = byId('size-mode', HTMLSelectElement);
const exportsBox = byId('exports', HTMLElement);
const legend = byId('legend', HTMLElement);
const documentList = byId('document-list', HTMLElement);

let layout: LayoutController | null = null;
const renderer: ExplorerSigma = createRenderer(view, container, focus);
const labels = createLabelLayer(renderer, view, focus);
// Sigma only watches the window; the stage also changes size when the side panel opens or closes:
// then the view is framed again (on the open entity when there is one).
let lastSize = '';
new ResizeObserver(() => {
  const size = `${container.clientWidth}x${container.clientHeight}`;
  if (size === lastSize) return;
  lastSize = size;
  renderer.refresh({ skipIndexation: true });
  if (focus.selectedNode !== null && view.graph.hasNode(focus.selectedNode)) centreOn(focus.selectedNode);
  else if (document.body.dataset.state === 'ready') fitToShown();
}).observe(container);

function showError(message: string): void {
  errorLine.textContent = message;
}

function describeError(error: unknown): string {
  if (error instanceof ApiError) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

const documentTitle = (doc: string): string => documentTitles.get(doc) || doc;

// ---- URL --------------------------------------------------------------------------------------

function pushUrl(): void {
  const search = viewStateSearch(state);
  if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}`);
}

function replaceUrl(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${viewStateSearch(state)}`);
}

/** Changes closer together than this make one history entry (ticking several boxes in a row). */
const HISTORY_BURST_MS = 1_500;
let lastHistoryEntry = -Infinity;

function recordFilterHistory(): void {
  const now = performance.now();
  if (now - lastHistoryEntry < HISTORY_BURST_MS) replaceUrl();
  else pushUrl();
  lastHistoryEntry = now;
}

// ---- graph loading ------------------------------------------------------------------------------

function rememberDocuments(data: CompactGraph): void {
  const documents = data.documents;
  undatedDocuments.clear();
  for (const [id, info] of Object.entries(documents)) {
    documentTitles.set(id, info.title ?? id);
    if (!info.published) undatedDocuments.add(id);
  }
}

/**
 * Fetches the whole graph and its stored drawing, and merges them into (a copy of) the drawn graph;
 * returns what changed. Positions always come from the server, so every reader sees the same picture.
 */
async function loadGraph(): Promise<SyncResult> {
  const [data, positions] = await Promise.all([fetchCompactGraph(), fetchLayout()]);
  rememberDocuments(data);
  layout?.kill();
  layout = null;
  const next = view.graph.copy();
  const result = syncDisplayGraph(next, data);
  computeMetrics(next);
  applyPositions(next, positions);
  curveParallelEdges(next);
  applyNodeAppearance(next, state.color, state.size);
  applyEdgeAppearance(next);
  view.graph = next;
  renderer.setGraph(next);
  setHoveredNode(focus, next, focus.hoveredNode !== null && next.hasNode(focus.hoveredNode) ? focus.hoveredNode : null);
  renderLegend(legend, next, state.color);
  applySizeSettings(renderer, next);
  labels.invalidate();
  filterControls.setCounts(filterCounts(next));
  updateIsolatedToggle();
  byId('welcome', HTMLElement).hidden = next.order > 0;
  return result;
}

/**
 * ForceAtlas2 on the reader's request, for a time that grows with the graph; when it stops, the new
 * drawing is stored so that reloads and shared URLs show it too.
 */
function startLayout(): void {
  layout?.kill();
  const duration = autoLayoutDuration(view.graph.order);
  const started = performance.now();
  let progress: ReturnType<typeof setInterval> | undefined;
  layout = createLayout(view.graph, {
    onStateChange(running) {
      layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
      document.body.dataset.layout = running ? 'running' : 'stopped';
      focus.hideEdges = running && view.graph.size > LARGE_GRAPH_EDGES;
      renderer.refresh({ skipIndexation: true });
      if (running) {
        progress = setInterval(() => {
          const done = Math.min(99, Math.round(((performance.now() - started) / duration) * 100));
          layoutButton.textContent = `Stop layout (${done}%)`;
        }, 250);
        return;
      }
      clearInterval(progress);
      labels.invalidate();
      fitToShown();
      saveDrawing();
    },
  });
  layout.start(duration);
}

function saveDrawing(): void {
  const positions: Record<string, [number, number]> = {};
  // Stored to two decimals (as the server answers them): the page keeps exactly what a reload will show.
  const round = (value: number): number => Math.round(value * 100) / 100;
  view.graph.forEachNode((node, { x, y }) => { positions[node] = [round(x), round(y)]; });
  applyPositions(view.graph, positions);
  saveLayout(positions).catch((error: unknown) => showError(`The new layout could not be saved: ${describeError(error)}`));
}

// ---- filters: the server filters, the page hides what it left out -------------------------------
//
// One filter state (state.filters, the same parameters as the API) is what the graph, the URL and the
// boxes show. A change from the form is only a proposal: it becomes the state when the server's answer
// has arrived, and a refused or failed change puts the boxes back with a message.

let filterRequest = 0;

/** The nodes and edges a filter keeps (null: everything), as GET /api/graph answers. */
async function visibleFor(filters: GraphFilters): Promise<{ nodes: Set<string>; edges: Set<string> } | null> {
  if (!hasActiveFilters(filters)) return null;
  const filtered = await fetchCompactGraph(filters);
  return { nodes: new Set(filtered.nodes.key), edges: new Set(compactEdgeKeys(filtered)) };
}

/**
 * Applies `next` once the server has answered. `history`: 'push' for a change made on the page (one
 * history entry per burst), 'replace' when the URL already says it (reload, back/forward).
 */
async function changeFilters(next: GraphFilters, history: 'push' | 'replace'): Promise<boolean> {
  const problem = filterProblem(next);
  if (problem) {
    filterControls.setProblem(`${problem} The graph still shows the previous filters.`, 'dates');
    if (history === 'replace') { filterControls.write(state.filters); replaceUrl(); }
    return false;
  }
  const request = ++filterRequest;
  filterControls.setBusy(true);
  try {
    const visible = await visibleFor(next);
    if (request !== filterRequest) return false; // a newer change is on its way
    state.filters = next;
    focus.visibleNodes = visible?.nodes ?? null;
    focus.visibleEdges = visible?.edges ?? null;
    filterControls.write(next);
    filterControls.setProblem(null);
    if (history === 'push') recordFilterHistory(); else replaceUrl();
    showFilteredView();
    return true;
  } catch (error) {
    if (request !== filterRequest) return false;
    filterControls.write(state.filters);
    filterControls.setProblem(`Could not apply the filters (${describeError(error)}). The graph still shows the previous filters.`);
    replaceUrl();
    return false;
  } finally {
    if (request === filterRequest) filterControls.setBusy(false);
  }
}

/** After the shown set changed: links, explanations, counts, redraw and a camera that frames it. */
function showFilteredView(): void {
  updateExportLinks(exportsBox, state.filters);
  renderTable();
  renderer.refresh({ skipIndexation: true });
  const shown = updateStatus();
  filterControls.setNote(filterNote(shown));
  fitToShown();
}

function filterNote(shown: number): string | null {
  const notes: string[] = [];
  if (hasDateRange(state.filters) && undatedDocuments.size > 0) {
    const n = undatedDocuments.size;
    notes.push(`${n} ${n === 1 ? 'document has' : 'documents have'} no date: a date range leaves out what only ${n === 1 ? 'it states' : 'they state'}.`);
  }
  if (shown === 0 && hasActiveFilters(state.filters)) notes.push('No relation matches these filters.');
  return notes.length > 0 ? notes.join(' ') : null;
}

function shownNodes(): string[] {
  return view.graph.filterNodes((n, a) => isNodeShown(n, a.degree, focus));
}

function fitToShown(): void {
  fitToNodes(renderer, shownNodes());
}

function updateStatus(): number {
  const nodes = shownNodes().length;
  // An edge's ends always have a relation, so the isolated-entities toggle never hides an edge.
  const edges = view.graph.filterEdges((e) => isEdgeShown(e, focus)).length;
  const isolated = focus.hideIsolated && !focus.visibleNodes ? view.graph.filterNodes((_n, a) => a.degree === 0).length : 0;
  statusLine.textContent = `${nodes} of ${view.graph.order} entities, ${edges} of ${view.graph.size} relations shown`
    + (isolated > 0 ? ` (${isolated} without relations hidden)` : '');
  document.body.dataset.nodes = String(nodes);
  document.body.dataset.edges = String(edges);
  return nodes;
}

const isolatedToggle = byId('show-isolated', HTMLInputElement);

function updateIsolatedToggle(): void {
  const isolated = view.graph.filterNodes((_n, a) => a.degree === 0).length;
  const label = isolatedToggle.closest('label');
  if (label) label.hidden = isolated === 0;
  const count = label?.querySelector('[data-count]');
  if (count) count.textContent = ` ${isolated}`;
}

isolatedToggle.addEventListener('change', () => {
  focus.hideIsolated = !isolatedToggle.checked;
  showFilteredView();
});

// ---- selection and the side panel ---------------------------------------------------------------

const panelActions: PanelActions = {
  selectNode: (id) => void selectNode(id, true),
  openDocument: (evidence) => void openDocument(evidence),
  close: () => closePanel(),
};

/** Changes the selection: a small state change, then the cheapest redraw that shows it. */
function setSelection(node: string | null, edge: string | null): void {
  focus.selectedNode = node;
  focus.selectedEdge = edge;
  refreshFocus(renderer, view.graph, focus, labels.redraw);
}

function closePanel(): void {
  panel.hidden = true;
  setSelection(null, null);
  if (state.node || state.edge) { state.node = ''; state.edge = ''; pushUrl(); }
}

/** Graphs up to this many entities are framed whole when an entity opens; larger ones zoom onto it. */
const FRAME_WHOLE_GRAPH = 300;

function centreOn(node: string): void {
  if (view.graph.order <= FRAME_WHOLE_GRAPH) { fitToShown(); return; }
  const display = renderer.getNodeDisplayData(node);
  if (!display) return;
  const camera = renderer.getCamera();
  // Zoom in far enough to read the neighbourhood.
  void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.25) }, { duration: 500 });
}

async function selectNode(id: string, centre: boolean, moveFocus = true): Promise<void> {
  setSelection(id, null);
  if (state.node !== id) { state.node = id; state.edge = ''; pushUrl(); }
  if (centre && view.graph.hasNode(id)) centreOn(id);
  try {
    const entity = await fetchEntity(id);
    if (focus.selectedNode !== id) return; // another selection won the race
    renderEntityPanel(panel, entity, view.graph, panelActions, documentTitle);
    panelOpened(entity.label, moveFocus);
  } catch (error) {
    renderPanelError(panel, describeError(error), panelActions);
  }
}

/** The source article of an evidence sentence, the sentence marked; back returns to what was open. */
async function openDocument(evidence: Evidence): Promise<void> {
  const returnTo = { node: focus.selectedNode, edge: focus.selectedEdge };
  try {
    const doc = await fetchDocument(evidence.doc);
    renderDocumentPanel(panel, doc, evidence, panelActions, () => {
      if (returnTo.node !== null) void selectNode(returnTo.node, false);
      else if (returnTo.edge !== null && view.graph.hasEdge(returnTo.edge)) void selectEdge(returnTo.edge);
      else closePanel();
    });
    panelOpened(doc.title ?? doc.id);
  } catch (error) {
    renderPanelError(panel, describeError(error), panelActions);
  }
}

/** Focus moves into the panel (keyboard users land on its heading) and screen readers hear what opened. */
function panelOpened(title: string, moveFocus = true): void {
  if (moveFocus) panel.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  byId('announce', HTMLElement).textContent = `${title} opened`;
}

async function selectEdge(edge: string, moveFocus = true): Promise<void> {
  setSelection(null, edge);
  if (state.edge !== edge) { state.node = ''; state.edge = edge; pushUrl(); }
  renderEdgePanel(panel, view.graph, edge, null, panelActions, documentTitle);
  panelOpened(panel.querySelector('h2')?.textContent ?? 'relation', moveFocus);
  try {
    const [source, target] = view.graph.extremities(edge);
    const relation = await fetchRelation(source, view.graph.getEdgeAttribute(edge, 'predicate'), target, edge);
    if (focus.selectedEdge !== edge || !view.graph.hasEdge(edge)) return;
    renderEdgePanel(panel, view.graph, edge, relation ?? null, panelActions, documentTitle);
  } catch (error) {
    renderPanelError(panel, describeError(error), panelActions);
  }
}

/** Hover: a small state change, then only the affected items are redrawn. */
function hoverNode(node: string | null): void {
  setHoveredNode(focus, view.graph, node);
  refreshFocus(renderer, view.graph, focus, labels.redraw);
}

renderer.on('enterNode', ({ node }) => {
  container.style.cursor = 'pointer';
  hoverNode(node);
});
renderer.on('leaveNode', () => {
  container.style.cursor = '';
  hoverNode(null);
});
renderer.on('enterEdge', () => { container.style.cursor = 'pointer'; });
renderer.on('leaveEdge', () => { container.style.cursor = ''; });
renderer.on('clickNode', ({ node }) => void selectNode(node, false));
renderer.on('clickEdge', ({ edge }) => void selectEdge(edge));
renderer.on('clickStage', () => { if (!panel.hidden) closePanel(); });

// ---- controls -----------------------------------------------------------------------------------

const sidebar = byId('sidebar', HTMLElement);
const sidebarToggle = byId('sidebar-toggle', HTMLButtonElement);
const phone = window.matchMedia('(max-width: 700px)');

function setSidebarOpen(open: boolean): void {
  sidebar.hidden = !open;
  sidebarToggle.setAttribute('aria-expanded', String(open));
  // On phones the same button also shows the view options (layout, colour, size, exports).
  document.body.classList.toggle('menu-open', open && phone.matches);
}
setSidebarOpen(!phone.matches);
sidebarToggle.addEventListener('click', () => setSidebarOpen(sidebar.hidden));

container.addEventListener('keydown', (event) => {
  if (event.key === '0') { fitToShown(); event.preventDefault(); return; }
  if (keyboardStep(renderer, event.key)) event.preventDefault();
});
byId('zoom-in', HTMLButtonElement).addEventListener('click', () => keyboardStep(renderer, '+'));
byId('zoom-out', HTMLButtonElement).addEventListener('click', () => keyboardStep(renderer, '-'));
byId('zoom-fit', HTMLButtonElement).addEventListener('click', () => fitToShown());

const tableView = byId('table-view', HTMLElement);
const tableToggle = byId('table-toggle', HTMLButtonElement);

function showTable(open: boolean): void {
  tableView.hidden = !open;
  tableToggle.setAttribute('aria-pressed', String(open));
  tableToggle.textContent = open ? 'Graph' : 'Table';
  if (open) renderTable();
}

function renderTable(): void {
  if (tableView.hidden) return;
  renderTableView(tableView, {
    graph: view.graph,
    nodeShown: (node) => isNodeShown(node, view.graph.getNodeAttribute(node, 'degree'), focus),
    edgeShown: (edge) => isEdgeShown(edge, focus),
    open: (node) => void selectNode(node, true),
  });
}
tableToggle.addEventListener('click', () => showTable(tableView.hidden));

// Escape closes what is on top: the panel first (focus returns to the graph), then the table, then
// the sidebar on phones.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  if (!panel.hidden) { closePanel(); container.focus(); }
  else if (!tableView.hidden) { showTable(false); tableToggle.focus(); }
  else if (phone.matches && !sidebar.hidden) { setSidebarOpen(false); sidebarToggle.focus(); }
});

const filterControls = setupFilterControls(byId('filters', HTMLFormElement), (filters) => void changeFilters(filters, 'push'));

function applyAppearance(): void {
  applyNodeAppearance(view.graph, state.color, state.size);
  renderLegend(legend, view.graph, state.color);
}

colorSelect.addEventListener('change', () => {
  state.color = colorSelect.value === 'community' ? 'community' : 'type';
  pushUrl();
  applyAppearance();
});
sizeSelect.addEventListener('change', () => {
  state.size = sizeSelect.value === 'pagerank' ? 'pagerank' : 'degree';
  pushUrl();
  applyAppearance();
});
layoutButton.addEventListener('click', () => {
  if (layout?.isRunning()) layout.stop();
  else startLayout();
});
byId('export-png', HTMLButtonElement).addEventListener('click', () => {
  downloadSnapshot(renderer).catch((error: unknown) => showError(describeError(error)));
});

setupSearch({
  input: byId('search', HTMLInputElement),
  list: byId('search-results', HTMLElement),
  onPick: (entity) => void selectNode(entity.id, true),
  onError: showError,
});

/** Lists the entities a new article brought, each a button that opens it. */
function showJoined(added: readonly string[]): void {
  const status = byId('article-status', HTMLElement);
  if (added.length === 0) { status.append(' No new entities.'); return; }
  const buttons = added.map((id) => {
    const button = el('button', { className: 'link', attrs: { type: 'button' }, data: { node: id } }, view.graph.getNodeAttribute(id, 'label'));
    button.addEventListener('click', () => void selectNode(id, true));
    return button;
  });
  const joined = el('span', { className: 'joined' }, ` New: `, ...buttons);
  status.append(joined);
}

const documentEvents: DocumentEvents = {
  async onChange(change) {
    const result = await loadGraph();
    await changeFilters(state.filters, 'replace');
    if (change.added) showJoined(result.addedNodes);
    if (state.node && !view.graph.hasNode(state.node)) closePanel();
    await refreshDocuments();
  },
  onError: showError,
};
setupArticleForm(byId('article-form', HTMLFormElement), documentEvents);

const sampleButton = byId('sample-article', HTMLButtonElement);
sampleButton.addEventListener('click', () => {
  const status = byId('sample-status', HTMLElement);
  sampleButton.disabled = true;
  status.textContent = 'Extracting…';
  addDocument(SAMPLE_ARTICLE)
    .then(async (added) => { status.textContent = ''; await documentEvents.onChange({ added }); })
    .catch((error: unknown) => { status.textContent = describeError(error); })
    .finally(() => { sampleButton.disabled = false; });
});

// When the server answers again after an outage: load what failed (the whole page if it never
// loaded), and clear the messages the outage left.
setupConnectionBanner(byId('connection', HTMLElement), () => {
  showError('');
  if (document.body.dataset.state === 'error') { void startOrShowError(); return; }
  documentEvents.onChange({}).catch((error: unknown) => showError(describeError(error)));
});

async function refreshDocuments(): Promise<DocumentSummary[]> {
  return renderDocumentList(documentList, documentEvents);
}

window.addEventListener('popstate', () => {
  const next = parseViewState(window.location.search);
  Object.assign(state, { ...next, filters: state.filters });
  syncControls();
  filterControls.write(next.filters);
  applyAppearance();
  void changeFilters(next.filters, 'replace');
  if (state.node) void selectNode(state.node, true);
  else if (state.edge && view.graph.hasEdge(state.edge)) void selectEdge(state.edge);
  else if (!panel.hidden) closePanel();
});

function syncControls(): void {
  filterControls.write(state.filters);
  colorSelect.value = state.color;
  sizeSelect.value = state.size;
}

// ---- start ------------------------------------------------------------------------------------

async function start(): Promise<void> {
  const wanted = parseViewState(window.location.search).filters;
  state.filters = EMPTY_FILTERS;
  syncControls();
  filterControls.write(wanted);
  await loadGraph();
  document.body.dataset.layout = 'stopped';
  await changeFilters(wanted, 'replace');
  document.body.dataset.state = 'ready';
  // When the page became usable, for the browser benchmark (bench/browser.ts).
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  // A shared URL opens its entity without taking the focus from where the reader starts.
  if (state.node) await selectNode(state.node, false, false);
  else if (state.edge && view.graph.hasEdge(state.edge)) await selectEdge(state.edge, false);
  await refreshDocuments().catch((error: unknown) => showError(describeError(error)));
}

async function startOrShowError(): Promise<void> {
  try {
    await start();
  } catch (error) {
    document.body.dataset.state = 'error';
    showError(`Could not load the graph: ${describeError(error)}`);
    replaceChildren(legend);
  }
}

void startOrShowError();

publishProbe(renderer, () => view.graph, () => labels.placed(), { hover: hoverNode, select: (node) => setSelection(node, null) });

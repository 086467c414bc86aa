// Adding an article (title, text, date) and removing documents. The server extracts and merges; the
// page then reloads the graph and shows what joined it.
import { addDocument, deleteDocument, listDocuments, type DocumentSummary, type IngestOutcome } from './api.js';
import { byId, el, replaceChildren } from './dom.js';

export interface DocumentEvents {
  /** After a document was added or removed: reload the graph. */
  onChange(change: { added?: IngestOutcome; removed?: string }): Promise<void>;
  onError(message: string): void;
}

export function setupArticleForm(form: HTMLFormElement, events: DocumentEvents): void {
  const status = byId('article-status', HTMLElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    const text = String(data.get('text') ?? '').trim();
    const published = String(data.get('published') ?? '').trim();
    if (text.length === 0) { status.textContent = 'Paste the article text first.'; return; }
    const submit = form.querySelector('button[type="submit"]');
    if (submit instanceof HTMLButtonElement) submit.disabled = true;
    status.textContent = 'Extracting…';
    addDocument({ title, text, ...(published ? { published } : {}) })
      .then(async (added) => {
        form.reset();
        status.textContent = added.created
          ? `Added “${title || added.id}”: ${added.entities} entities, ${added.relations} relations.`
          : 'This article is already in the graph.';
        await events.onChange({ added });
      })
      .catch((error: unknown) => {
        status.textContent = '';
        events.onError(error instanceof Error ? error.message : String(error));
      })
      .finally(() => { if (submit instanceof HTMLButtonElement) submit.disabled = false; });
  });
}

export async function renderDocumentList(container: HTMLElement, events: DocumentEvents): Promise<DocumentSummary[]> {
  const documents = await listDocuments();
  replaceChildren(container, ...documents.map((doc) => {
    const remove = el('button', { className: 'link danger', attrs: { type: 'button', 'aria-label': `Remove ${doc.title ?? doc.id}` } }, 'remove');
    remove.addEventListener('click', () => {
      if (!window.confirm(`Remove “${doc.title ?? doc.id}” and the facts only it supports?`)) return;
      deleteDocument(doc.id)
        .then(() => events.onChange({ removed: doc.id }))
        .catch((error: unknown) => events.onError(error instanceof Error ? error.message : String(error)));
    });
    return el('li', { data: { doc: doc.id } },
      el('span', { className: 'doc-title' }, doc.title || doc.id),
      doc.published ? el('span', { className: 'doc-date' }, ` ${doc.published}`) : null,
      ' ', remove);
  }));
  if (documents.length === 0) replaceChildren(container, el('li', { className: 'empty' }, 'No documents yet.'));
  return documents;
}

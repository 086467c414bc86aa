// Search box with autocomplete over names and aliases (answered by GET /api/entities?q=).
// Arrow keys move through suggestions, Enter picks, Escape closes.
import { searchEntities, type EntityHit } from './api.js';
import { entityTypeColor } from './colors.js';
import { el, replaceChildren } from './dom.js';

export interface SearchOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  onPick(entity: EntityHit): void;
  onError(message: string): void;
}

const DEBOUNCE_MS = 150;

/** The alias the server matched, when it is not the label itself. */
function matchedAlias(entity: EntityHit): string | undefined {
  return entity.matched && entity.matched !== entity.label && entity.aliases.includes(entity.matched) ? entity.matched : undefined;
}

export function setupSearch({ input, list, onPick, onError }: SearchOptions): void {
  let results: EntityHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requestId = 0;

  const close = (): void => {
    results = [];
    active = -1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    replaceChildren(list);
  };

  const pick = (entity: EntityHit): void => {
    input.value = entity.label;
    close();
    onPick(entity);
  };

  const render = (): void => {
    replaceChildren(list, ...results.map((entity, index) => {
      const dot = el('span', { className: 'swatch swatch-dot' });
      dot.style.background = entityTypeColor(entity.entityType);
      const alias = matchedAlias(entity);
      const option = el('li', { attrs: { role: 'option', id: `search-option-${index}`, 'aria-selected': String(index === active) }, data: { node: entity.id } },
        dot, el('span', { className: 'option-label' }, entity.label),
        alias ? el('span', { className: 'option-alias' }, ` (${alias})`) : null,
        el('span', { className: 'option-type' }, entity.entityType));
      // mousedown, not click: it fires before the input's blur closes the list.
      option.addEventListener('mousedown', (event) => { event.preventDefault(); pick(entity); });
      return option;
    }));
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const query = async (text: string): Promise<void> => {
    const id = ++requestId;
    try {
      const found = await searchEntities(text);
      if (id !== requestId) return; // a newer keystroke already asked again
      results = found;
      active = found.length > 0 ? 0 : -1;
      render();
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };

  input.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    const text = input.value.trim();
    if (text.length === 0) { requestId += 1; close(); return; }
    timer = setTimeout(() => void query(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active >= 0 ? active : 0];
      const text = input.value.trim();
      if (chosen) {
        pick(chosen);
      } else if (text.length > 0) {
        // Enter typed before the debounced query ran: ask now and take the best match.
        if (timer !== undefined) clearTimeout(timer);
        void query(text).then(() => { if (results[0]) pick(results[0]); });
      }
    } else if (event.key === 'Escape') {
      // An open list is what Escape closes; the page's own Escape (close the panel) waits for the next one.
      if (!list.hidden) event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', () => close());
}

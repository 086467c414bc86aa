// The filter form: built from the ontology, read into a GraphFilters value and written back from one.
// The form never decides what the graph shows: it proposes filters (onChange) and the page writes the
// applied ones back (write), so a failed or refused change puts the boxes back as the graph is.
// An all-checked group means "no filter" and is sent as nothing.
import { ENTITY_TYPES, PREDICATES, type EntityType, type PredicateId } from '../../src/domain/ontology.js';
import { MODALITIES, type Modality } from '../../src/domain/extraction.js';
import { entityTypeColor, predicateColor } from './colors.js';
import { el, replaceChildren } from './dom.js';
import { EMPTY_FILTERS, type GraphFilters } from './filters.js';

export type FilterGroup = 'type' | 'predicate' | 'modality';

/** How many entities of each type, relations of each predicate and modality the whole graph has. */
export type FilterCounts = Record<FilterGroup, Map<string, number>>;

export interface FilterControls {
  read(): GraphFilters;
  write(filters: GraphFilters): void;
  setCounts(counts: FilterCounts): void;
  /** Why the last change was not applied (null clears it). */
  setProblem(text: string | null, about?: 'dates'): void;
  /** What the applied filters leave out that a reader might not expect (null clears it). */
  setNote(text: string | null): void;
  setBusy(busy: boolean): void;
}

const GROUPS: readonly FilterGroup[] = ['type', 'modality', 'predicate'];

function checkbox(name: FilterGroup, value: string, text: string, color?: string): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox', name, value } });
  input.checked = true;
  input.defaultChecked = true;
  const dot = color ? el('span', { className: 'swatch swatch-dot' }) : null;
  if (dot && color) dot.style.background = color;
  const only = el('button', { className: 'link only', attrs: { type: 'button', 'aria-label': `only ${text}` }, data: { only: value } }, 'only');
  return el('div', { className: 'check-row' },
    el('label', { className: 'check' }, input, dot, el('span', { className: 'check-text' }, text), el('span', { className: 'count', data: { count: value } })),
    only);
}

function boxesOf(form: HTMLFormElement, name: FilterGroup): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)];
}

function checkedValues(form: HTMLFormElement, name: FilterGroup): { values: string[]; all: boolean } {
  const boxes = boxesOf(form, name);
  const values = boxes.filter((b) => b.checked).map((b) => b.value);
  return { values, all: values.length === boxes.length };
}

function setChecked(form: HTMLFormElement, name: FilterGroup, values: readonly string[]): void {
  for (const box of boxesOf(form, name)) box.checked = values.length === 0 || values.includes(box.value);
}

function requireInput(form: HTMLFormElement, name: string): HTMLInputElement {
  const input = form.elements.namedItem(name);
  if (!(input instanceof HTMLInputElement)) throw new Error(`filter form has no input "${name}"`);
  return input;
}

export function setupFilterControls(form: HTMLFormElement, onChange: (filters: GraphFilters) => void): FilterControls {
  const containers = Object.fromEntries(GROUPS.map((group) => {
    const box = form.querySelector<HTMLElement>(`[data-filter="${group}"]`);
    if (!box) throw new Error(`filter form has no [data-filter="${group}"]`);
    return [group, box];
  })) as Record<FilterGroup, HTMLElement>;
  replaceChildren(containers.type, ...ENTITY_TYPES.map((t) => checkbox('type', t, t, entityTypeColor(t))));
  replaceChildren(containers.predicate, ...PREDICATES.map((p) => checkbox('predicate', p.id, p.label, predicateColor(p.id))));
  replaceChildren(containers.modality, ...MODALITIES.map((m) => checkbox('modality', m, m)));
  const minDegree = requireInput(form, 'minDegree');
  const since = requireInput(form, 'since');
  const until = requireInput(form, 'until');
  const problem = form.querySelector<HTMLElement>('[data-filter-problem]');
  const note = form.querySelector<HTMLElement>('[data-filter-note]');
  const show = (element: HTMLElement | null, text: string | null): void => {
    if (!element) return;
    element.textContent = text ?? '';
    element.hidden = text === null;
  };

  const read = (): GraphFilters => {
    const type = checkedValues(form, 'type');
    const predicate = checkedValues(form, 'predicate');
    const modality = checkedValues(form, 'modality');
    const degree = Number.parseInt(minDegree.value, 10);
    return {
      type: type.all ? [] : (type.values as EntityType[]),
      predicate: predicate.all ? [] : (predicate.values as PredicateId[]),
      modality: modality.all ? [] : (modality.values as Modality[]),
      minDegree: Number.isFinite(degree) && degree > 0 ? degree : 0,
      since: since.value,
      until: until.value,
    };
  };

  const write = (filters: GraphFilters): void => {
    setChecked(form, 'type', filters.type);
    setChecked(form, 'predicate', filters.predicate);
    setChecked(form, 'modality', filters.modality);
    minDegree.value = filters.minDegree > 0 ? String(filters.minDegree) : '';
    since.value = filters.since;
    until.value = filters.until;
  };

  form.addEventListener('change', () => onChange(read()));
  form.addEventListener('submit', (event) => { event.preventDefault(); onChange(read()); });
  form.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLButtonElement)) return;
    const group = target.closest<HTMLElement>('[data-filter]')?.dataset.filter as FilterGroup | undefined;
    if (target.dataset.only !== undefined && group) {
      for (const box of boxesOf(form, group)) box.checked = box.value === target.dataset.only;
      onChange(read());
    } else if (target.dataset.all !== undefined) {
      for (const box of boxesOf(form, target.dataset.all as FilterGroup)) box.checked = true;
      onChange(read());
    } else if (target.dataset.clear !== undefined) {
      write(EMPTY_FILTERS);
      onChange(read());
    }
  });

  return {
    read,
    write,
    setCounts(counts) {
      for (const group of GROUPS) {
        for (const badge of containers[group].querySelectorAll<HTMLElement>('[data-count]')) {
          badge.textContent = ` ${counts[group].get(badge.dataset.count ?? '') ?? 0}`;
        }
      }
    },
    setProblem(text, about) {
      show(problem, text);
      for (const input of [since, until]) input.setAttribute('aria-invalid', String(about === 'dates' && input.value !== ''));
    },
    setNote(text) {
      show(note, text);
    },
    setBusy(busy) {
      form.setAttribute('aria-busy', String(busy));
    },
  };
}

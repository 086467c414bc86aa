// The filter form: built from the ontology, read into a GraphFilters value and written back from
// one (when the URL changes). An all-checked group means "no filter" and is sent as nothing.
import { ENTITY_TYPES, PREDICATES, type EntityType, type PredicateId } from '../../src/domain/ontology.js';
import { MODALITIES, type Modality } from '../../src/domain/extraction.js';
import { entityTypeColor, predicateColor } from './colors.js';
import { el, replaceChildren } from './dom.js';
import type { GraphFilters } from './filters.js';

export interface FilterControls {
  read(): GraphFilters;
  write(filters: GraphFilters): void;
}

function checkbox(name: string, value: string, text: string, color?: string): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox', name, value } });
  input.checked = true;
  const dot = color ? el('span', { className: 'swatch swatch-dot' }) : null;
  if (dot && color) dot.style.background = color;
  return el('label', { className: 'check' }, input, dot, text);
}

function checkedValues(form: HTMLFormElement, name: string): { values: string[]; all: boolean } {
  const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)];
  const values = boxes.filter((b) => b.checked).map((b) => b.value);
  return { values, all: values.length === boxes.length };
}

function setChecked(form: HTMLFormElement, name: string, values: readonly string[]): void {
  for (const box of form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)) {
    box.checked = values.length === 0 || values.includes(box.value);
  }
}

export function setupFilterControls(form: HTMLFormElement, onChange: (filters: GraphFilters) => void): FilterControls {
  const typeBox = form.querySelector<HTMLElement>('[data-filter="type"]');
  const predicateBox = form.querySelector<HTMLElement>('[data-filter="predicate"]');
  const modalityBox = form.querySelector<HTMLElement>('[data-filter="modality"]');
  if (!typeBox || !predicateBox || !modalityBox) throw new Error('filter form is incomplete');
  replaceChildren(typeBox, ...ENTITY_TYPES.map((t) => checkbox('type', t, t, entityTypeColor(t))));
  replaceChildren(predicateBox, ...PREDICATES.map((p) => checkbox('predicate', p.id, p.label, predicateColor(p.id))));
  replaceChildren(modalityBox, ...MODALITIES.map((m) => checkbox('modality', m, m)));
  const minDegree = form.elements.namedItem('minDegree');
  const since = form.elements.namedItem('since');
  const until = form.elements.namedItem('until');
  if (!(minDegree instanceof HTMLInputElement) || !(since instanceof HTMLInputElement) || !(until instanceof HTMLInputElement)) {
    throw new Error('filter form is incomplete');
  }

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

  form.addEventListener('change', () => onChange(read()));
  form.addEventListener('submit', (event) => { event.preventDefault(); onChange(read()); });
  form.addEventListener('reset', () => setTimeout(() => onChange(read()), 0));

  return {
    read,
    write(filters) {
      setChecked(form, 'type', filters.type);
      setChecked(form, 'predicate', filters.predicate);
      setChecked(form, 'modality', filters.modality);
      minDegree.value = filters.minDegree > 0 ? String(filters.minDegree) : '';
      since.value = filters.since;
      until.value = filters.until;
    },
  };
}

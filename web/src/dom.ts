// Safe DOM building: every piece of data becomes a text node, never markup. Names and sentences come
// from news articles, so nothing here ever assigns innerHTML.

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  attrs?: Record<string, string>;
  /** Data attributes (`data-*`), e.g. { node: 'turkey' } -> data-node="turkey". */
  data?: Record<string, string>;
}

/** Creates an element whose string children are appended as text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.data ?? {})) element.dataset[name] = value;
  appendChildren(element, children);
  return element;
}

export function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  appendChildren(parent, children);
}

/** The element with this id, or an error naming it (a missing element is a bug in index.html). */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing or not a ${type.name}`);
  return element;
}

/**
 * Appends `items` to `list` a page at a time, with a "N more …" button under it: a hub with thousands
 * of relations, or a table of 10,000 entities, opens instantly and the reader asks for more.
 */
export function pagedList<T>(list: HTMLElement, items: readonly T[], page: number, render: (item: T) => HTMLElement, what: string): HTMLElement {
  const more = el('button', { className: 'link more', attrs: { type: 'button' } });
  let shown = 0;
  const showMore = (): void => {
    const next = items.slice(shown, shown + page);
    list.append(...next.map(render));
    shown += next.length;
    more.textContent = `${items.length - shown} more ${what}`;
    more.hidden = shown >= items.length;
  };
  more.addEventListener('click', showMore);
  showMore();
  return el('div', {}, list, more);
}

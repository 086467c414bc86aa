// List-valued attributes (GEXF liststring, GraphML/CSV string columns holding lists). Two spellings
// exist in the wild: Gephi 0.10 / GEXF 1.3 write `["a", "b"]` (quoted, backslash escapes), older
// Gephi and GEXF 1.2 files write `a|b`. We read both and write the one the target format expects.

function quoteItem(item: string): string {
  return '"' + item.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') + '"';
}

/** `["a", "b \"c\""]`: unambiguous for any item. */
export function formatBracketList(items: readonly string[]): string {
  return '[' + items.map(quoteItem).join(', ') + ']';
}

/** `a|b` when that reads back unambiguously, else the bracket form. */
export function formatPipeList(items: readonly string[]): string {
  const joined = items.join('|');
  // A lone item with a comma would be split by readers that fall back to commas (graphology-gexf).
  const ambiguous = items.some((item) => item.includes('|')) || joined.startsWith('[') || (items.length === 1 && (items[0] === '' || items[0].includes(',')));
  return ambiguous ? formatBracketList(items) : joined;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

/** Items of a bracket list body (between `[` and `]`): quoted ('…' or "…", backslash escapes) or bare, comma-separated. */
function parseBracketBody(body: string): string[] {
  const items: string[] = [];
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i])) i++;
    if (i >= body.length) break;
    const quote = body[i] === '"' || body[i] === "'" ? body[i] : '';
    let item = '';
    if (quote) {
      i++;
      while (i < body.length && body[i] !== quote) {
        if (body[i] === '\\' && i + 1 < body.length) {
          const next = body[i + 1];
          item += ESCAPES[next] ?? next;
          i += 2;
        } else {
          item += body[i++];
        }
      }
      i++; // closing quote
      while (i < body.length && body[i] !== ',') i++;
    } else {
      while (i < body.length && body[i] !== ',') item += body[i++];
      item = item.trim();
    }
    items.push(item);
    i++; // comma
  }
  return items;
}

/** Reads either spelling; a value with neither brackets nor pipes is a one-item list, and '' the empty list. */
export function parseList(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) return parseBracketBody(trimmed.slice(1, -1));
  return value.split('|');
}

// Plain-text tables for the terminal and the JSON results file.
import type { BenchResult, Table } from './types.js';

export function renderTable(table: Table): string {
  const widths = table.columns.map((c, i) => Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [table.title, line(table.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

export function renderResult(result: BenchResult): string {
  const parts = [`== ${result.title} ==`, ...result.tables.map(renderTable)];
  if (result.targets.length) {
    parts.push(renderTable({
      title: 'Targets',
      columns: ['target', 'measured', 'status'],
      rows: result.targets.map((t) => [t.target, t.value, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED']),
    }));
  }
  if (result.notes.length) parts.push(result.notes.map((n) => `note: ${n}`).join('\n'));
  return parts.join('\n\n');
}

/** A Markdown version of the same tables, for docs/performance.md. */
export function markdownTable(table: Table): string {
  return [`| ${table.columns.join(' | ')} |`, `|${table.columns.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...table.rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

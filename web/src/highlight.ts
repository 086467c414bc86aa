// Marks where the related entities are named in an evidence sentence, so a reader sees at a glance
// which words state the relation. Works on text only and returns text and <mark> nodes.
import { el, type Child } from './dom.js';

interface Span { start: number; end: number; role: string }

/** Non-overlapping occurrences of any of `names` (whole words, case-insensitive), longest names first. */
export function findNameSpans(sentence: string, names: readonly string[], role: string): Span[] {
  const spans: Span[] = [];
  const lower = sentence.toLowerCase();
  const sorted = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const needle = name.toLowerCase();
    let from = 0;
    for (let at = lower.indexOf(needle, from); at !== -1; at = lower.indexOf(needle, from)) {
      from = at + needle.length;
      const end = at + needle.length;
      if (!isWordBoundary(lower, at - 1) || !isWordBoundary(lower, end)) continue;
      if (spans.some((s) => at < s.end && end > s.start)) continue;
      spans.push({ start: at, end, role });
    }
  }
  return spans;
}

function isWordBoundary(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !/[\p{L}\p{N}]/u.test(text[index]);
}

/** The sentence as text nodes with each side of the relation wrapped in <mark class="role">. */
export function highlightSentence(sentence: string, sides: readonly { names: readonly string[]; role: string }[]): Child[] {
  const spans: Span[] = [];
  for (const side of sides) {
    for (const span of findNameSpans(sentence, side.names, side.role)) {
      if (!spans.some((s) => span.start < s.end && span.end > s.start)) spans.push(span);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: Child[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) parts.push(sentence.slice(cursor, span.start));
    parts.push(el('mark', { className: span.role }, sentence.slice(span.start, span.end)));
    cursor = span.end;
  }
  if (cursor < sentence.length) parts.push(sentence.slice(cursor));
  return parts;
}

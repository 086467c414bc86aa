// Evaluation measures: tagging accuracy, UAS/LAS as in the CoNLL 2018 shared task (every word counts,
// punctuation included; LAS compares universal relations, subtypes stripped), exact-span entity P/R/F1.

export interface Counts { correct: number; total: number }
export const ratio = (c: Counts): number => (c.total === 0 ? 0 : c.correct / c.total);

export function universalRelation(label: string): string {
  const colon = label.indexOf(':');
  return colon < 0 ? label : label.slice(0, colon);
}

export interface Span { type: string; start: number; end: number }

/** Entity spans of a BIO2 label sequence (a stray I- opens a span, as conlleval does). */
export function spansOf(labels: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  labels.forEach((label, i) => {
    const type = label === 'O' ? '' : label.slice(2);
    if (open && (label === 'O' || label.startsWith('B-') || type !== open.type)) { spans.push(open); open = undefined; }
    if (label !== 'O' && !open) open = { type, start: i, end: i + 1 };
    else if (open) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

export class SpanScore {
  readonly byType = new Map<string, { tp: number; fp: number; fn: number }>();

  add(gold: readonly string[], predicted: readonly string[]): void {
    const key = (s: Span): string => `${s.type}:${s.start}:${s.end}`;
    const goldSpans = new Set(spansOf(gold).map(key));
    const predictedSpans = new Set(spansOf(predicted).map(key));
    for (const span of predictedSpans) this.count(span.split(':')[0], goldSpans.has(span) ? 'tp' : 'fp');
    for (const span of goldSpans) if (!predictedSpans.has(span)) this.count(span.split(':')[0], 'fn');
  }

  private count(type: string, field: 'tp' | 'fp' | 'fn'): void {
    const entry = this.byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field]++;
    this.byType.set(type, entry);
  }

  /** Precision, recall and F1 for one type, or over all types when `type` is omitted. */
  prf(type?: string): { p: number; r: number; f1: number } {
    let tp = 0, fp = 0, fn = 0;
    for (const [name, entry] of this.byType) {
      if (type && name !== type) continue;
      tp += entry.tp; fp += entry.fp; fn += entry.fn;
    }
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  }
}

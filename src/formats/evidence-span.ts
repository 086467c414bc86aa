// The evidence of an imported relation, checked against itself before the store rebuilds a document
// from it: offsets are whole, non-negative, in order, and the span is no longer than its sentence.
// How far the offsets may reach is the store's limit (src/domain/limits.ts).
import { z } from 'zod';

// Any number here, so that a file in our shape with bad offsets is recognised as ours and refused.
export const evidenceSpanFields = { doc: z.string(), sentence: z.number(), start: z.number(), end: z.number(), text: z.string(), reason: z.string().optional() };

type Span = { sentence: number; start: number; end: number; text: string };

const isOffset = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** Whole non-negative offsets, end ≥ start, and end − start ≤ the sentence's length (a longer span would claim text it lacks). */
export function spanFitsText(span: Span): boolean {
  return isOffset(span.sentence) && isOffset(span.start) && isOffset(span.end) && span.end >= span.start && span.end - span.start <= span.text.length;
}

export const SPAN_MESSAGE = 'evidence offsets must be whole numbers with 0 ≤ start ≤ end ≤ start + text length';

export const evidenceSpanSchema = z.object(evidenceSpanFields).refine(spanFitsText, { error: SPAN_MESSAGE });

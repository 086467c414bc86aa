// Stage 1: normalisation keeps a map back to the original text, so evidence offsets slice what was written.
import { describe, expect, it } from 'vitest';
import { normalizeText, originalRange } from '../../src/extract/text.js';

/** The original substring behind the first occurrence of `needle` in the normalised text. */
function originalOf(original: string, needle: string): string {
  const normalized = normalizeText(original);
  const at = normalized.text.indexOf(needle);
  expect(at, `"${needle}" in ${JSON.stringify(normalized.text)}`).toBeGreaterThanOrEqual(0);
  const range = originalRange(normalized, at, at + needle.length);
  return original.slice(range.start, range.end);
}

describe('normalizeText', () => {
  it('straightens typographic quotes, apostrophes and dashes', () => {
    const { text } = normalizeText('\u201cWe will stay,\u201d Chile\u2019s envoy said \u2013 firmly.');
    expect(text).toBe('"We will stay," Chile\'s envoy said - firmly.');
  });

  it('drops inline tags, turns block tags into line breaks and decodes entities', () => {
    const { text } = normalizeText('<p>Oman &amp; Qatar <b>signed</b>&nbsp;a deal.</p><p>Bahrain &#233;&#x20AC;</p>');
    expect(text.split('\n').filter(Boolean)).toEqual(['Oman & Qatar signed a deal.', 'Bahrain \u00e9\u20ac']);
  });

  it('folds runs of spaces and tabs and removes carriage returns', () => {
    expect(normalizeText('Peru \t  and   Chile\r\nagreed.').text).toBe('Peru and Chile\nagreed.');
  });

  it('leaves a lone ampersand or angle bracket that is not markup as it is', () => {
    expect(normalizeText('Q&A: 3 < 5 & more').text).toBe('Q&A: 3 < 5 & more');
  });

  it('has one original offset per normalised character', () => {
    const normalized = normalizeText('<i>Laos</i> &amp; Vietnam');
    expect(normalized.starts.length).toBe(normalized.text.length);
    expect(normalized.ends.length).toBe(normalized.text.length);
  });
});

describe('originalRange', () => {
  it('maps a plain range to the same substring', () => {
    expect(originalOf('Kenya withdrew from Somalia.', 'Somalia')).toBe('Somalia');
  });

  it('decodes every HTML named and numeric entity, not only the common ones, and maps back to them', () => {
    const original = 'S&eacute;n&eacute;gal&#8217;s envoy met C&ocirc;te d&rsquo;Ivoire&#x2019;s &frac12; &bogus; delegation.';
    expect(normalizeText(original).text).toBe("Sénégal's envoy met Côte d'Ivoire's ½ &bogus; delegation.");
    expect(originalOf(original, 'Sénégal')).toBe('S&eacute;n&eacute;gal');
  });

  it('maps across a decoded entity to the entity as written', () => {
    expect(originalOf('Officials of AT&amp;T met Vodafone.', 'AT&T met Vodafone')).toBe('AT&amp;T met Vodafone');
  });

  it('maps a range after a decoded entity to exactly the original word', () => {
    const original = 'Oman &amp; Qatar signed a deal with Yemen.';
    expect(originalOf(original, 'Yemen')).toBe('Yemen');
    expect(originalOf(original, 'Qatar')).toBe('Qatar');
  });

  it('maps a range after removed tags to exactly the original word', () => {
    const original = '<div class="lead"><b>Chile</b> and <a href="/x">Peru</a>   held talks.</div>';
    expect(originalOf(original, 'Peru')).toBe('Peru');
    expect(originalOf(original, 'held talks.')).toBe('held talks.');
  });

  it('maps a range spanning a removed tag to the original including the tag', () => {
    const original = 'The <b>Malian</b> army left.';
    expect(originalOf(original, 'Malian army')).toBe('Malian</b> army');
  });

  it('maps a straightened quote back to the typographic quote', () => {
    expect(originalOf('Ghana\u2019s president spoke.', "Ghana's")).toBe('Ghana\u2019s');
  });

  it('gives an empty range for an empty span', () => {
    const normalized = normalizeText('&amp; Fiji');
    const range = originalRange(normalized, 2, 2);
    expect(range.start).toBe(range.end);
  });
});

describe('normalizeText on text that needs no work', () => {
  it('returns the same text with every offset pointing at itself', () => {
    const plain = 'Kenya and Uganda agreed on Monday.\nThe talks ended.';
    const result = normalizeText(plain);
    expect(result.text).toBe(plain);
    expect(originalRange(result, 6, 9)).toEqual({ start: 6, end: 9 });
    expect(plain.slice(originalRange(result, 35, 44).start, originalRange(result, 35, 44).end)).toBe('The talks');
  });

  it('still folds a line that starts with a space', () => {
    expect(normalizeText('Kenya said.\n  Uganda agreed.').text).toBe('Kenya said.\nUganda agreed.');
  });
});

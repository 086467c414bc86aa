import { describe, expect, it } from 'vitest';
import { formatBracketList, formatPipeList, parseList } from '../../src/formats/lists.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/formats/xml-escape.js';

describe('list values', () => {
  const tricky = ['plain', 'with, comma', 'with "quotes"', 'back\\slash', 'pipe|inside', 'new\nline', ''];

  it('reads back what it writes in the bracket form, whatever the items', () => {
    expect(parseList(formatBracketList(tricky))).toEqual(tricky);
  });

  it('writes the pipe form when it is unambiguous and falls back to brackets otherwise', () => {
    expect(formatPipeList(['Türkiye', 'Ankara'])).toBe('Türkiye|Ankara');
    expect(parseList('Türkiye|Ankara')).toEqual(['Türkiye', 'Ankara']);
    expect(formatPipeList(['a|b'])).toBe('["a|b"]');
    expect(formatPipeList(['Foo, Inc.'])).toBe('["Foo, Inc."]');
    expect(parseList(formatPipeList(tricky))).toEqual(tricky);
  });

  it("reads Gephi's spellings", () => {
    expect(parseList('[a, b, c]')).toEqual(['a', 'b', 'c']);
    expect(parseList("['x y', \"z\"]")).toEqual(['x y', 'z']);
    expect(parseList('')).toEqual([]);
    expect(parseList('single')).toEqual(['single']);
  });
});

describe('XML escaping', () => {
  it('escapes markup and keeps whitespace as references in attributes', () => {
    expect(escapeXmlAttribute(`a&b<c>"d"'e'\tf\ng\rh`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#9;f&#10;g&#13;h');
    expect(escapeXmlText('a&b<c>\n')).toBe('a&amp;b&lt;c&gt;\n');
  });

  it('replaces what XML 1.0 forbids and keeps every other character, astral ones included', () => {
    expect(escapeXmlAttribute('x\u0000y\u0008z\u000b\ufffe\uffff\ud800')).toBe('x\uFFFDy\uFFFDz\uFFFD\uFFFD\uFFFD\uFFFD');
    expect(escapeXmlText('Erdoğan 🇹🇷 𝔘 \u0085 \u007f')).toBe('Erdoğan 🇹🇷 𝔘 \u0085 \u007f');
  });
});

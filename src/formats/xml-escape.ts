// Escaping for the XML we write (GEXF, GraphML). XML 1.0 cannot carry most C0 control characters,
// U+FFFE/U+FFFF or unpaired surrogates at all, not even as character references: they are replaced
// with U+FFFD so that the file stays well-formed and the reader sees that something was there.

// Everything outside the XML 1.0 `Char` production.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r]/g;
const TEXT_SPECIAL = /[&<>\r]/g;

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Whitespace in attribute values is normalised to spaces by every XML parser unless written as a reference.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const reference = (c: string): string => REFERENCES[c];

/**
 * True when the value has nothing to escape or replace (the common case: plain names, dates, numbers).
 * A character scan is several times faster than the regular expressions on such values.
 */
function isPlain(value: string, special: (code: number) => boolean): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || special(code) || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe) return false;
  }
  return true;
}

// & " ' < >
const attributeSpecial = (code: number): boolean => code === 38 || code === 34 || code === 39 || code === 60 || code === 62;
// & < >
const textSpecial = (code: number): boolean => code === 38 || code === 60 || code === 62;

/** Replaces characters that XML 1.0 forbids with U+FFFD. */
export function toXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD');
}

/** A value safe inside a double- or single-quoted attribute, whitespace preserved. */
export function escapeXmlAttribute(value: string): string {
  if (isPlain(value, attributeSpecial)) return value;
  return toXmlChars(value).replace(ATTRIBUTE_SPECIAL, reference);
}

/** A value safe as element text. */
export function escapeXmlText(value: string): string {
  if (isPlain(value, textSpecial)) return value;
  return toXmlChars(value).replace(TEXT_SPECIAL, reference);
}

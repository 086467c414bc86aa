// Names and keys: the one normaliser every layer compares names with, and the one way an entity's key
// is made from its canonical name.

/** Lower-case, accent- and punctuation-free form used to compare names across documents. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/^the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Deterministic key from a canonical name: "Recep Tayyip Erdogan" → "recep-tayyip-erdogan". */
export function entityKey(label: string): string {
  const slug = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'entity';
}

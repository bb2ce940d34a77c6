// Small text helpers the catalogue parsers share.

const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;
const CITATION = /\s*\(Citation:[^)]*\)/g;
const SHORT = 300;

/**
 * A catalogue description cut to a card line: markdown links reduced to their text, ATT&CK's
 * `(Citation: …)` markers dropped, the first paragraph, cut at a sentence end within ~300 characters.
 */
export function shortDescription(text: string | null | undefined): string | null {
  if (!text) return null;
  const plain =
    text
      .replace(MARKDOWN_LINK, '$1')
      .replace(CITATION, '')
      .split(/\n\s*\n/)[0] ?? '';
  const flat = plain.replace(/\s+/g, ' ').trim();
  if (flat.length <= SHORT) return flat || null;
  const sentences = flat.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > SHORT) break;
    out += s;
  }
  return out.trim() || `${flat.slice(0, SHORT - 1).trimEnd()}…`;
}

/** The names cited in an ATT&CK description: `(Citation: A)(Citation: B)` → `['A', 'B']`. */
export function citationNames(text: string | null | undefined): string[] {
  if (!text) return [];
  return [...text.matchAll(/\(Citation: ([^)]+)\)/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

/** A catalogue timestamp to a date (`2019-12-01T07:00:00Z` → `2019-12-01`), or null when it is not one. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m?.[1] ?? null;
}

// Text helpers of the generator: word tables written as one string, capitals, slugs, HTML escaping and
// hard wrapping as plain-text mailings do it.

export const words = (s: string): string[] => s.trim().split(/\s+/);
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const capitalise = (s: string) =>
  s.replace(/(^|[-\s'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());

export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Hard-wraps a paragraph at about `width` characters, as plain-text mailings and PDFs do. */
export function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

// Markdown front matter: YAML-ish between `---` lines, or TOML between `+++`. Only what reports' front matter
// uses is read (scalars, lists, one level of nesting); anything fancier is skipped rather than misread.

/** A front matter value: a scalar, a list, or one level of `key: value` pairs. */
export type FrontValue = string | string[] | Record<string, string>;

/**
 * YAML-ish front matter between `---` lines (or TOML between `+++`): scalar `key: value` pairs, lists as
 * `- item` lines or `[a, b]`, and one level of nesting (`author:\n  name: …`). Anything fancier is skipped.
 */
export function splitFrontMatter(src: string): { fields: Map<string, FrontValue>; rest: string } {
  const fields = new Map<string, FrontValue>();
  const m = /^\s*(---|\+\+\+)[ \t]*\n(?:([\s\S]*?)\n)?(---|\.\.\.|\+\+\+)[ \t]*(?:\n|$)/.exec(src);
  if (!m) return { fields, rest: src };
  const toml = m[1] === '+++';
  // A document that merely opens with a thematic break has no `key: value` on its first line.
  const firstLine = (m[2] ?? '').split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
  if ((m[3] === '+++') !== toml || (firstLine && !/^[\w.-]+\s*[:=]/.test(firstLine)))
    return { fields, rest: src };
  let key: string | null = null;
  for (const raw of (m[2] ?? '').split('\n')) {
    if (/^\s*(?:#.*)?$/.test(raw)) continue;
    const indented = /^\s/.test(raw);
    const item = /^\s*-\s+(.*)$/.exec(raw);
    if (key && item) {
      const prev = fields.get(key);
      const list = Array.isArray(prev) ? prev : [];
      const v = unquote(item[1] ?? '');
      // `- name: Jane Smith` in a list of objects: the name is what counts.
      const named = /^name\s*:\s*(.*)$/i.exec(v);
      list.push(named ? unquote(named[1] ?? '') : v);
      fields.set(key, list);
      continue;
    }
    const pair = toml ? /^\s*([\w.-]+)\s*=\s*(.*)$/.exec(raw) : /^\s*([\w.-]+)\s*:(?:\s+(.*))?$/.exec(raw);
    if (!pair) continue;
    const k = (pair[1] ?? '').toLowerCase();
    const value = (pair[2] ?? '').trim();
    if (indented && key) {
      const prev = fields.get(key);
      if (Array.isArray(prev)) continue;
      const obj = prev && typeof prev === 'object' && !Array.isArray(prev) ? prev : {};
      obj[k] = unquote(value);
      fields.set(key, obj);
      continue;
    }
    key = k;
    if (value === '' || value === '|' || value === '>') continue;
    const inlineList = /^\[(.*)\]$/.exec(value);
    if (inlineList) {
      fields.set(k, splitInlineList(inlineList[1] ?? ''));
    } else if (!fields.has(k)) {
      fields.set(k, unquote(value));
    }
  }
  return { fields, rest: src.slice(m.index + m[0].length) };
}

function unquote(v: string): string {
  const t = v.trim();
  const q = /^(["'])([\s\S]*)\1$/.exec(t);
  if (q) return (q[2] ?? '').replace(q[1] === '"' ? /\\"/g : /''/g, q[1] ?? '');
  // An unquoted YAML value ends at a comment.
  return t.replace(/\s+#.*$/, '');
}

function splitInlineList(s: string): string[] {
  return (s.match(/"[^"]*"|'[^']*'|[^,]+/g) ?? []).map(unquote).filter(Boolean);
}

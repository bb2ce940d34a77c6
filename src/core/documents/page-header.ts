// Reading a page header's lines: a byline ("By Jane Smith, Security Correspondent"), the publisher named
// in the page's furniture or its domain, a headline shouted in capitals, a line that is only a body's name.
import { isGivenName } from '../data/given-names.js';
import { isOrgHeadNoun } from '../data/organisations.js';
import { isOrdinaryWord } from '../knowledge/common-words.js';
import { collapseSpaces, wordCount } from '../text/normalise.js';

const BYLINE_ROLE =
  /^(?:(?:managing|senior|deputy|chief|executive|associate|contributing|political|security|technology|tech|cyber|diplomatic|home affairs|foreign|defence|defense|news|staff|digital|investigations?|business|science|health|north america|europe|asia|china|us|uk|world|global)\s+)*(?:editor|reporter|correspondent|writer|journalist|contributor|columnist|analyst|producer|editor-at-large)(?:\s*,\s*.+)?$/i;

/** "By Jane Smith", "Mark Say Managing Editor", "Andrew Wooden": a byline, with its role when given. */
export function parseByline(line: string): { name: string; role: string | null } | null {
  // Whatever follows a separator is a dateline or a role, not the name. (The test first: the replacement
  // alone is slow to fail on a long paragraph.)
  const t = /[|·•]/.test(line) ? line.trim().replace(/\s*[|·•]\s*.*$/, '') : line.trim();
  const hasBy = /^by\s+/i.test(t);
  const rest = t.replace(/^by\s+/i, '');
  if (rest.length > 80 || /[.!?:;"“”]$/.test(rest)) return null;
  const tokens = rest.split(/\s+/);
  const nameTokens: string[] = [];
  for (const tok of tokens) {
    if (!/^[\p{Lu}][\p{L}'’-]*\.?$/u.test(tok)) break;
    if (nameTokens.length >= 2 && BYLINE_ROLE.test(tokens.slice(nameTokens.length).join(' '))) break;
    nameTokens.push(tok);
  }
  if (nameTokens.length < 2 || nameTokens.length > 4) return null;
  const roleText = tokens
    .slice(nameTokens.length)
    .join(' ')
    .replace(/^[,\-–]\s*/, '');
  if (roleText && !BYLINE_ROLE.test(roleText)) return null;
  if (!hasBy && !isGivenName(nameTokens[0] ?? '')) return null;
  if (nameTokens.some((w) => /^(?:The|And|Of|For|News|Read|Min|Image|Source)$/i.test(w))) return null;
  return { name: nameTokens.join(' '), role: roleText || null };
}

const PUBLISHER_NAME = "((?:The )?[\\p{Lu}][\\p{L}\\d&'’.-]*(?: [\\p{Lu}][\\p{L}\\d&'’.-]*){0,3})";
const COPYRIGHT = new RegExp(
  `(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?${PUBLISHER_NAME}`,
  'u',
);

/** The owner a copyright line names: "© 2024 X". */
export function publisherInCopyright(raw: string): string | null {
  const m = COPYRIGHT.exec(raw);
  return m?.[1] && !/^(?:The|All)$/.test(m[1]) ? m[1].replace(/[.,]$/, '') : null;
}

const NAME_RUN = /\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*/gu;

/** Furniture that says something (a plea, a sign-up call, a notice): three words or more, not shouted. */
const speaks = (text: string) => wordCount(text) >= 3 && /\p{Ll}/u.test(text);

/**
 * Each name a paragraph holds (every part of each capitalised run), and whether it stands in a sentence:
 * after a lower-case word ("notifications from X").
 */
function namesIn(text: string): { name: string; mid: boolean }[] {
  const out: { name: string; mid: boolean }[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].replace(/[.'’]+$/, '').split(/\s+/);
    const mid = /\p{Ll}\s+$/u.test(text.slice(0, m.index));
    for (let a = 0; a < words.length; a++)
      for (let b = a + 1; b <= words.length; b++)
        out.push({ name: words.slice(a, b).join(' '), mid: mid && a === 0 });
  }
  return out;
}

/**
 * The outlet a page's furniture names. Sign-up calls, pleas and notices name the site they belong to, so the
 * name two of them or more share is the publisher: one that stands mid-sentence at least once (never "Your"
 * or "Get" alone), and not a single everyday word. `furniture` holds the page's furniture paragraphs; bars
 * of links say nothing and are left out by the caller.
 */
export function publisherNamedInFurniture(furniture: readonly string[]): string | null {
  const support = new Map<string, { paras: Set<number>; mid: boolean }>();
  // A heading printed twice is one piece of furniture.
  const distinct = [...new Set(furniture.map(collapseSpaces))];
  distinct.forEach((text, i) => {
    if (!speaks(text)) return;
    for (const { name, mid } of namesIn(text)) {
      const s = support.get(name) ?? { paras: new Set<number>(), mid: false };
      s.paras.add(i);
      s.mid ||= mid;
      support.set(name, s);
    }
  });
  let best: { name: string; n: number } | null = null;
  for (const [name, s] of support) {
    const n = s.paras.size;
    if (n < 2 || !s.mid || /^(?:The|A|An)$/.test(name) || (!name.includes(' ') && isOrdinaryWord(name)))
      continue;
    if (!best || n > best.n || (n === best.n && name.length > best.name.length)) best = { name, n };
  }
  return best?.name ?? null;
}

/** A site's domain mapped to the organisation the text names: ncsc.gov.uk → "National Cyber Security Centre". */
export function publisherFromDomain(domain: string, body: string): string | null {
  const label = domain.replace(/^www\./, '').split('.')[0] ?? '';
  if (label.length < 2) return null;
  const acronym = label.toUpperCase();
  if (new RegExp(`\\b${acronym}\\b`).test(body)) return expandAcronym(acronym, body) ?? acronym;
  const word = new RegExp(`\\b((?:The )?${label[0]?.toUpperCase()}${label.slice(1)})\\b`).exec(body);
  return word?.[1] ?? null;
}

/** The capitalised phrase whose initials spell the acronym: NCSC → National Cyber Security Centre. */
export function expandAcronym(acronym: string, text: string): string | null {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return null;
  const re = new RegExp(
    letters
      .split('')
      .map((l) => `${l}[\\p{Ll}]+`)
      .join('(?:\\s+(?:of|for|and|the|on)\\s+|\\s+)'),
    'u',
  );
  return re.exec(text)?.[0] ?? null;
}

/** Title case for headlines shouted in capitals, keeping acronyms and names the body spells the same way. */
export function unshout(title: string, body: string): string {
  if (/\p{Ll}/u.test(title)) return title;
  const words = title.toLowerCase().split(/(\s+)/);
  return words
    .map((w, i) => {
      if (/^\s+$/.test(w)) return w;
      const bare = w.replace(/[^\p{L}\d'-]/gu, '');
      const upper = bare.toUpperCase();
      if (bare && new RegExp(`\\b${upper}\\b`).test(body) && upper.length <= 6) return w.toUpperCase();
      const cap = bare.charAt(0).toUpperCase() + bare.slice(1);
      if (i === 0) return w.charAt(0).toUpperCase() + w.slice(1);
      // A proper noun: the body capitalises it mid-sentence more often than not.
      const capitalised = (body.match(new RegExp(`[a-z,;] ${cap}\\b`, 'g')) ?? []).length;
      const plain = (body.match(new RegExp(`\\b${bare.toLowerCase()}\\b`, 'g')) ?? []).length;
      if (bare.length > 1 && capitalised > plain) return w.charAt(0).toUpperCase() + w.slice(1);
      return w;
    })
    .join('');
}

const CONNECTOR = /^(?:of|for|and|the|on|&)$/;

/**
 * "Finnish Security and Intelligence Service", "Department for Digital Security": a name, nothing else. The
 * head noun ends the name or a connector follows it ("Ministry of …"): "Government Policy on Russia" is a
 * headline about a government, and a colon ("Department: Cabinet Office") makes a label of it.
 */
export function isOrganisationName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || /[.!?:;,]/.test(line)) return false;
  const significant = words.filter((w) => !CONNECTOR.test(w));
  if (!significant.every((w) => /^[\p{Lu}]/u.test(w))) return false;
  const head = words.findLastIndex(isOrgHeadNoun);
  return head >= 0 && (head === words.length - 1 || CONNECTOR.test(words[head + 1] ?? ''));
}

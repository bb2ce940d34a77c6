// Small text helpers shared by cleaning, extraction, merging and lookup.

/** Folds typographic variants so comparisons ignore them (curly quotes, dashes, non-breaking spaces). */
export function foldTypography(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/** Lower-case word tokens (letters, digits, apostrophes), for similarity measures. */
export function wordTokens(s: string): string[] {
  return (
    foldTypography(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

const STOPWORDS = new Set(
  `a an the and or but of to in on at by for with from as is are was were be been being it its this that these
  those which who whom whose what when where while has have had do does did not no so than then there their they
  them he she his her we our us you your i me my will would can could should may might must also into over under
  about after before between during said says say`
    .split(/\s+/)
    .filter(Boolean),
);

/** Content words of a text: tokens minus stopwords, with a crude plural fold ("emails" ~ "email"). */
export function contentWords(s: string): string[] {
  return wordTokens(s)
    .map((t) => t.replace(/'s$/, '').replace(/'$/, ''))
    .filter((t) => t.length > 1 && !STOPWORDS.has(t))
    .map((t) => (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

/** Share of `part`'s tokens found in `whole`, counting repeats (a multiset containment). */
export function containment(part: string[], whole: string[]): number {
  if (part.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const t of whole) pool.set(t, (pool.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of part) {
    const n = pool.get(t) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(t, n - 1);
    }
  }
  return hit / part.length;
}

/** Containment of the shorter token list in the longer: 1 when one text is a truncation of the other. */
export function overlap(a: string[], b: string[]): number {
  return a.length <= b.length ? containment(a, b) : containment(b, a);
}

/** Key for matching names: case, punctuation, spaces, hyphens and a leading "the" ignored. */
export function nameKey(s: string): string {
  return foldTypography(s)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Splits a clean body into paragraphs (separated by blank lines). */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

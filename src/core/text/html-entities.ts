// HTML character references decoded in one place, for the text that reaches us outside a DOM (feed
// titles and summaries, Markdown); pages parsed into a DOM have theirs decoded by the parser.

/** The named references reports use. Names are case-sensitive (`&Eacute;` is É); `&AMP;` falls back to `&amp;`. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  pound: '£',
  euro: '€',
  yen: '¥',
  cent: '¢',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  shy: '\u00ad',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Eacute: 'É',
  Egrave: 'È',
  Aacute: 'Á',
  Agrave: 'À',
  Uuml: 'Ü',
  Ouml: 'Ö',
  Auml: 'Ä',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
};

/**
 * Character references (`&amp;`, `&#8217;`, `&#x2019;`, `&rsquo;`) replaced by what they stand for, in one
 * pass: `&amp;lt;` is the text "&lt;", never "<". Unknown names and invalid code points stay as written.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
  });
}

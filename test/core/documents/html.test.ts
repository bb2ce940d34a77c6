import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredDate } from '../../../src/core/dates/parse-date.js';
import { htmlToSourceText } from '../../../src/core/documents/html.js';
import { stripSiteSuffix } from '../../../src/core/documents/html-metadata.js';
import { cleanByline } from '../../../src/core/documents/source-text.js';

const page = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/pages', name), 'utf8');
const paragraphs = (text: string) => text.split('\n\n');

/** Prose long enough for Readability to take the block as an article. */
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} reports that the group targeted ministries, embassies and defence contractors across Europe, according to the assessment.</p>`,
  ).join('\n');

function shapeOf(text: string) {
  return {
    markup: /<\/?[a-z][^>]*>/i.test(text),
    entities: /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text),
    tripleNewline: /\n{3,}/.test(text),
    blankLineWithSpaces: /\n[ \t]+\n/.test(text),
    runsOfSpace: /[ \t]{2,}/.test(text),
    edges: text !== text.trim(),
  };
}
const clean = {
  markup: false,
  entities: false,
  tripleNewline: false,
  blankLineWithSpaces: false,
  runsOfSpace: false,
  edges: false,
};

describe('htmlToSourceText: news article with page furniture', () => {
  const src = htmlToSourceText(page('news-article.html'));

  it('reads the metadata the page declares', () => {
    expect(src.title).toBe('Britain accuses China-linked hackers of targeting MPs');
    expect(src.publisher).toBe('The Northern Ledger');
    expect(src.author).toBe('Helen Marsh');
    expect(src.published).toBe('2024-03-25');
    expect(src.url).toBe(
      'https://www.northernledger.example/world/2024/mar/25/britain-accuses-china-linked-hackers',
    );
    expect(src.isArticle).toBe(true);
  });

  it('keeps exactly the article paragraphs, one per blank-line-separated block, with the subhead on its own', () => {
    expect(paragraphs(src.text)).toEqual([
      'The UK government has accused a hacking group linked to the Chinese state of carrying out “malicious” cyber campaigns against MPs and peers, and of compromising the Electoral Commission’s systems between 2021 and 2022.',
      'Oliver Dowden, the deputy prime minister, told the House of Commons that the group known as APT31 had conducted reconnaissance activity against the email accounts of parliamentarians in 2021, most of whom were prominent critics of Beijing.',
      '“This is the latest in a clear pattern of malicious activity targeting our democratic institutions,” Dowden said. “We will not tolerate it.”',
      'Sanctions on two individuals',
      'The Foreign Office said it had sanctioned two individuals and one company, Wuhan Xiaoruizhi Science and Technology, which it described as a front for the Ministry of State Security. The National Cyber Security Centre assessed that the group was “almost certainly” responsible for the reconnaissance.',
      'Officials said the attack on the Electoral Commission, first disclosed last August, had given the hackers access to the names and addresses of about 40 million voters. The watchdog’s chief executive, Shaun McNally, said the data was ‘largely already in the public domain’.',
      'The Chinese embassy in London rejected the accusations as “completely fabricated and malicious slanders”.',
      'The measures follow similar action by the United States, where the Justice Department charged seven Chinese nationals over a hacking operation that it said had lasted 14 years.',
    ]);
  });

  it('keeps curly quotes and apostrophes exactly as written', () => {
    expect(src.text).toContain('“We will not tolerate it.”');
    expect(src.text).toContain('‘largely already in the public domain’');
    expect(src.text).toContain('Commission’s');
    expect(src.text).not.toContain('"');
  });

  it('drops navigation, cookie banner, share buttons, related links, newsletter box and footer', () => {
    for (const furniture of [
      'Skip to main content',
      'We use cookies',
      'Accept all cookies',
      'Manage preferences',
      'Business',
      'Opinion',
      'Search the Ledger',
      'Facebook',
      'Copy link',
      'Share this article',
      'US indicts seven',
      'Related',
      'Sign up to Tech Briefing',
      'newsletter',
      'Privacy Notice',
      'Most read',
      'Heatwave warning',
      'About us',
      'All rights reserved',
      'dataLayer',
      'cookie-banner',
    ]) {
      expect(src.text, furniture).not.toContain(furniture);
    }
  });

  it('does not repeat the headline in the text', () => {
    expect(src.text).not.toContain('Britain accuses China-linked hackers');
  });

  it('gives plain text: no markup, entities decoded, whitespace folded', () => {
    expect(shapeOf(src.text)).toEqual(clean);
  });
});

describe('htmlToSourceText: government press release', () => {
  const html = page('gov-press-release.html');
  const src = htmlToSourceText(html);

  it('takes the publisher from JSON-LD by @id and application-name, and strips the site suffix from <title>', () => {
    expect(src.title).toBe('Government sanctions front company behind cyber espionage campaign');
    expect(src.publisher).toBe('Department for Digital Security');
  });

  it('treats an organisation named as author as no byline', () => {
    expect(src.author).toBeNull();
  });

  it('dates it by datePublished, not dateModified or the footer’s “last updated”', () => {
    expect(src.published).toBe('2024-03-25');
  });

  it('resolves a relative canonical link against the page’s own absolute address', () => {
    expect(src.url).toBe('https://www.digitalsecurity.gov.example/news/government-sanctions-front-company');
  });

  it('prefers the canonical link over the URL it was fetched from, and resolves against the latter', () => {
    const fetched = htmlToSourceText(
      html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''),
      {
        url: 'https://mirror.example/cache?id=7',
      },
    );
    expect(fetched.url).toBe('https://mirror.example/news/government-sanctions-front-company');
  });

  it('falls back to the <time datetime> in the article header when no metadata dates it', () => {
    const noLd = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const r = htmlToSourceText(noLd);
    expect(r.published).toBe('2024-03-25');
    expect(r.publisher).toBe('Department for Digital Security');
    expect(r.title).toBe('Government sanctions front company behind cyber espionage campaign');
  });

  it('puts list items, table rows and the quoted statement in paragraphs of their own', () => {
    const ps = paragraphs(src.text);
    expect(ps).toContain('The Secretary of State for Digital Security said:');
    expect(ps).toContain(
      '“Attempts to interfere with our democracy will not succeed. We will continue to call out this activity and hold those responsible to account.”',
    );
    expect(ps).toContain('The two individuals are Zhao Guangzong and Ni Gaobin.');
    expect(ps).toContain('Asset freezes and travel bans take effect immediately.');
    expect(ps).toContain('Name | Type | Measure');
    expect(ps).toContain('Zhao Guangzong | Individual | Asset freeze, travel ban');
    expect(ps).toContain('Background');
    // <br> separates lines: the e-mail and the phone number are not glued together.
    expect(ps).toContain('Email: press@digitalsecurity.gov.example');
    expect(ps).toContain('Telephone: 020 7946 0000');
    expect(ps.indexOf('Background')).toBeLessThan(
      ps.indexOf('The two individuals are Zhao Guangzong and Ni Gaobin.'),
    );
    expect(src.text).toContain("parliamentarians' email accounts in 2021.");
  });

  it('drops the cookie banner, header menu, breadcrumbs, feedback box and footer', () => {
    for (const furniture of [
      'Cookies on',
      'essential cookies',
      'additional cookies',
      'Guidance',
      'Home',
      'Is this page useful?',
      'Report a problem',
      'Last updated',
      'Open Government Licence',
      'Accessibility statement',
    ]) {
      expect(src.text, furniture).not.toContain(furniture);
    }
    expect(shapeOf(src.text)).toEqual(clean);
  });
});

describe('htmlToSourceText: a page with no article', () => {
  const src = htmlToSourceText(page('no-article.html'), {
    url: 'https://www.northernledger.example/technology/cybersecurity',
  });

  it('says so, and falls back to the page text block by block', () => {
    expect(src.isArticle).toBe(false);
    expect(paragraphs(src.text)).toEqual([
      'The latest news and analysis.',
      'Britain accuses China-linked hackers of targeting MPs 25 Mar 2024',
      'Ransomware gang disrupted in international operation 20 Mar 2024',
      'Water utility confirms breach of customer data 14 Mar 2024',
      'Election officials warn of interference attempts 2 Mar 2024',
    ]);
  });

  it('still reads the metadata, and never guesses a date', () => {
    expect(src.title).toBe('Cybersecurity');
    expect(src.publisher).toBe('The Northern Ledger');
    expect(src.author).toBeNull();
    expect(src.published).toBeNull();
    expect(src.url).toBe('https://www.northernledger.example/technology/cybersecurity');
  });
});

describe('htmlToSourceText: metadata rules', () => {
  it('prefers og:title, then the h1, over <title>, stripping " | Site" and " - Site" only when they name the publisher', () => {
    const withOg = htmlToSourceText(
      `<html><head><title>Long page title | The Site</title><meta property="og:title" content="Short headline - The Site"><meta property="og:site_name" content="The Site"></head><body><h1>Other</h1>${prose(3)}</body></html>`,
    );
    expect(withOg.title).toBe('Short headline');
    const withH1 = htmlToSourceText(
      `<html><head><title>Page title | The Site</title><meta property="og:site_name" content="The Site"></head><body><article><h1>The real headline</h1>${prose(3)}</article></body></html>`,
    );
    expect(withH1.title).toBe('The real headline');
    expect(withH1.text).not.toContain('The real headline');
    const titleOnly = htmlToSourceText(
      '<html><head><title>Hackers hit port - Reuters | The Site</title><meta property="og:site_name" content="The Site"></head><body><p>x</p></body></html>',
    );
    expect(titleOnly.title).toBe('Hackers hit port - Reuters');
  });

  it('strips a site name only when it equals the publisher', () => {
    expect(stripSiteSuffix('Hackers hit port | The Northern Ledger', 'The Northern Ledger')).toBe(
      'Hackers hit port',
    );
    expect(stripSiteSuffix('Hackers hit port – Northern Ledger', 'The Northern Ledger')).toBe(
      'Hackers hit port',
    );
    expect(stripSiteSuffix('The Northern Ledger | Hackers hit port', 'The Northern Ledger')).toBe(
      'Hackers hit port',
    );
    expect(stripSiteSuffix('China-linked hackers - the evidence', 'The Northern Ledger')).toBe(
      'China-linked hackers - the evidence',
    );
    expect(stripSiteSuffix('Hackers hit port | Other Site', null)).toBe('Hackers hit port | Other Site');
  });

  it('ignores an article:author that is a profile URL and falls back to the cleaned byline', () => {
    const src = htmlToSourceText(
      `<html><head><meta property="article:author" content="https://example.org/profile/jane"></head><body><article><h1>Headline for the story</h1><p class="byline">By <a rel="author" href="/jane">Jane Smith</a> | 25 March 2024</p>${prose(4)}</article></body></html>`,
    );
    expect(src.author).toBe('Jane Smith');
  });

  it('joins several JSON-LD Person authors and reads a spelled-out datePublished', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'JSON-LD headline',
      author: [
        { '@type': 'Person', name: 'Ann Lee' },
        { '@type': 'Person', name: 'Bo Chen' },
      ],
      datePublished: 'Mon, 25 Mar 2024 10:00:00 GMT',
      publisher: { '@type': 'Organization', name: 'Wire Service' },
    });
    const src = htmlToSourceText(
      `<html><head><script type="application/ld+json">${ld}</script></head><body>${prose(3)}</body></html>`,
    );
    expect(src).toMatchObject({
      title: 'JSON-LD headline',
      author: 'Ann Lee and Bo Chen',
      publisher: 'Wire Service',
      published: '2024-03-25',
    });
  });

  it('keeps the date the publisher wrote, not the UTC day, and the precision it gave', () => {
    const late = htmlToSourceText(
      `<html><head><meta property="article:published_time" content="2024-03-25T23:30:00-05:00"></head><body>${prose(3)}</body></html>`,
    );
    expect(late.published).toBe('2024-03-25');
    const month = htmlToSourceText(
      `<html><body><article><header><h1>Monthly round-up of incidents</h1><time datetime="2023-12">December 2023</time></header>${prose(3)}<ul><li><time datetime="2020-01-01">1 Jan 2020</time></li></ul></article></body></html>`,
    );
    expect(month.published).toBe('2023-12');
  });

  it('does not take a date from <time> elements outside the article header', () => {
    const src = htmlToSourceText(
      `<html><body><article>${prose(3)}<p>The breach began on <time datetime="2021-06-01">1 June 2021</time>.</p></article><footer>Updated <time datetime="2024-01-02">2 Jan</time></footer></body></html>`,
    );
    expect(src.published).toBeNull();
  });

  it('uses the URL passed in when the page declares none', () => {
    expect(htmlToSourceText(`<p>hello</p>`, { url: 'https://example.org/a' }).url).toBe(
      'https://example.org/a',
    );
    expect(htmlToSourceText(`<p>hello</p>`).url).toBeNull();
  });
});

describe('htmlToSourceText: structure and robustness', () => {
  it('reads fragments and pages without <body>, which linkedom leaves without document.body', () => {
    expect(
      htmlToSourceText('<p>It&rsquo;s &#8220;one&#x201D;&nbsp;fragment &amp; more.</p><p>Second.</p>').text,
    ).toBe('It’s “one” fragment & more.\n\nSecond.');
    const noBody = htmlToSourceText(`<html><head><title>T</title></head>${prose(3)}</html>`);
    expect(paragraphs(noBody.text)).toHaveLength(3);
    expect(noBody.isArticle).toBe(true);
  });

  it('turns <br> and <pre> lines into paragraphs and folds whitespace inside them', () => {
    const src = htmlToSourceText(
      `<html><body><article><p>Line   one<br>Line\n two<br><br>Line three</p><pre>evil.example\n\n   10.0.0.1   \n</pre>${prose(3)}</article></body></html>`,
    );
    expect(paragraphs(src.text).slice(0, 5)).toEqual([
      'Line one',
      'Line two',
      'Line three',
      'evil.example',
      '10.0.0.1',
    ]);
  });

  it('keeps an article wrapped in a page-wide <form> (ASP.NET style)', () => {
    const src = htmlToSourceText(
      `<!doctype html><html><head><title>Form page</title></head><body><form id="aspnetForm"><div class="col"><h1>Headline inside a form</h1>${prose(4)}</div></form></body></html>`,
    );
    expect(src.isArticle).toBe(true);
    expect(paragraphs(src.text)).toHaveLength(4);
    expect(src.title).toBe('Headline inside a form');
  });

  it('does not mistake state classes on wrappers for furniture', () => {
    const src = htmlToSourceText(
      `<html><body class="cookie-consent"><div class="content share-enabled">${prose(4)}</div></body></html>`,
    );
    expect(paragraphs(src.text)).toHaveLength(4);
  });

  it('never throws on garbage', () => {
    const inputs = [
      '',
      '   ',
      'garbage <<< >>> &&& <html',
      '<html',
      '\u0000\u0001<p>\u0000x</p>',
      '<div>'.repeat(5000),
      '<script>',
      null,
      undefined,
      42,
    ];
    for (const input of inputs) {
      const src = htmlToSourceText(input as unknown as string);
      expect(typeof src.text).toBe('string');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting control characters are gone
      expect(src.text).not.toMatch(/[\u0000-\u0008]/);
      expect(src.published).toBeNull();
    }
    expect(htmlToSourceText('').isArticle).toBe(false);
    expect(htmlToSourceText('garbage <<< >>>').text).toBe('garbage <<< >>>');
  });
});

describe('declared dates and bylines', () => {
  it('reads ISO and spelled-out dates at their precision, and refuses ambiguous or relative ones', () => {
    expect(declaredDate('2024-03-25T16:42:07+00:00')).toBe('2024-03-25');
    expect(declaredDate('2024-03')).toBe('2024-03');
    expect(declaredDate('2024')).toBe('2024');
    expect(declaredDate('20240325')).toBe('2024-03-25');
    expect(declaredDate('March 2024')).toBe('2024-03');
    expect(declaredDate('25 March 2024')).toBe('2024-03-25');
    expect(declaredDate('March 25, 2024 4:42 PM')).toBe('2024-03-25');
    expect(declaredDate('03/04/2024')).toBeNull();
    expect(declaredDate('3 hours ago')).toBeNull();
    expect(declaredDate('yesterday')).toBeNull();
    expect(declaredDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(declaredDate('2024-02-30')).toBeNull();
    expect(declaredDate('')).toBeNull();
  });

  it('cleans bylines of "By", roles and dates', () => {
    expect(cleanByline('By Helen Marsh, Security Correspondent')).toBe('Helen Marsh');
    expect(cleanByline('By Jane Smith | 25 March 2024')).toBe('Jane Smith');
    expect(cleanByline('Jane Smith - 3 hours ago')).toBe('Jane Smith');
    expect(cleanByline('by Jane Smith on March 25, 2024')).toBe('Jane Smith');
    expect(cleanByline('Ann Lee and Bo Chen')).toBe('Ann Lee and Bo Chen');
    expect(cleanByline('https://example.org/jane')).toBeNull();
    expect(cleanByline('  ')).toBeNull();
  });
});

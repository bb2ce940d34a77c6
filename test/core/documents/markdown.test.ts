import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToSourceText } from '../../../src/core/documents/markdown.js';

const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/pages/threat-note.md'), 'utf8');
const paragraphs = (text: string) => text.split('\n\n');

describe('markdownToSourceText: a blog note with front matter', () => {
  const src = markdownToSourceText(fixture);

  it('reads title, authors, date, site and canonical URL from the front matter', () => {
    expect(src.title).toBe('Volt Typhoon: what the joint advisory says');
    expect(src.author).toBe('Priya Natarajan and Tomás Ruiz');
    expect(src.published).toBe('2024-02-07');
    expect(src.publisher).toBe('Cyber Policy Notes');
    expect(src.url).toBe('https://blog.example/2024/02/volt-typhoon-advisory');
    expect(src.isArticle).toBe(true);
  });

  it('strips the syntax and keeps one paragraph per block, list item, table row and code line', () => {
    expect(paragraphs(src.text)).toEqual([
      'The US and its Five Eyes partners said on Wednesday that the group known as Volt Typhoon had been "pre-positioning" on the networks of critical infrastructure operators for at least five years.',
      '“Volt Typhoon actors are seeking to pre-position themselves on IT networks for disruptive or destructive cyberattacks,” the advisory says. It calls the activity almost certainly state-sponsored.',
      'Sectors named',
      'Communications',
      'Energy and water',
      'Transportation systems across several US territories',
      'Patch internet-facing devices.',
      'Hunt for ntdsutil.exe use.',
      'Advisory | Date',
      'AA24-038A | 7 Feb 2024',
      'netsh interface portproxy add v4tov4',
      'Read the full advisory on the CISA site. © 2024 the authors — all quotes verbatim.',
    ]);
  });

  it('drops the heading that repeats the title, images, link targets and reference definitions', () => {
    expect(src.text).not.toContain('what the joint advisory says');
    expect(src.text).not.toContain('Map of affected sectors');
    expect(src.text).not.toMatch(/https?:|\]\(|\[|#|\*|`|>|&\w+;/);
  });
});

describe('markdownToSourceText: without front matter', () => {
  it('takes the first # heading as the title and removes it from the text', () => {
    const src = markdownToSourceText(
      '# Sandworm hits grid operator\n\nThe attack began in *December*.\n\n# Second heading\n\nMore.',
    );
    expect(src.title).toBe('Sandworm hits grid operator');
    expect(paragraphs(src.text)).toEqual(['The attack began in December.', 'Second heading', 'More.']);
    expect(src).toMatchObject({ author: null, publisher: null, published: null, url: null });
  });

  it('reads a setext heading as the title too', () => {
    const src = markdownToSourceText(
      'Report on APT29\n===============\n\nBody text here.\n\nFindings\n--------\n\nMore.',
    );
    expect(src.title).toBe('Report on APT29');
    expect(paragraphs(src.text)).toEqual(['Body text here.', 'Findings', 'More.']);
  });

  it('keeps a first heading that differs from the front matter title', () => {
    const src = markdownToSourceText('---\ntitle: Weekly digest\n---\n# Ransomware\n\nText.');
    expect(src.title).toBe('Weekly digest');
    expect(paragraphs(src.text)).toEqual(['Ransomware', 'Text.']);
  });

  it('does not mistake a leading thematic break for front matter', () => {
    const src = markdownToSourceText('---\nThe group was active in 2021.\n---\nEnd.');
    expect(src.title).toBeNull();
    expect(paragraphs(src.text)).toEqual(['The group was active in 2021.', 'End.']);
  });
});

describe('markdownToSourceText: front matter variants', () => {
  it('reads nested author objects, quoted values, comments and a source that is a name or a URL', () => {
    const a = markdownToSourceText(
      "---\ntitle: 'It''s a: colon title'\nauthor:\n  name: By Jane Smith\n  email: j@example.org\nsource: The Record\ndate: \"25 March 2024\"\n---\nBody.",
    );
    expect(a).toMatchObject({
      title: "It's a: colon title",
      author: 'Jane Smith',
      publisher: 'The Record',
      published: '2024-03-25',
      url: null,
    });
    const b = markdownToSourceText(
      '---\nsource: https://therecord.example/x\npublisher: Recorded Future News\n---\nBody.',
    );
    expect(b).toMatchObject({ url: 'https://therecord.example/x', publisher: 'Recorded Future News' });
  });

  it('reads TOML front matter and inline author lists', () => {
    const src = markdownToSourceText(
      '+++\ntitle = "Toml title"\nauthors = ["A. Person", "B. Person"]\ndate = 2023-12\n+++\nBody.',
    );
    expect(src).toMatchObject({
      title: 'Toml title',
      author: 'A. Person and B. Person',
      published: '2023-12',
      text: 'Body.',
    });
  });

  it('never guesses a date it was not given', () => {
    expect(markdownToSourceText('---\ntitle: T\ndate: last Tuesday\n---\nBody.').published).toBeNull();
    expect(markdownToSourceText('Published yesterday.').published).toBeNull();
  });
});

describe('markdownToSourceText: inline syntax', () => {
  it('keeps words and quote marks, drops emphasis, code marks, HTML tags and comments; decodes entities', () => {
    const src = markdownToSourceText(
      'A **bold** and __strong__ and *em* and ~~gone~~ word, snake_case_name, 2 * 3 * 4, `a*b*c` and <https://x.example/a>.\n<!-- note\nto self -->\nIt&rsquo;s &#8220;fine&#x201D; &amp; <span class="x">spanned</span>.',
    );
    expect(src.text).toBe(
      'A bold and strong and em and gone word, snake_case_name, 2 * 3 * 4, a*b*c and https://x.example/a. It’s “fine” & spanned.',
    );
  });

  it('treats a hard line break as a paragraph break and folds soft-wrapped lines', () => {
    expect(markdownToSourceText('Line one  \nline two\nstill two\\\nthree').text).toBe(
      'Line one\n\nline two still two\n\nthree',
    );
  });

  it('unwraps nested blockquotes', () => {
    expect(markdownToSourceText('> > “Quoted,” she said.\n> Outer.\n\nAfter.').text).toBe(
      '“Quoted,” she said. Outer.\n\nAfter.',
    );
  });

  it('never throws on malformed input', () => {
    const inputs = [
      '',
      '---',
      '---\nkey: [unclosed\n',
      '```\nunclosed fence',
      '[broken](link',
      '![](',
      '|a|\n|-|',
      '\u0000#',
      null,
      undefined,
      7,
    ];
    for (const input of inputs) {
      const src = markdownToSourceText(input as unknown as string);
      expect(typeof src.text).toBe('string');
    }
    expect(markdownToSourceText('')).toMatchObject({ text: '', isArticle: false, title: null });
    expect(markdownToSourceText('```\nunclosed fence').text).toBe('unclosed fence');
  });
});

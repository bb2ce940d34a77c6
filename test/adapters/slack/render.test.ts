import { describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../src/adapters/slack/layout.js';
import {
  MAX_BLOCKS_PER_MESSAGE,
  MAX_FALLBACK_TEXT,
  MAX_HEADER_TEXT,
  MAX_MESSAGES,
  MAX_SECTION_TEXT,
  MESSAGE_TEXT_BUDGET,
} from '../../../src/adapters/slack/limits.js';
import { escapeSlack, splitText } from '../../../src/adapters/slack/mrkdwn.js';
import { renderSlack } from '../../../src/adapters/slack/render.js';
import type { Block, Citation, Reply } from '../../../src/core/reply.js';
import { textsOf } from './helpers.js';

const ncsc: Citation = {
  docId: 'a',
  title: 'UK calls out China',
  publisher: 'NCSC',
  published: '2024-03-25',
  url: 'https://example.org/a?x=1&y=2',
};
const indy: Citation = {
  docId: 'b',
  title: 'Cyber attacks on UK',
  publisher: 'The Independent',
  published: null,
  url: null,
};

const md = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string) => ({ type: 'section', text: md(text) });
const render = (blocks: Block[], title = 'T'): SlackMessage[] => renderSlack({ status: 'ok', title, blocks });
const only = (blocks: Block[]) => {
  const pages = render(blocks);
  expect(pages).toHaveLength(1);
  return pages[0]?.blocks ?? [];
};
const SOURCES_A = {
  type: 'context',
  elements: [md('*Sources*\n[1] <https://example.org/a?x=1&amp;y=2|UK calls out China> — NCSC, 25 Mar 2024')],
};

describe('renderSlack: every block type', () => {
  it('heading → header block (plain text, emoji on)', () => {
    expect(only([{ type: 'heading', text: 'APT31' }])).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'APT31', emoji: true } },
    ]);
  });

  it('text → mrkdwn section, verbatim so Slack parses nothing on its own', () => {
    expect(only([{ type: 'text', text: 'A paragraph.' }])).toEqual([section('A paragraph.')]);
  });

  it('context → context block', () => {
    expect(only([{ type: 'context', text: 'Matched "zirconium".' }])).toEqual([
      { type: 'context', elements: [md('Matched "zirconium".')] },
    ]);
  });

  it('fields → section fields with bold labels', () => {
    expect(only([{ type: 'fields', fields: [{ label: 'Kind', value: 'Threat actor' }] }])).toEqual([
      { type: 'section', fields: [md('*Kind*\nThreat actor')] },
    ]);
  });

  it('quote → ">" quote lines, speaker, role and citations', () => {
    const blocks = only([
      {
        type: 'quote',
        text: 'We will act.\nAnd we will not hesitate.',
        speaker: 'Oliver Dowden',
        role: 'Deputy Prime Minister',
        sources: [ncsc, indy],
      },
    ]);
    expect(blocks[0]).toEqual(
      section(
        '>“We will act.\n>And we will not hesitate.”\n— *Oliver Dowden*, Deputy Prime Minister [1][2] (2 sources)',
      ),
    );
    expect(blocks[1]).toEqual({
      type: 'context',
      elements: [
        md(
          '*Sources*\n[1] <https://example.org/a?x=1&amp;y=2|UK calls out China> — NCSC, 25 Mar 2024\n[2] Cyber attacks on UK — The Independent, undated',
        ),
      ],
    });
  });

  it('timeline → compact rows, dates at their precision, every row cited', () => {
    expect(
      only([
        {
          type: 'timeline',
          rows: [
            { date: '2021/2022', text: 'Electoral Commission compromised', sources: [indy] },
            { date: '2024-03-25', text: 'Sanctions announced', sources: [ncsc] },
          ],
        },
      ]),
    ).toEqual([
      section('*2021–2022* — Electoral Commission compromised [1]\n*25 Mar 2024* — Sanctions announced [2]'),
      {
        type: 'context',
        elements: [
          md(
            '*Sources*\n[1] Cyber attacks on UK — The Independent, undated\n[2] <https://example.org/a?x=1&amp;y=2|UK calls out China> — NCSC, 25 Mar 2024',
          ),
        ],
      },
    ]);
  });

  it('assessments → wording, band and range per row', () => {
    expect(
      only([
        {
          type: 'assessments',
          rows: [
            {
              phrase: 'almost certainly',
              band: 'almost certain',
              range: '≥95%',
              text: 'APT31 was almost certainly responsible.',
              sources: [ncsc],
            },
          ],
        },
      ]),
    ).toEqual([
      section(
        '*Assessed*\n• _almost certainly_ (almost certain, ≥95%): APT31 was almost certainly responsible. [1]',
      ),
      SOURCES_A,
    ]);
  });

  it('passages → numbered, matched words in bold', () => {
    expect(
      only([
        {
          type: 'passages',
          rows: [
            {
              runs: [
                { text: 'living off the ', marked: false },
                { text: 'land', marked: true },
                { text: ' techniques', marked: false },
              ],
              source: ncsc,
            },
          ],
        },
      ]),
    ).toEqual([section('1. living off the *land* techniques [1]'), SOURCES_A]);
  });

  it('sources under an answer → one context block of links, no second list', () => {
    const blocks = only([
      { type: 'text', text: 'Fact.' },
      { type: 'sources', rows: [{ ...ncsc, origin: 'a.txt' }] },
    ]);
    expect(blocks).toEqual([
      section('Fact.'),
      {
        type: 'context',
        elements: [
          md(
            '*Sources*\n[1] <https://example.org/a?x=1&amp;y=2|UK calls out China> — NCSC, 25 Mar 2024 — a.txt',
          ),
        ],
      },
    ]);
  });

  it('a /sources listing → sections, one line per source', () => {
    expect(
      only([
        { type: 'heading', text: 'Sources' },
        {
          type: 'sources',
          rows: [
            { ...ncsc, origin: 'a.txt' },
            { ...indy, origin: 'https://independent.example/b' },
          ],
        },
      ]).slice(1),
    ).toEqual([
      section(
        '[1] <https://example.org/a?x=1&amp;y=2|UK calls out China> — NCSC, 25 Mar 2024 — a.txt\n[2] Cyber attacks on UK — The Independent, undated — https://independent.example/b',
      ),
    ]);
  });

  it('more → a visible "… and N more: /timeline page:2" line', () => {
    expect(only([{ type: 'more', shown: 10, total: 19, command: '/timeline "APT31" page:2' }])).toEqual([
      section('… and 9 more: /timeline "APT31" page:2'),
    ]);
  });

  it('always sets the plain-text fallback', () => {
    const [page] = render([
      { type: 'heading', text: 'APT31' },
      { type: 'fields', fields: [{ label: 'Kind', value: 'Threat actor' }] },
    ]);
    expect(page?.text).toBe('*APT31*\n*Kind*: Threat actor');
    expect(renderSlack({ status: 'ok', title: 'Empty', blocks: [] })[0]).toEqual({
      text: 'Empty',
      blocks: [section('Empty')],
    });
  });
});

describe('renderSlack: escaping', () => {
  const evil = '<!channel> & <@U123> <https://evil.example|click> @here';

  it('escapes &, < and > in every document- and user-derived string', () => {
    const cite: Citation = { ...ncsc, title: evil, publisher: evil, url: 'https://example.org/x|<y>' };
    const pages = render([
      { type: 'heading', text: evil },
      { type: 'text', text: evil },
      { type: 'context', text: evil },
      { type: 'fields', fields: [{ label: evil, value: evil }] },
      { type: 'quote', text: evil, speaker: evil, role: evil, sources: [cite] },
      { type: 'timeline', rows: [{ date: '2021', text: evil, sources: [cite] }] },
      { type: 'assessments', rows: [{ phrase: evil, band: evil, range: evil, text: evil, sources: [cite] }] },
      { type: 'passages', rows: [{ runs: [{ text: evil, marked: true }], source: cite }] },
      { type: 'sources', rows: [{ ...cite, origin: evil }] },
      { type: 'more', shown: 1, total: 2, command: evil },
    ]);
    const texts = [...pages.flatMap((p) => textsOf(p.blocks)), ...pages.map((p) => p.text)];
    for (const t of texts) {
      // The only "<" left opens one of our own links, to the citation's (encoded) address; the only ">" ends
      // it or starts a quote line.
      const bare = t.replace(/<https:\/\/example\.org\/x%7C%3Cy%3E\|[^<>]*>/g, '').replace(/^>/gm, '');
      expect(bare).not.toMatch(/[<>]/);
      expect(t).not.toMatch(/<[!@#]/);
      expect(t).not.toMatch(/(?<!\u2060)@here|&(?!amp;|lt;|gt;)/);
    }
    expect(texts.join('\n')).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
  });

  it('links only http(s) addresses', () => {
    const [page] = render([
      { type: 'sources', rows: [{ ...ncsc, url: 'javascript:alert(1)', origin: '' }] },
      { type: 'text', text: 'x' },
    ]);
    expect(JSON.stringify(page?.blocks)).not.toContain('javascript');
  });

  it('escapeSlack keeps text readable', () => {
    expect(escapeSlack('AT&T <b> @channel')).toBe('AT&amp;T &lt;b&gt; @\u2060channel');
  });
});

describe('renderSlack: limits and paging', () => {
  it('cuts a long heading to 150 characters', () => {
    const [header] = only([{ type: 'heading', text: `${'word '.repeat(60)}end` }]) as {
      text: { text: string };
    }[];
    expect(header?.text.text.length).toBeLessThanOrEqual(MAX_HEADER_TEXT);
    expect(header?.text.text.endsWith('…')).toBe(true);
  });

  it('splits a long text into sections of at most 3,000 characters, never inside an entity', () => {
    const text = Array.from({ length: 800 }, (_, i) => `w${i}&x`).join(' ');
    const blocks = only([{ type: 'text', text }]) as { text: { text: string } }[];
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) {
      expect(b.text.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      expect(b.text.text).not.toMatch(/&(?!amp;)|&a$|&am$|&amp$/);
    }
    expect(blocks.map((b) => b.text.text).join(' ')).toBe(escapeSlack(text));
  });

  it('splitText never cuts a link', () => {
    const link = '<https://example.org/a|A title>';
    const pieces = splitText(`${'x'.repeat(90)} ${link}`, 100);
    expect(pieces).toEqual(['x'.repeat(90), link]);
  });

  it('puts at most 10 fields in a section', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `v${i}` }));
    const blocks = only([{ type: 'fields', fields }]) as { fields: unknown[] }[];
    expect(blocks.map((b) => b.fields.length)).toEqual([10, 10, 3]);
  });

  it('pages a long answer within 50 blocks and the text budget, cutting the rest with "… and N more"', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      text: `Event number ${i} ${'described at some length '.repeat(5)}`,
      sources: [i % 2 ? ncsc : indy],
    }));
    const pages = render([
      { type: 'heading', text: 'Timeline' },
      { type: 'timeline', rows },
      { type: 'more', shown: 300, total: 900, command: '/timeline page:2' },
    ]);
    expect(pages.length).toBe(MAX_MESSAGES);
    let shown = 0;
    for (const p of pages) {
      expect(p.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
      expect(p.text.length).toBeLessThanOrEqual(MAX_FALLBACK_TEXT);
      const texts = textsOf(p.blocks);
      expect(texts.reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
      for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      shown += texts
        .flatMap((t) => t.split('\n'))
        .filter((l) => /^\*1 Jan 2020|^\*\d+ Jan 2020\*/.test(l)).length;
    }
    const last = textsOf(pages[pages.length - 1]?.blocks).join('\n');
    const cut = /… and (\d+) more not shown here/.exec(last);
    expect(Number(cut?.[1])).toBe(300 - shown);
    expect(shown).toBeGreaterThan(50);
    // The reply's own paging line and the sources stay visible after the cut.
    expect(last).toContain('… and 600 more: /timeline page:2');
    expect(last).toContain('*Sources*');
  });

  it('keeps every fact line cited', () => {
    const pages = render([
      { type: 'timeline', rows: [{ date: '2021', text: 'A', sources: [ncsc] }] },
      {
        type: 'assessments',
        rows: [{ phrase: 'likely', band: 'likely', range: '55–75%', text: 'B', sources: [indy] }],
      },
      { type: 'quote', text: 'C', speaker: 'D', role: null, sources: [ncsc] },
      { type: 'passages', rows: [{ runs: [{ text: 'E', marked: false }], source: indy }] },
    ] satisfies Reply['blocks']);
    const lines = pages.flatMap((p) =>
      p.blocks.flatMap((b) => (b.type === 'section' && b.text ? b.text.text.split('\n') : [])),
    );
    const facts = lines.filter((l) => !/^\*Assessed\*$|^>/.test(l));
    expect(facts.length).toBe(4);
    for (const l of facts) expect(l).toMatch(/\[\d+\]/);
  });
});

describe('renderSlack: one source list per reply', () => {
  it('lists a source cited by a fact but missing from the sources block in the same list, in order', () => {
    const older: Citation = {
      docId: 'c',
      title: 'Older report',
      publisher: 'Reuters',
      published: null,
      url: null,
    };
    const blocks = only([
      { type: 'heading', text: 'GCHQ' },
      { type: 'timeline', rows: [{ date: '2021', text: 'Recon', sources: [ncsc, indy] }] },
      {
        type: 'sources',
        rows: [
          { ...older, origin: '' },
          { ...ncsc, origin: '' },
        ],
      },
    ]);
    const lists = textsOf(blocks).filter((t) => t.includes('*Sources*'));
    expect(lists).toHaveLength(1);
    expect(lists[0]).toBe(
      '*Sources*\n[1] <https://example.org/a?x=1&amp;y=2|UK calls out China> — NCSC, 25 Mar 2024\n[2] Cyber attacks on UK — The Independent, undated\n[3] Older report — Reuters, undated',
    );
  });
});

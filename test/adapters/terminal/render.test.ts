import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/terminal/render.js';
import type { Block, Citation, Reply } from '../../../src/core/reply.js';

const a: Citation = {
  docId: 'a',
  title: 'UK calls out China',
  publisher: 'NCSC',
  published: '2024-03-25',
  url: 'https://example.org/a',
};
const b: Citation = {
  docId: 'b',
  title: 'Cyber attacks on UK',
  publisher: 'The Independent',
  published: null,
  url: null,
};

const every: Block[] = [
  { type: 'heading', text: 'APT31' },
  { type: 'text', text: 'A paragraph.' },
  { type: 'fields', fields: [{ label: 'Kind', value: 'Threat actor' }] },
  {
    type: 'quote',
    text: 'We will act.',
    speaker: 'Oliver Dowden',
    role: 'Deputy Prime Minister',
    sources: [a, b],
  },
  { type: 'timeline', rows: [{ date: '2021/2022', text: 'Electoral Commission compromised', sources: [b] }] },
  {
    type: 'assessments',
    rows: [
      {
        phrase: 'almost certainly',
        band: 'almost certain',
        range: '≥95%',
        text: 'APT31 was almost certainly responsible.',
        sources: [a],
      },
    ],
  },
  {
    type: 'passages',
    rows: [
      {
        runs: [
          { text: 'living off the ', marked: false },
          { text: 'land', marked: true },
        ],
        source: a,
      },
    ],
  },
  { type: 'sources', rows: [{ ...a, origin: 'a.txt' }] },
  { type: 'more', shown: 10, total: 19, command: '/timeline page:2' },
  { type: 'context', text: 'Matched "zirconium".' },
];

describe('renderText', () => {
  const out = renderText({ status: 'ok', title: 'APT31', blocks: every } satisfies Reply);

  it('renders every block type', () => {
    expect(out).toContain('APT31\n─────');
    expect(out).toContain('Kind  Threat actor');
    expect(out).toContain('“We will act.”');
    expect(out).toContain('— Oliver Dowden, Deputy Prime Minister [1][2] (2 sources)');
    expect(out).toContain('2021–2022  Electoral Commission compromised [2]');
    expect(out).toContain('almost certainly (almost certain, ≥95%)');
    expect(out).toContain('living off the *land*');
    expect(out).toContain('[1] UK calls out China — NCSC, 25 Mar 2024 <https://example.org/a> — a.txt');
    expect(out).toContain('… and 9 more: /timeline page:2');
    expect(out).toContain('(Matched "zirconium".)');
  });

  it('numbers citations once each, in order of first use', () => {
    expect(out).toContain('[1] UK calls out China — NCSC, 25 Mar 2024');
    expect(out).toContain('[2] Cyber attacks on UK — The Independent, undated');
  });

  it('bolds instead of starring on a real terminal', () => {
    const tty = renderText(
      { status: 'ok', title: 't', blocks: [every[6] as Block] },
      { ansi: true, width: 80 },
    );
    expect(tty).toContain('\x1b[1mland\x1b[0m');
  });
});

describe('renderText: one source list per reply', () => {
  const c: Citation = {
    docId: 'c',
    title: 'Older report',
    publisher: 'Reuters',
    published: '2023-01-02',
    url: null,
  };
  // A card: an event cites a report the card's list of latest reports does not hold.
  const card: Reply = {
    status: 'ok',
    title: 'GCHQ',
    blocks: [
      { type: 'heading', text: 'GCHQ' },
      {
        type: 'timeline',
        rows: [
          { date: '2021', text: 'Recon', sources: [a, b] },
          { date: '2022', text: 'Breach', sources: [b, a] },
        ],
      },
      {
        type: 'sources',
        rows: [
          { ...c, origin: 'c.txt' },
          { ...a, origin: 'a.txt' },
        ],
      },
    ],
  };
  const out = renderText(card);

  it('lists every cited and listed source once, under one label, numbered in order', () => {
    expect(out.match(/Sources:/g)).toHaveLength(1);
    expect(out).toContain('Recon [1][2]');
    expect(out).toContain('Breach [1][2]');
    const numbers = [...out.matchAll(/^ {2}\[(\d+)\] /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3]);
    expect(out).toMatch(
      /\[2\] Cyber attacks on UK — The Independent, undated\n {2}\[3\] Older report — Reuters, 2 Jan 2023 — c\.txt/,
    );
  });
});

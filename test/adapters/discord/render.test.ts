import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_MAX,
  DESCRIPTION_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  EMBEDS_TOTAL_MAX,
  FIELD_NAME_MAX,
  FIELD_VALUE_MAX,
  FIELDS_MAX,
  MESSAGES_MAX,
  TITLE_MAX,
} from '../../../src/adapters/discord/limits.js';
import { clip, escapeMarkdown } from '../../../src/adapters/discord/markdown.js';
import { type DiscordMessage, renderDiscord } from '../../../src/adapters/discord/render.js';
import { type Block, type Citation, reply, userError } from '../../../src/core/reply.js';

const a: Citation = {
  docId: 'a',
  title: 'UK calls out China state-affiliated actors',
  publisher: 'NCSC',
  published: '2024-03-25',
  url: 'https://example.org/a',
};
const b: Citation = {
  docId: 'b',
  title: 'Cyber attacks on UK democracy were probably Chinese, says a very long headline',
  publisher: null,
  published: null,
  url: null,
};

const only = (blocks: Block[], title = 'T'): { message: DiscordMessage; embeds: APIEmbed[] } => {
  const messages = renderDiscord(reply(title, blocks));
  expect(messages).toHaveLength(1);
  const message = messages[0] as DiscordMessage;
  return { message, embeds: message.embeds };
};

function size(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
    (e.footer?.text.length ?? 0)
  );
}

function expectWithinLimits(messages: DiscordMessage[]): void {
  expect(messages.length).toBeLessThanOrEqual(MESSAGES_MAX);
  for (const m of messages) {
    expect(m.allowedMentions).toEqual({ parse: [] });
    expect(m.content?.length ?? 0).toBeLessThanOrEqual(CONTENT_MAX);
    expect(m.embeds.length).toBeGreaterThan(0);
    expect(m.embeds.length).toBeLessThanOrEqual(EMBEDS_PER_MESSAGE_MAX);
    expect(m.embeds.reduce((n, e) => n + size(e), 0)).toBeLessThanOrEqual(EMBEDS_TOTAL_MAX);
    for (const e of m.embeds) {
      expect(e.title || e.description || e.fields?.length).toBeTruthy();
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(TITLE_MAX);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(DESCRIPTION_MAX);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(FIELDS_MAX);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeGreaterThan(0);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.name.length).toBeLessThanOrEqual(FIELD_NAME_MAX);
        expect(f.value.length).toBeLessThanOrEqual(FIELD_VALUE_MAX);
      }
    }
  }
}

describe('renderDiscord: one case per block type', () => {
  it('heading → the embed title', () => {
    const { embeds } = only([{ type: 'heading', text: 'APT31' }], 'ignored when a heading exists');
    expect(embeds).toEqual([{ color: expect.any(Number), title: 'APT31' }]);
  });

  it('text → the description, escaped', () => {
    const { embeds } = only([{ type: 'text', text: 'A *bold* claim about __init__ and <@123>.' }]);
    expect(embeds[0]?.title).toBe('T');
    expect(embeds[0]?.description).toBe('A \\*bold\\* claim about \\_\\_init\\_\\_ and \\<@123>.');
  });

  it('context → an italic line', () => {
    const { embeds } = only([{ type: 'context', text: 'Matched "zirconium".' }]);
    expect(embeds[0]?.description).toBe('*Matched "zirconium".*');
  });

  it('fields → embed fields, short ones inline, empty values made visible', () => {
    const { embeds } = only([
      { type: 'heading', text: 'APT31' },
      {
        type: 'fields',
        fields: [
          { label: 'Kind', value: 'Threat actor' },
          {
            label: 'Also known as',
            value: 'ZIRCONIUM (Microsoft), Violet Typhoon (Microsoft), Judgment Panda',
          },
          { label: 'Empty', value: '' },
        ],
      },
    ]);
    expect(embeds[0]?.fields).toEqual([
      { name: 'Kind', value: 'Threat actor', inline: true },
      {
        name: 'Also known as',
        value: 'ZIRCONIUM (Microsoft), Violet Typhoon (Microsoft), Judgment Panda',
        inline: false,
      },
      { name: 'Empty', value: '—', inline: true },
    ]);
  });

  it('quote → a block quote with speaker, role and linked sources; the footer lists them', () => {
    const { embeds } = only([
      { type: 'heading', text: 'Oliver Dowden' },
      { type: 'quote', text: 'We will act.', speaker: 'Oliver Dowden', role: 'Deputy PM', sources: [a, b] },
      { type: 'quote', text: 'Again.', speaker: 'Oliver Dowden', role: null, sources: [a] },
    ]);
    expect(embeds[0]?.description).toBe(
      [
        '> “We will act.”',
        '> — **Oliver Dowden**, Deputy PM · [NCSC](https://example.org/a), Cyber attacks on UK democracy were… (2 sources)',
        '',
        '> “Again.”',
        '> — **Oliver Dowden** · [NCSC](https://example.org/a)',
      ].join('\n'),
    );
    expect(embeds[0]?.footer?.text).toBe(
      'Sources: NCSC, 25 Mar 2024 · Cyber attacks on UK democracy were…, undated',
    );
  });

  it('timeline → one line per event, dates at their precision', () => {
    const { embeds } = only([
      { type: 'heading', text: 'Timeline' },
      {
        type: 'timeline',
        rows: [
          { date: '2021/2022', text: 'Electoral Commission compromised', sources: [b] },
          { date: '2024-03-25', text: 'Sanctions announced', sources: [a] },
          { date: '2023-12', text: 'Guidance published', sources: [] },
        ],
      },
    ]);
    expect(embeds[0]?.description).toBe(
      [
        '**2021–2022** — Electoral Commission compromised · Cyber attacks on UK democracy were…',
        '**25 Mar 2024** — Sanctions announced · [NCSC](https://example.org/a)',
        '**Dec 2023** — Guidance published · *no source*',
      ].join('\n'),
    );
  });

  it('assessments → wording and band, the band left out when it repeats the wording', () => {
    const { embeds } = only([
      { type: 'heading', text: 'APT31' },
      { type: 'text', text: 'Card.' },
      {
        type: 'assessments',
        rows: [
          {
            phrase: 'highly likely',
            band: 'highly likely',
            range: '80–90%',
            text: 'X did it.',
            sources: [a],
          },
          { phrase: 'probably', band: 'likely', range: '55–75%', text: 'Y helped.', sources: [a] },
        ],
      },
    ]);
    expect(embeds[0]?.description).toBe(
      [
        'Card.',
        '**Assessed**',
        '• **highly likely** (80–90%): X did it. · [NCSC](https://example.org/a)',
        '• **probably** (likely, 55–75%): Y helped. · [NCSC](https://example.org/a)',
      ].join('\n'),
    );
  });

  it('passages → numbered lines with the matched words bold', () => {
    const { embeds } = only([
      { type: 'heading', text: 'Search: living off the land' },
      {
        type: 'passages',
        rows: [
          {
            runs: [
              { text: 'using ‘', marked: false },
              { text: 'living off', marked: true },
              { text: ' the ', marked: false },
              { text: 'land', marked: true },
              { text: '’ techniques_with_underscores', marked: false },
            ],
            source: a,
          },
        ],
      },
    ]);
    expect(embeds[0]?.description).toBe(
      '1. using ‘**living off** the **land**’ techniques\\_with\\_underscores · [NCSC](https://example.org/a)',
    );
  });

  it('sources → linked titles; the /sources listing also says where each came from', () => {
    const listing = only([
      { type: 'heading', text: 'Sources (2)' },
      {
        type: 'sources',
        rows: [
          { ...a, origin: 'seeds/003.txt' },
          { ...b, origin: 'https://example.org/b' },
        ],
      },
    ]);
    expect(listing.embeds[0]?.description).toBe(
      [
        '• [UK calls out China state-affiliated actors](https://example.org/a) — NCSC, 25 Mar 2024 · `seeds/003.txt`',
        '• Cyber attacks on UK democracy were probably Chinese, says a very long headline — undated · <https://example.org/b>',
      ].join('\n'),
    );
    const card = only([
      { type: 'heading', text: 'APT31' },
      { type: 'text', text: 'Card.' },
      { type: 'sources', rows: [{ ...a, origin: 'seeds/003.txt' }] },
    ]);
    expect(card.embeds[0]?.description).toBe(
      'Card.\n**Sources**\n• [UK calls out China state-affiliated actors](https://example.org/a) — NCSC, 25 Mar 2024',
    );
  });

  it('more → the visible paging line, last', () => {
    const { embeds } = only([
      { type: 'heading', text: 'Timeline' },
      { type: 'more', shown: 10, total: 19, command: '/timeline APT31 page:2' },
      { type: 'text', text: 'After.' },
    ]);
    expect(embeds[0]?.description).toBe('After.\n… and 9 more: /timeline APT31 page:2');
  });

  it('lines after fields open a new embed, so the card reads in order', () => {
    const { embeds } = only([
      { type: 'heading', text: 'APT31' },
      { type: 'fields', fields: [{ label: 'Kind', value: 'Threat actor' }] },
      { type: 'context', text: 'Matched "zirconium".' },
      { type: 'timeline', rows: [{ date: '2021', text: 'Recon', sources: [a] }] },
    ]);
    expect(embeds).toHaveLength(2);
    expect(embeds[0]?.fields).toHaveLength(1);
    expect(embeds[0]?.footer).toBeUndefined();
    expect(embeds[1]?.description).toBe(
      '*Matched "zirconium".*\n**Timeline**\n**2021** — Recon · [NCSC](https://example.org/a)',
    );
    expect(embeds[1]?.footer?.text).toBe('Sources: NCSC, 25 Mar 2024');
  });
});

describe('renderDiscord: statuses, mentions and escaping', () => {
  it('a user error is one compact embed: the message, the hint, then suggestions', () => {
    const [message, ...rest] = renderDiscord(
      userError('No match for "APT 99".', 'Try a surname.', ['APT31', 'APT28']),
    );
    expect(rest).toEqual([]);
    expect(message?.embeds).toEqual([
      {
        color: expect.any(Number),
        description: 'No match for "APT 99".\n*Try a surname.*',
        fields: [{ name: 'Did you mean', value: 'APT31 · APT28', inline: true }],
      },
    ]);
    const ok = renderDiscord(reply('x', [{ type: 'text', text: 'x' }]))[0]?.embeds[0]?.color;
    const failed = renderDiscord({ status: 'error', title: 'x', blocks: [] })[0]?.embeds[0]?.color;
    expect(new Set([ok, message?.embeds[0]?.color, failed]).size).toBe(3);
  });

  it('every message disables mentions; a headline puts the title in content for notifications', () => {
    const r = reply('Briefing for @everyone', [{ type: 'text', text: '@here <@&42> <@!7>' }]);
    const [plain] = renderDiscord(r);
    expect(plain?.allowedMentions).toEqual({ parse: [] });
    expect(plain?.content).toBeUndefined();
    expect(plain?.embeds[0]?.description).toBe('@here \\<@&42> \\<@!7>');
    const [headed] = renderDiscord(r, { headline: true });
    expect(headed?.content).toBe('Briefing for @everyone');
    expect(headed?.allowedMentions).toEqual({ parse: [] });
  });

  it('escapes what forms markdown and leaves plain punctuation alone', () => {
    expect(escapeMarkdown('**b** _i_ `c` ~~s~~ ||spoiler|| [x](https://evil) \\')).toBe(
      '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| [x\\](https://evil) \\\\',
    );
    expect(
      escapeMarkdown('> not a quote\n# not a heading\n- not a list\n-# not subtext\n2021. not a list'),
    ).toBe('\\> not a quote\n\\# not a heading\n\\- not a list\n\\-# not subtext\n2021\\. not a list');
    expect(escapeMarkdown('a | b, [topic], a < b, 3 > 2, #1, well-known, <t:1700000000>')).toBe(
      'a | b, [topic], a < b, 3 > 2, #1, well-known, \\<t:1700000000>',
    );
  });

  it('clips with an ellipsis, never splitting an escape or a surrogate pair', () => {
    expect(clip('abcdef', 6)).toBe('abcdef');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab\\*cd', 4)).toBe('ab…');
    expect(clip('ab😀cd', 4)).toBe('ab…');
  });

  it('keeps masked links intact when a URL has brackets or spaces', () => {
    const { embeds } = only([
      {
        type: 'timeline',
        rows: [{ date: '2021', text: 'x', sources: [{ ...a, url: 'https://e.org/a (1)' }] }],
      },
    ]);
    expect(embeds[0]?.description).toContain('[NCSC](https://e.org/a%20%281%29)');
    const odd = only([
      {
        type: 'timeline',
        rows: [{ date: '2021', text: 'x', sources: [{ ...a, url: 'javascript:alert(1)' }] }],
      },
    ]);
    expect(odd.embeds[0]?.description).toBe('**2021** — x · NCSC');
  });
});

describe('renderDiscord: limits and paging', () => {
  const long = (n: number) => `${'word '.repeat(n)}end`;

  it('splits a long answer over several messages, each within every limit, and nothing is lost', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      date: '2024-03-25',
      text: `Event ${i + 1}. ${long(100)}`,
      sources: [a],
    }));
    const messages = renderDiscord(
      reply('Timeline', [
        { type: 'heading', text: 'Timeline' },
        { type: 'timeline', rows },
        { type: 'more', shown: 30, total: 45, command: '/timeline page:2' },
      ]),
    );
    expectWithinLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    const text = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('\n');
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Event ${i}.`);
    expect(messages[1]?.embeds[0]?.title).toBe(`Timeline (2/${messages.length})`);
    expect(messages.at(-1)?.embeds.at(-1)?.description).toMatch(/\n… and 15 more: \/timeline page:2$/);
  });

  it('cuts beyond the message cap with a visible count, and still shows the paging line', () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({
      date: '2024',
      text: `Event ${i + 1}. ${long(60)}`,
      sources: [a],
    }));
    const messages = renderDiscord(
      reply('Timeline', [
        { type: 'heading', text: 'Timeline' },
        { type: 'timeline', rows },
        { type: 'more', shown: 400, total: 401, command: '/timeline page:2' },
      ]),
    );
    expectWithinLimits(messages);
    expect(messages).toHaveLength(MESSAGES_MAX);
    const shown = messages.flatMap((m) =>
      m.embeds.flatMap((e) => e.description?.match(/Event \d+\./g) ?? []),
    );
    const last = messages.at(-1)?.embeds.at(-1)?.description ?? '';
    expect(last).toContain(`… ${400 - shown.length} more items not shown here`);
    expect(last).toMatch(/… and 1 more: \/timeline page:2$/);
  });

  it('clips oversized single items: title, field name and value, a huge quote', () => {
    const messages = renderDiscord(
      reply('x', [
        { type: 'heading', text: long(100) },
        { type: 'fields', fields: [{ label: long(100), value: long(400) }] },
        { type: 'quote', text: long(2000), speaker: 'S', role: null, sources: [a] },
      ]),
    );
    expectWithinLimits(messages);
    expect(messages[0]?.embeds[0]?.title?.length).toBeGreaterThan(TITLE_MAX - 5);
    expect(messages[0]?.embeds[0]?.title?.endsWith('…')).toBe(true);
    expect(messages[0]?.embeds[0]?.fields?.[0]?.value.endsWith('…')).toBe(true);
  });

  it('more than 25 fields spill into another embed', () => {
    const messages = renderDiscord(
      reply('Help', [
        { type: 'heading', text: 'Help' },
        { type: 'fields', fields: Array.from({ length: 30 }, (_, i) => ({ label: `/c${i}`, value: 'v' })) },
      ]),
    );
    expectWithinLimits(messages);
    expect(messages[0]?.embeds.map((e) => e.fields?.length)).toEqual([25, 5]);
  });
});

describe('renderDiscord: one source list per reply', () => {
  it('lists cited and listed sources together, with no footer repeating them', () => {
    const older: Citation = {
      docId: 'c',
      title: 'Older report',
      publisher: 'Reuters',
      published: null,
      url: null,
    };
    const { embeds } = only([
      { type: 'heading', text: 'GCHQ' },
      { type: 'timeline', rows: [{ date: '2021', text: 'Recon', sources: [a, b] }] },
      { type: 'sources', rows: [{ ...older, origin: 'c.txt' }] },
    ]);
    const text = embeds.map((e) => e.description ?? '').join('\n');
    expect(text.match(/\*\*Sources\*\*/g)).toHaveLength(1);
    expect(text.split('**Sources**\n')[1]?.split('\n')).toEqual([
      '• [UK calls out China state-affiliated actors](https://example.org/a) — NCSC, 25 Mar 2024',
      '• Cyber attacks on UK democracy were probably Chinese, says a very long headline — undated',
      '• Older report — Reuters, undated',
    ]);
    expect(embeds.some((e) => e.footer)).toBe(false);
  });
});

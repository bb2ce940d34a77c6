// `--json`: a Reply as data for scripts.
import { describe, expect, it } from 'vitest';
import { replyData } from '../../../src/adapters/terminal/json.js';
import { type Citation, reply, userError } from '../../../src/core/reply.js';

const a: Citation = {
  docId: 'a',
  title: 'UK calls out China',
  publisher: 'NCSC',
  published: '2024-03-25',
  url: 'https://example.org/a',
};
const b: Citation = { docId: 'b', title: 'Cyber attacks on UK', publisher: null, published: null, url: null };

describe('replyData', () => {
  it('gives lists as arrays, dates as ISO, every document once with its URL, facts by document id', () => {
    const data = replyData(
      reply('APT31', [
        { type: 'heading', text: 'APT31' },
        {
          type: 'fields',
          fields: [
            { label: 'Kind', value: 'Threat actor' },
            {
              label: 'Also known as',
              value: 'ZIRCONIUM, Violet Typhoon',
              items: ['ZIRCONIUM', 'Violet Typhoon'],
            },
          ],
        },
        {
          type: 'timeline',
          rows: [{ date: '2021/2022', text: 'Electoral Commission compromised', sources: [b, a] }],
        },
        {
          type: 'quote',
          text: 'We will act.',
          speaker: 'Oliver Dowden',
          role: null,
          sources: [a],
          sourceCount: 3,
        },
        { type: 'sources', rows: [{ ...a, origin: 'a.txt' }] },
        { type: 'more', shown: 8, total: 12, command: '/timeline APT31' },
        { type: 'context', text: 'Matched "zirconium".' },
      ]),
      'who',
    );
    expect(data).toMatchObject({
      command: 'who',
      status: 'ok',
      fields: { Kind: 'Threat actor', 'Also known as': ['ZIRCONIUM', 'Violet Typhoon'] },
      events: [{ date: '2021/2022', sources: ['b', 'a'], sourceCount: 2 }],
      quotes: [{ speaker: 'Oliver Dowden', sources: ['a'], sourceCount: 3 }],
      more: [{ shown: 8, total: 12, command: '/timeline APT31' }],
      notes: ['Matched "zirconium".'],
    });
    expect(data.documents).toEqual([
      { id: 'b', title: 'Cyber attacks on UK', publisher: null, published: null, url: null },
      {
        id: 'a',
        title: 'UK calls out China',
        publisher: 'NCSC',
        published: '2024-03-25',
        url: 'https://example.org/a',
        origin: 'a.txt',
      },
    ]);
    expect(data.error).toBeUndefined();
  });

  it('turns an answer to a mistake into an error with a code, its hint and its suggestions as a list', () => {
    const data = replyData(userError('No match for "APT99".', 'Try an alias.', ['APT9', 'APT29']), 'who');
    expect(data.error).toEqual({
      code: 'user-error',
      message: 'No match for "APT99".',
      hint: 'Try an alias.',
      suggestions: ['APT9', 'APT29'],
    });
  });
});

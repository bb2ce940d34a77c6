// Text commands as every text transport reads them (Slack and the terminal parse lines, the shell passes
// arguments, Discord passes typed options), and the answers to input that is wrong or far too long.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.js';
import {
  type CommandContext,
  defineCommand,
  parseCommandArgs,
  parseCommandLine,
  quoted,
} from '../../src/core/command.js';
import { createCorpus } from '../../src/core/corpus.js';
import { dispatch, unknownCommand } from '../../src/core/executor.js';
import { reply } from '../../src/core/reply.js';
import { fixedClock } from '../../src/infra/clock.js';
import { createLogger } from '../../src/infra/logger.js';
import { openSqliteStorePorts } from '../../src/infra/sqlite/async-store.js';

const echo = defineCommand({
  name: 'echo',
  description: 'Says the name back.',
  usage: '/echo NAME [page:N]',
  input: z.object({
    name: z
      .string({ error: 'Give a name, e.g. /echo APT31' })
      .trim()
      .min(1, 'Give a name, e.g. /echo APT31')
      .max(20),
    page: z.coerce.number({ error: 'page is a number' }).int().min(1).max(9).optional(),
  }),
  rest: 'name',
  requires: 'anyone',
  run: ({ name }) => reply(name, [{ type: 'text', text: name }]),
});

function context(): CommandContext {
  return {
    corpus: createCorpus(openSqliteStorePorts(':memory:')),
    clock: fixedClock(new Date('2024-03-26T00:00:00Z')),
    logger: createLogger('silent'),
    caller: { platform: 'slack', userId: 'U1', isAdmin: false },
    registry: COMMANDS,
  };
}

const said = async (raw: Record<string, unknown>) => {
  const r = await dispatch(echo, raw, context());
  return { status: r.status, text: r.blocks.map((b) => ('text' in b ? b.text : '')).join(' ') };
};

describe('parsing', () => {
  it('reads a shell argument as one value, spaces and all, quotes around it or not', () => {
    const expected = { name: 'follow', words: ['apt31'], options: { schedule: '0 8 * * 1-5' } };
    expect(parseCommandArgs(['follow', 'apt31', 'schedule:0 8 * * 1-5'])).toEqual(expected);
    expect(parseCommandArgs(['follow', 'apt31', 'schedule:"0 8 * * 1-5"'])).toEqual(expected);
    expect(parseCommandLine('follow apt31 schedule:"0 8 * * 1-5"')).toEqual(expected);
    expect(parseCommandArgs(['timeline', 'electoral commission'])).toEqual({
      name: 'timeline',
      words: ['electoral commission'],
      options: {},
    });
  });
});

describe('answers to bad input', () => {
  it('says a value is too long and what the limit is, whatever the field asks for when empty', async () => {
    expect(await said({ name: 'x'.repeat(25) })).toEqual({
      status: 'user-error',
      text: expect.stringContaining('The name is too long: 25 characters; the limit is 20.'),
    });
    expect((await said({ name: '  ' })).text).toContain('Give a name');
    // A message written for the field says what to do; naming the field after it again is noise.
    expect((await said({ name: '  ' })).text).not.toContain('→ at name');
    expect((await said({ name: 'APT31', page: '12' })).text).toContain('The page must be at most 9.');
  });

  it('repeats no more than the start of a long paste, and says how long it was', async () => {
    const paste = 'y'.repeat(100_000);
    for (const raw of [
      { name: 'a', _extra: paste },
      { name: 'a', [paste]: '1' },
    ]) {
      const { status, text } = await said(raw);
      expect(status).toBe('user-error');
      expect(text.length).toBeLessThan(200);
    }
    expect(quoted(paste)).toBe(`"${'y'.repeat(60)}…" (100,000 characters)`);
    expect(quoted('APT31')).toBe('"APT31"');
  });

  it('answers an unknown command with the close ones, the name cut short', () => {
    const r = unknownCommand('whoo', COMMANDS);
    expect(r.title).toBe('Unknown command "whoo".');
    expect(r.blocks).toContainEqual(expect.objectContaining({ type: 'fields' }));
    expect(JSON.stringify(r.blocks)).toContain('/who');
    expect(unknownCommand('z'.repeat(5_000), COMMANDS).title.length).toBeLessThan(100);
  });
});

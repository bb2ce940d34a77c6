import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { reply } from '../src/core/reply.js';

export default defineCommand({
  name: 'help',
  description: 'Every command, with its usage.',
  usage: '/help',
  input: z.object({}),
  requires: 'anyone',
  run(_input, { registry, caller }) {
    const visible = registry.filter((c) => c.requires === 'anyone' || caller.isAdmin);
    return reply('Sitrep commands', [
      { type: 'heading', text: 'Sitrep commands' },
      {
        type: 'fields',
        fields: visible.map((c) => ({
          label: c.usage,
          value: `${c.description}${c.requires === 'admin' ? ' (admin)' : ''}${c.examples?.length ? ` e.g. ${c.examples.join(' · ')}` : ''}`,
        })),
      },
      {
        type: 'context',
        text: 'Every answer cites its sources. Names are forgiving: APT 31, apt-31, surnames and vendor aliases all work.',
      },
    ]);
  },
});

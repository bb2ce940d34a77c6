// `sitrep --help` and `sitrep COMMAND --help`, generated from the tools themselves.
import { EXIT } from '../../adapters/terminal/exit-codes.js';
import { editDistance } from '../../core/text/normalise.js';
import type { Tool } from './tool.js';

const EXIT_CODES = `Exit codes:
  ${EXIT.ok}  done: every answer given; for ingest, every report stored (or there already)
  ${EXIT.userError}  your input: an unknown command, option or name, a bad argument, a path that does not exist
  ${EXIT.failure}  a failure: a report not read or stored (the others are kept), a command that failed on
     Sitrep's side, or Sitrep could not start (settings, database, Slack or Discord refused)`;

/** Usage lines longer than this put their summary on the next line. */
const COLUMN = 44;

export function usage(groups: readonly { title: string; tools: readonly Tool[] }[]): string {
  const lines = ['Usage: sitrep COMMAND [ARGUMENTS] [--json]   (npx sitrep … in the repository)', ''];
  for (const g of groups) {
    lines.push(`${g.title}:`);
    for (const t of g.tools) {
      const l = line(t);
      if (l.length <= COLUMN) lines.push(`  ${l.padEnd(COLUMN)}  ${t.summary}`);
      else lines.push(`  ${l}`, `  ${' '.repeat(COLUMN)}  ${t.summary}`);
    }
    lines.push('');
  }
  lines.push(
    'A value with spaces is one shell argument: sitrep follow apt31 "schedule:0 8 * * 1-5".',
    'sitrep COMMAND --help shows one command. Settings come from the environment and .env (README).',
    '',
    EXIT_CODES,
  );
  return `${lines.join('\n')}\n`;
}

export function toolHelp(tool: Tool): string {
  const json = 'json' in tool.options && !tool.args.includes('--json') ? ' [--json]' : '';
  const lines = [`Usage: sitrep ${line(tool)}${json}`, '', tool.summary];
  if (tool.details) lines.push('', tool.details);
  lines.push('', EXIT_CODES);
  return `${lines.join('\n')}\n`;
}

/** Names close to a mistyped one. */
export function closestTools(name: string, tools: readonly Tool[]): string[] {
  const typed = name.toLowerCase();
  return tools.filter((t) => editDistance(t.name, typed, 2) <= 2).map((t) => t.name);
}

const line = (t: Tool) => `${t.name} ${t.args}`.trim();

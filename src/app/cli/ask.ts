// The chat commands from the shell: `sitrep who APT31`, `sitrep follow apt31 'schedule:0 8 * * 1-5'`. Each
// shell argument is one word or one whole value, so a value with spaces needs the shell's quotes only.
import { COMMANDS } from '../../../commands/index.js';
import { exitCodeOf } from '../../adapters/terminal/exit-codes.js';
import { replyData } from '../../adapters/terminal/json.js';
import { renderText } from '../../adapters/terminal/render.js';
import { runLine } from '../../adapters/terminal/run-line.js';
import { type AnyCommand, parseCommandArgs } from '../../core/command.js';
import { createExecutor } from '../executor.js';
import { createSources } from '../sources.js';
import { JSON_OPTION, type Tool, withRuntime } from './tool.js';

/**
 * Commands whose shell tool does more than ask: `sitrep knowledge` also loads catalogues (knowledge.ts);
 * `sitrep export` is the corpus tool that writes where --out says (corpus.ts), chat's /export its file in a chat.
 */
const OWN_TOOLS = new Set(['knowledge', 'export']);

/** One tool per command of the registry, so `sitrep --help` and `sitrep who --help` list them. */
export const ASK_TOOLS: readonly Tool[] = COMMANDS.filter((c) => !OWN_TOOLS.has(c.name)).map(askTool);

export function askTool(cmd: AnyCommand): Tool {
  return {
    name: cmd.name,
    // "/source add URL · /source list" → "add URL · source list": the shell has no slashes.
    args: cmd.usage.replace(/^\/\S+\s*/, '').replace(/(^|\s)\/(?=[a-z])/g, '$1'),
    summary: cmd.description,
    ...(cmd.examples?.length
      ? { details: `Examples: ${cmd.examples.map((e) => `sitrep ${e.replace(/^\//, '')}`).join(' · ')}` }
      : {}),
    options: JSON_OPTION,
    positionals: true,
    run: ({ positionals }, ctx) =>
      withRuntime(ctx, async (rt, cfg) => {
        const sources = createSources(rt, cfg);
        const reply = await runLine(
          parseCommandArgs([cmd.name, ...positionals]),
          createExecutor(rt, cfg.SITREP_ADMINS, sources.service),
        ).finally(() => sources.close());
        const { io, json } = ctx;
        // With --json everything is one document on stdout, errors included: a script reads one place.
        if (json) io.stdout.write(`${JSON.stringify(replyData(reply, cmd.name), null, 2)}\n`);
        else
          (reply.status === 'ok' ? io.stdout : io.stderr).write(
            renderText(reply, { ansi: false, width: 100 }),
          );
        return exitCodeOf(reply.status);
      }),
  };
}

// `sitrep …` (the bin, bin/sitrep.js) and `npm run sitrep -- …`: one-shot commands, ingest and export,
// without the console. The work is in cli/run.ts; exit codes are listed by `sitrep --help`.
import { runCli } from './cli/run.js';
import { processIo } from './io.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());

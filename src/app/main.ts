// `npm start`: the bot and the console. The work is in serve.ts.
import { processIo } from './io.js';
import { serve } from './serve.js';

process.exitCode = await serve(processIo());

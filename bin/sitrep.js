#!/usr/bin/env node
// The `sitrep` command (`npx sitrep who APT31 --json` in the repository): runs src/app/cli.ts through tsx's
// loader in this process, so no npm banner comes before the output, signals and the exit code are the
// command's own, and it works from any working directory (paths are found from this file).
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/app/cli.ts', import.meta.url).href);

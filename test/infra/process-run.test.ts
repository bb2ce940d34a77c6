// Which process runs have ended, as the delivery claims see them: a real child process stands for a run
// that crashed on this host.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { processRun } from '../../src/infra/process-run.js';

describe('processRun', () => {
  it('names this run by host, pid and start, and never thinks itself ended', () => {
    const run = processRun(1_720_000_000_000);
    expect(run.self).toBe(`${hostname()}/${process.pid}/1720000000000`);
    expect(run.isGone(run.self)).toBe(false);
  });

  it('knows an earlier run with this pid and a run whose process exited have ended', () => {
    const run = processRun(1_720_000_000_000);
    // A restarted container runs as the same pid again.
    expect(run.isGone(`${hostname()}/${process.pid}/1710000000000`)).toBe(true);
    const exited = spawnSync(process.execPath, ['-e', '']);
    expect(exited.status).toBe(0);
    expect(run.isGone(`${hostname()}/${exited.pid}/1720000000000`)).toBe(true);
  });

  it('leaves alone a live process on this host, any run on another host, and ids it cannot read', () => {
    const run = processRun();
    expect(run.isGone(`${hostname()}/${process.ppid}/1`)).toBe(false);
    expect(run.isGone(`another-host.example/${process.pid}/1`)).toBe(false);
    expect(run.isGone('sitrep')).toBe(false);
  });
});

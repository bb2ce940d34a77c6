// Claims of other runs are taken back at once by the elected scheduler, and only by it: a follower leaves
// a run it cannot check (on another host) to its lease.
import { describe, expect, it } from 'vitest';
import { electedRuns } from '../../src/infra/elected-runs.js';
import { processRun } from '../../src/infra/process-run.js';

describe('delivery runs among elected replicas', () => {
  const elsewhere = 'other-host/4242/1733400000000';

  it('treats every other run as ended while this replica leads, and never itself', () => {
    let leading = false;
    const base = processRun();
    const runs = electedRuns(base, { status: () => ({ leading }) });
    expect(runs.self).toBe(base.self);
    expect(runs.isGone(elsewhere)).toBe(false);
    leading = true;
    expect(runs.isGone(elsewhere)).toBe(true);
    expect(runs.isGone(base.self)).toBe(false);
  });

  it('still takes back the claims of an ended run on this host when following', () => {
    const base = processRun();
    const runs = electedRuns(base, { status: () => ({ leading: false }) });
    // This pid with another start time: an earlier run of this process, which has ended.
    const earlier = base.self.replace(/\/\d+$/, '/1');
    expect(runs.isGone(earlier)).toBe(true);
  });
});

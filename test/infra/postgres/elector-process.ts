// A replica in a process of its own for the leader election test: it campaigns on the database given as
// its argument, prints "leading" once it leads, and waits to be killed.
import { systemClock } from '../../../src/infra/clock.js';
import { createLeaderElection } from '../../../src/infra/postgres/leader-election.js';

const url = process.argv[2] ?? '';
const election = createLeaderElection({
  url,
  clock: systemClock,
  name: 'elector-process',
  // Nothing retries on its own: the test decides when this process dies.
  schedule: () => () => {},
});
const leading = await election.attempt();
process.stdout.write(leading ? 'leading\n' : `following: ${election.status().lastError}\n`);
setInterval(() => {}, 60_000);

// `npm run score:dev [-- --misses | --json]`: exports the dev set (test/fixtures/dev-set) with the product's own
// export command and scores it against the hand-made gold with the team's shared scorer, so the figures are
// produced exactly the way the hidden set's are. Extra arguments go to the scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DEV_SET = join(ROOT, 'test', 'fixtures', 'dev-set');

/** The shared scorer lives beside the checkout (`../shared`); a worktree may sit a level deeper. */
function findScorer(): string | null {
  if (process.env.SITREP_SCORER) return process.env.SITREP_SCORER;
  for (let dir = dirname(ROOT); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'tools', 'score.mjs');
    if (existsSync(candidate)) return candidate;
    if (dir === parse(dir).root) return null;
  }
}

function main(args: string[]): number {
  const scorer = findScorer();
  if (!scorer) {
    process.stderr.write(
      'score:dev: no shared/tools/score.mjs above this checkout; set SITREP_SCORER to its path.\n',
    );
    return 2;
  }
  // Its own DATA_DIR too, so nothing the export does can reach the user's ./data.
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-score-dev-'));
  try {
    const out = join(tmp, 'export.json');
    const exported = spawnSync(
      'npm',
      ['run', '-s', 'sitrep', '--', 'export', '--corpus', join(DEV_SET, 'docs'), '--out', out],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: join(tmp, 'data') }, encoding: 'utf8' },
    );
    // The export's own report goes to stderr so that stdout carries the scorer's output alone.
    process.stderr.write(`${exported.stdout ?? ''}${exported.stderr ?? ''}`);
    if (exported.status !== 0) {
      process.stderr.write(`score:dev: the export failed (exit ${exported.status ?? exported.signal}).\n`);
      return exported.status || 1;
    }
    const scored = spawnSync(process.execPath, [scorer, join(DEV_SET, 'gold.json'), out, ...args], {
      stdio: 'inherit',
    });
    return scored.status ?? 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));

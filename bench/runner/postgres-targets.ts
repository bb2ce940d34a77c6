// Issue 18's targets for PostgreSQL, judged at 100,000 documents (or the largest size measured, said so):
// /who, /quote and /timeline p99 ≤ 50 ms, /search p99 ≤ 150 ms, and ingest within 30% of SQLite's at the
// same size in the same run (not judged when SQLite was not measured there).
import { commandTargets, judgedAt, searchP99Target } from './targets.js';
import type { SizeResult, TargetCheck } from './types.js';
import { round } from './util.js';

/** PostgreSQL's ingest rate as a share of SQLite's, 70% at least. */
function ingestTarget(at: SizeResult, sqlite: SizeResult | undefined, tag: string): TargetCheck {
  const rate = at.ingest.docsPerSec;
  if (!sqlite)
    return {
      target: `ingest within 30% of SQLite's${tag}`,
      limit: "≥ 70% of SQLite's docs/s",
      measured: `${rate} docs/s; SQLite not measured at this size (run with --store both)`,
      met: null,
    };
  const share = rate / sqlite.ingest.docsPerSec;
  return {
    target: `ingest within 30% of SQLite's${tag}`,
    limit: "≥ 70% of SQLite's docs/s",
    measured: `${rate} docs/s, ${round(share * 100, 0)}% of SQLite's ${sqlite.ingest.docsPerSec} docs/s`,
    met: share >= 0.7,
  };
}

export function checkPostgresTargets(postgres: SizeResult[], sqlite: SizeResult[]): TargetCheck[] {
  const judged = judgedAt(postgres);
  if (!judged) return [];
  const { at, tag } = judged;
  return [
    ...commandTargets(at, tag),
    searchP99Target(at, tag),
    ingestTarget(
      at,
      sqlite.find((s) => s.docs === at.docs),
      tag,
    ),
  ];
}

// PostgreSQL's part of the printed table: which server was measured, issue 18's comparison with SQLite
// at the size its targets are judged at (each target met or missed), and the replicas' scaling curve.
import { judgedAt } from './targets.js';
import type { Latency, PostgresServer, Results, Scaling, SizeResult } from './types.js';
import { round } from './util.js';

export function serverLine(server: PostgresServer): string {
  const where =
    server.kind === 'throwaway'
      ? 'a throwaway server the benchmark started on this machine (loopback, default settings)'
      : 'the server --database-url names';
  const settings = Object.entries(server.settings)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `PostgreSQL ${server.version}: ${where}; ${settings}.`;
}

/** Aligns rows of cells: the first column left, the others right. */
function grid(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('   '),
  );
}

const pair = (l: Latency | undefined) => (l ? `${l.p50} / ${l.p99}` : '–');
const verdict = (met: boolean | null | undefined) =>
  met === undefined ? '' : met === null ? '?' : met ? 'met' : 'MISSED';

function comparison(at: SizeResult, sqlite: SizeResult | undefined, r: Results): string[] {
  const ingest = r.postgres?.targets.find((t) => t.target.startsWith('ingest'));
  const rows: string[][] = [['', 'SQLite', 'PostgreSQL', 'target', 'PostgreSQL']];
  rows.push([
    'ingest docs/s',
    `${sqlite?.ingest.docsPerSec ?? '–'}`,
    `${at.ingest.docsPerSec}`,
    "≥ 70% of SQLite's",
    verdict(ingest?.met),
  ]);
  for (const [name, l] of Object.entries(at.commands)) {
    // Every command's limit is 50 ms at p99, each /search kind's 150 ms (the targets judge the worst).
    const limit = name.startsWith('search:') ? 150 : 50;
    rows.push([
      `/${name} p50 / p99 ms`,
      pair(sqlite?.commands[name]),
      pair(l),
      `p99 ≤ ${limit} ms`,
      verdict(l.p99 <= limit),
    ]);
  }
  rows.push(['database MB', `${sqlite?.disk.dbMb ?? '–'}`, `${at.disk.dbMb}`, '', '']);
  const title = `PostgreSQL beside SQLite at ${at.docs.toLocaleString('en-GB')} docs (issue 18; the same questions to both${sqlite ? '' : '; SQLite not measured at this size'}):`;
  return ['', title, ...grid(rows).map((l) => `  ${l}`)];
}

function scalingLines(s: Scaling): string[] {
  const base = s.points[0]?.commandsPerSec ?? 0;
  const mix = Object.entries(s.mix)
    .map(([k, w]) => `${k} ${w}`)
    .join(', ');
  const rows: string[][] = [
    [
      'replicas',
      'commands/s',
      'vs first',
      'p50 / p99 ms',
      'each replica cmd/s',
      'CPU cores: replicas · database · machine',
      'load 1m',
    ],
  ];
  for (const p of s.points)
    rows.push([
      `${p.replicas}`,
      `${p.commandsPerSec}`,
      `${base > 0 ? round(p.commandsPerSec / base, 2) : '–'}×`,
      `${p.latency.p50} / ${p.latency.p99}${p.latency.errors ? ` (${p.latency.errors} errors)` : ''}`,
      p.perReplica.map((x) => round(x.commands / p.seconds, 0)).join(' · '),
      `${p.replicaCores} · ${p.databaseCores ?? '?'} · ${p.machineCores ?? '?'}`,
      `${p.loadAverage1m}`,
    ]);
  return [
    '',
    `Replicas on one PostgreSQL database (${s.docs.toLocaleString('en-GB')} docs; each a process with its own runtime, ${s.concurrency} commands in flight, ${s.points[0]?.seconds ?? '?'} s; mix ${mix}):`,
    ...grid(rows).map((l) => `  ${l}`),
  ];
}

/** Issue 18's comparison at the judged size, and the scaling curve. */
export function postgresTables(r: Results): string[] {
  const pg = r.postgres;
  const judged = pg ? judgedAt(pg.sizes) : null;
  if (!pg || !judged) return [];
  const sqlite = r.sizes.find((s) => s.docs === judged.at.docs);
  return [
    ...comparison(judged.at, sqlite, r),
    ...(pg.scaling ? scalingLines(pg.scaling) : []),
    ...(pg.scalingError ? ['', `Scaling curve stopped: ${pg.scalingError}`] : []),
  ];
}

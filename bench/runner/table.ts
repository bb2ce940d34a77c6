// The table `npm run bench` prints: one column per size and store, then what each figure means and the
// targets; with PostgreSQL, issue 18's comparison and the scaling curve (postgres-table.ts).
import { postgresTables, serverLine } from './postgres-table.js';
import { coldAt } from './targets.js';
import type { ColdStep, Latency, Results, SizeResult, TargetCheck } from './types.js';
import { round } from './util.js';

type Row = (label: string, f: (s: SizeResult) => string) => void;

const lat = (l: Latency | undefined) =>
  l ? `${l.p50} / ${l.p99} / ${l.max}${l.cut ? ` (n=${l.n})` : ''}` : '–';
const secs = (ms: number | undefined) => (ms === undefined ? '–' : `${round(ms / 1000, 2)}`);
const step = (s: SizeResult, from: ColdStep, to: ColdStep) => {
  const a = coldAt(s, from);
  const b = coldAt(s, to);
  return a === undefined || b === undefined ? undefined : b - a;
};

/** "cold (page cache dropped)" or "warm start" when every size's runs were the same kind, else per size. */
function startLabel(sizes: SizeResult[]): string {
  const labels = new Set(sizes.map((s) => s.coldStart.label));
  return labels.size === 1 ? ([...labels][0] ?? 'start') : 'start (see "page cache" below)';
}

function ingestRows(row: Row, sizes: SizeResult[]): void {
  row(
    'passages · vocabulary terms',
    (s) => `${s.passages.toLocaleString('en-GB')} · ${s.vocabulary.toLocaleString('en-GB')}`,
  );
  row(
    'ingest docs/s (whole corpus · segment)',
    (s) => `${s.ingest.docsPerSec} · ${s.ingest.segment.docsPerSec}`,
  );
  row('  ms/doc wall · clean* · extract* · store', (s) => {
    const m = s.ingest.msPerDoc;
    return `${m.wall} · ${m.clean} · ${m.extract} · ${m.store}`;
  });
  row('  failed · duplicates', (s) => `${s.ingest.failed} · ${s.ingest.duplicates}`);
  if (sizes.some((s) => s.vacuumSeconds !== undefined))
    row('  VACUUM ANALYZE after ingest, s (not measured)', (s) => `${s.vacuumSeconds ?? '–'}`);
  if (sizes.some((s) => s.knowledgeLoadMs !== undefined))
    row('  knowledge snapshot read before ingest, ms', (s) => `${s.knowledgeLoadMs ?? '–'}`);
}

function searchRows(row: Row, section: (label: string) => void, kinds: string[]): void {
  if (kinds.length === 0) return;
  section("plain FTS5 in /search's order p50 / p99 / max (ratio†)");
  for (const kind of kinds)
    row(`  ${kind}`, (s) => {
      const x = s.baseline.series[kind];
      return x ? `${lat(x.sameOrder)} (${x.sameOrderRatioP50}× · ${x.sameOrderRatioP50Store}×)` : '–';
    });
  section("  /search's plan: newest first · ranked · rarer words ranked (unlike /search)");
  for (const kind of kinds)
    row(`    ${kind}`, (s) => {
      const p = s.baseline.series[kind]?.plans;
      return p
        ? `${p.newest} · ${p.ranked} · ${p.rarerWords}${p.mismatched ? ` (${p.mismatched})` : ''}`
        : '–';
    });
  section('plain FTS5, every match ranked by bm25 (other work) p50 / p99 / max (ratio‡)');
  for (const kind of kinds)
    row(`  ${kind}`, (s) => {
      const x = s.baseline.series[kind];
      return x ? `${lat(x.fts5)} (${x.ratioP50}× · ${x.ratioP50Store}×)` : '–';
    });
}

function startRows(row: Row, sizes: SizeResult[]): void {
  row(
    `${startLabel(sizes)} s → first /search · /who`,
    (s) => `${secs(coldAt(s, 'search'))} · ${secs(coldAt(s, 'who'))}`,
  );
  if (new Set(sizes.map((s) => s.coldStart.label)).size > 1) row('  page cache', (s) => s.coldStart.label);
  if (sizes.some((s) => s.coldStart.queries.whoCatalogue))
    row('  first /who on a catalogue name (asked first)', (s) => secs(coldAt(s, 'whoCatalogue')));
  row(
    '  of which node+imports · openRuntime',
    (s) => `${secs(coldAt(s, 'imported'))} · ${secs(step(s, 'imported', 'opened'))}`,
  );
  row(
    '  then first typo /search · typo /who',
    (s) => `${secs(step(s, 'who', 'typoSearch'))} · ${secs(step(s, 'typoSearch', 'typoWho'))}`,
  );
}

/** The catalogues the run loaded, with their versions: the first line of the table. */
function knowledgeLine(r: Results): string {
  const k = r.knowledge;
  if (!k) return 'Catalogues: none loaded (no --knowledge): /who knows the hand-made table only.';
  const each = k.catalogues.map((c) => [c.title, c.version, c.date].filter(Boolean).join(' '));
  return `Catalogues loaded from ${k.dir}: ${each.join('; ')}.`;
}

function resourceRows(row: Row): void {
  row('serving peak RSS / heap MB', (s) => {
    const ok = s.coldStart.runs.filter((c) => !c.error);
    if (ok.length === 0) return s.coldStart.runs.length > 0 ? 'FAILED' : '–';
    return `${Math.max(...ok.map((c) => c.peakRssMb))} / ${Math.max(...ok.map((c) => c.peakHeapMb))}`;
  });
  row('builder peak RSS / heap MB', (s) => `${s.memory.builderPeakRssMb} / ${s.memory.builderPeakHeapMb}`);
  row(
    'database · WAL · passage index MB',
    (s) => `${s.disk.dbMb} · ${s.disk.walMb ?? '?'} · ${s.disk.passageIndexMb ?? '?'}`,
  );
}

function footnotes(r: Results): string[] {
  const runs = r.sizes[0]?.coldStart.runs.length ?? 0;
  return [
    '* clean and extract are timed inside the extraction worker threads and summed over them, so they can',
    '  add up to more than the wall time (on a busy machine they include waiting for a core). Ingest goes',
    `  through runtime.ingest() in chunks of ${r.settings.chunkSize.toLocaleString('en-GB')} generated documents; generating them is not counted.`,
    '† ratio = product p50 / plain FTS5 p50: /search through the executor, then store.searchPassages alone.',
    "  In /search's order = the work /search chose, as plain SQL on passage text: newest first (ORDER BY",
    '  rowid DESC LIMIT 6) where /search lists the newest passages (only very common words), bm25 LIMIT 6',
    '  over the words it requires otherwise (its very common words dropped when rarer ones carry the query).',
    '  The product does more: planning (vocabulary check, word forms, typo alternatives), the OR fallback,',
    '  windows for one passage per document, the count of matches, highlighting and citations. Plain FTS5',
    '  has no typo tolerance: for typo queries it mostly finds nothing.',
    '‡ Every match ranked = all the words ANDed, every match ranked by bm25, LIMIT 6: what /search would',
    '  cost without its very-common-word rule. Not the same work for common words; shown for scale only.',
    `Start: median of ${runs} fresh processes (node --import tsx, as npm start runs) on the data dir, "cold"`,
    '  when the OS page cache was dropped before each, "warm start" when it could not be (not root, or not',
    '  permitted); the typo /search and /who are asked after the first two answers (they fill the lexicons).',
    ...(r.knowledge
      ? [
          '  With catalogues loaded, the child reads the snapshot in the background as npm start does and asks',
          '  /who on a catalogue malware name first, so every later answer comes after that read.',
        ]
      : []),
    `(n=…) marks a series the ${r.settings.budgetSecondsPerSeries} s budget stopped early.`,
    ...(r.postgres
      ? [
          'Database: sitrep.db, its -wal and the FTS5 tables on SQLite; on PostgreSQL pg_database_size, the WAL',
          '  directory and the passages with passage_terms (indexes included). Plain FTS5 is SQLite only (–).',
        ]
      : []),
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}. Commit ${r.git ?? '?'}.`,
    ...(r.load
      ? [
          `Load average (1 min) during the run: ${r.load.min}–${r.load.max}, mean ${r.load.mean} (${r.load.samples} samples).`,
        ]
      : []),
  ];
}

const STORE_TITLES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

/** One column per size, and with two stores one per store under each size: SQLite, then PostgreSQL. */
function columnsOf(r: Results): { head: string; size: SizeResult }[] {
  const all = [...r.sizes, ...(r.postgres?.sizes ?? [])];
  const docs = [...new Set(all.map((s) => s.docs))].sort((a, b) => a - b);
  return docs.flatMap((n) =>
    all
      .filter((s) => s.docs === n)
      .map((size) => ({
        head: `${n.toLocaleString('en-GB')} docs${r.postgres ? ` ${STORE_TITLES[size.store ?? 'sqlite']}` : ''}`,
        size,
      })),
  );
}

function targetLines(title: string, targets: TargetCheck[]): string[] {
  if (targets.length === 0) return [];
  return [
    '',
    title,
    ...targets.map(
      (t) =>
        `  ${t.met === null ? '?     ' : t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.measured} (target ${t.limit})`,
    ),
  ];
}

export function table(r: Results): string {
  const columns = columnsOf(r);
  const sizes = columns.map((c) => c.size);
  const head = ['', ...columns.map((c) => c.head)];
  const rows: string[][] = [];
  const row: Row = (label, f) => rows.push([label, ...sizes.map(f)]);
  const section = (label: string) => rows.push([label, ...sizes.map(() => '')]);
  ingestRows(row, sizes);
  section('latency ms p50 / p99 / max');
  for (const name of Object.keys(sizes[0]?.commands ?? {})) row(`  /${name}`, (s) => lat(s.commands[name]));
  searchRows(row, section, Object.keys(r.sizes[0]?.baseline.series ?? {}));
  startRows(row, sizes);
  resourceRows(row);

  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((x) => (x[i] ?? '').length)));
  const fmt = (x: string[]) =>
    x.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const server = r.postgres ? [serverLine(r.postgres.server)] : [];
  return [
    knowledgeLine(r),
    ...server,
    '',
    fmt(head),
    ...rows.map(fmt),
    '',
    ...footnotes(r),
    ...targetLines(r.postgres ? 'Targets (SQLite):' : 'Targets:', r.targets),
    ...targetLines('Targets (PostgreSQL, issue 18):', r.postgres?.targets ?? []),
    ...postgresTables(r),
  ].join('\n');
}

// The benchmark's command line: which stores `--store` measures and in what order, and the replica
// counts of the scaling curve; a bad value stops the run with the option's name.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs, replicaCounts, storesOf } from '../../bench/runner/args.js';

describe('--store', () => {
  it('measures SQLite alone unless told otherwise, so the bench needs no server', () => {
    expect(storesOf(parseBenchArgs([]))).toEqual(['sqlite']);
  });

  it('runs SQLite first with both, so PostgreSQL is asked the questions SQLite drew', () => {
    expect(storesOf(parseBenchArgs(['--store', 'both']))).toEqual(['sqlite', 'postgres']);
    expect(storesOf(parseBenchArgs(['--store', 'postgres']))).toEqual(['postgres']);
  });

  it('refuses another engine, and a database URL when PostgreSQL is not measured', () => {
    expect(() => storesOf(parseBenchArgs(['--store', 'mysql']))).toThrow(
      /--store must be sqlite, postgres or both/,
    );
    expect(() => storesOf(parseBenchArgs(['--database-url', 'postgres://db/x']))).toThrow(
      /--database-url is for PostgreSQL/,
    );
    expect(storesOf(parseBenchArgs(['--store', 'both', '--database-url', 'postgres://db/x']))).toEqual([
      'sqlite',
      'postgres',
    ]);
  });
});

describe('--replicas', () => {
  it('is 1, 2 and 3 by default, sorted and without repeats when given', () => {
    expect(replicaCounts(parseBenchArgs([]).replicas)).toEqual([1, 2, 3]);
    expect(replicaCounts('4, 1,2,1')).toEqual([1, 2, 4]);
  });

  it('measures no curve for 0, and refuses what is no whole positive number', () => {
    expect(replicaCounts('0')).toEqual([]);
    expect(() => replicaCounts('1,two')).toThrow(/--replicas must be a positive number, not "two"/);
    expect(() => replicaCounts('1.5')).toThrow(/whole numbers/);
    expect(() => replicaCounts('-1')).toThrow(/positive/);
  });
});

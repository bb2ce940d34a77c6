// Every advisory lock Sitrep takes on PostgreSQL, in one place: a key is (the "sitr" class, a number), and
// two uses of one key would exclude each other (the elected scheduler holding the writers' key would stop
// every replica from storing a document), so each use gets a number of its own here.
const SITREP = 0x73697472;

/** Taken per transaction by a migration: one migrating process at a time. */
export const MIGRATION_LOCK = [SITREP, 1] as const;
/** Taken per transaction by a document write: one writer at a time, so merges see every earlier write. */
export const WRITER_LOCK = [SITREP, 2] as const;
/** Held for a session by the elected scheduler (leader-election.ts). */
export const LEADER_LOCK = [SITREP, 3] as const;
/** Taken per transaction by a save of the knowledge: saves take turns, the last one's snapshot stays whole. */
export const KNOWLEDGE_LOCK = [SITREP, 4] as const;

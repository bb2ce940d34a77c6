// Every port one database serves, asynchronously: what each engine opens (PostgreSQL natively, SQLite
// wrapped) and the conformance suite holds to the same behaviour. The corpus and sources ports (AsyncStore),
// the field's knowledge, each host's page furniture and the names kept from STIX sources.
import type { KnowledgeStore } from '../../core/knowledge/store.js';
import type { Async, AsyncStore, FurnitureMemory, ImportedNames } from '../../core/ports.js';

export type EngineStore = AsyncStore & KnowledgeStore & Async<FurnitureMemory> & Async<ImportedNames>;

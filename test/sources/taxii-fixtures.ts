// What the TAXII tests serve: partner reports (long enough to be read as documents, one a day), the
// objects around them (their publisher, the actor they name, an indicator Sitrep does not take), and the
// baseline every polling test starts from.
import { ADMIN, type Env, freshEnvEachTest, type TestServer, value } from './helpers.js';
import { type Added, BASIC, serveTaxii, type TaxiiServer } from './taxii-server.js';

/** A fresh env and TAXII server for each test, the env holding the server's credentials. */
export function freshTaxiiEachTest(use: (server: TestServer, env: Env, taxii: TaxiiServer) => void): void {
  freshEnvEachTest(
    (s, e) => use(s, e, serveTaxii(s)),
    (s) => ({ taxiiAuth: (url) => (url.startsWith(s.url('/')) ? BASIC : null) }),
  );
}

const LONG =
  ' The advisory lists the command-and-control servers, the web shells and the accounts used.'.repeat(10);

export function report(n: number, added: string, topic: string, extra: Record<string, unknown> = {}): Added {
  const id = `report--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    added,
    object: {
      type: 'report',
      spec_version: '2.1',
      id,
      created: added,
      modified: added,
      name: `Partner advisory ${n}: ${topic}`,
      published: added,
      description: `${topic} targeted government networks in several countries, the partner agencies said.${LONG}`,
      created_by_ref: 'identity--00000000-0000-4000-8000-00000000aaaa',
      object_refs: ['intrusion-set--00000000-0000-4000-8000-00000000bbbb'],
      ...extra,
    },
  };
}

export const CONTEXT: Added[] = [
  {
    added: '2024-07-01T08:00:00.000Z',
    object: {
      type: 'identity',
      spec_version: '2.1',
      id: 'identity--00000000-0000-4000-8000-00000000aaaa',
      name: 'Partner Agency',
      identity_class: 'organization',
    },
  },
  {
    added: '2024-07-01T08:00:00.000Z',
    object: {
      type: 'intrusion-set',
      spec_version: '2.1',
      id: 'intrusion-set--00000000-0000-4000-8000-00000000bbbb',
      name: 'Volt Typhoon',
      aliases: ['Volt Typhoon', 'BRONZE SILHOUETTE', 'Vanguard Panda'],
      external_references: [{ source_name: 'mitre-attack', external_id: 'G1017' }],
    },
  },
  {
    added: '2024-07-01T08:00:00.000Z',
    object: { type: 'indicator', spec_version: '2.1', id: 'indicator--00000000-0000-4000-8000-00000000cccc' },
  },
];

/** Adds the collection with three reports and the context objects: the baseline. */
export async function addBaseline(env: Env, taxii: TaxiiServer, tlp?: 'amber') {
  taxii.objects.push(
    ...CONTEXT,
    report(1, '2024-07-01T09:00:00.000Z', 'Volt Typhoon'),
    report(2, '2024-07-02T09:00:00.000Z', 'Sandworm'),
    report(3, '2024-07-03T09:00:00.000Z', 'APT40'),
  );
  return value(
    await env.service.addSource(
      { url: taxii.collection, name: 'Partner CTI', ...(tlp ? { tlp } : {}) },
      ADMIN,
    ),
  );
}

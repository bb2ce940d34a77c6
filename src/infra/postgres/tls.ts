// TLS to PostgreSQL as libpq's users know it: `sslmode` (in the URL, else PGSSLMODE), `sslrootcert`,
// `sslcert` and `sslkey` (in the URL, else PGSSLROOTCERT, PGSSLCERT, PGSSLKEY), turned into node's TLS
// options. node-postgres reads these itself with other meanings (its `require` verifies the certificate
// and host, and the URL's settings override any given beside it), so they are taken out of the URL here.
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';

/** The libpq settings that select TLS; what the app hands over from the environment. */
export interface TlsSettings {
  sslmode?: string | undefined;
  sslrootcert?: string | undefined;
  sslcert?: string | undefined;
  sslkey?: string | undefined;
}

const SSL_PARAMS = ['sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'ssl', 'uselibpqcompat', 'sslnegotiation'];
const MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
type Mode = (typeof MODES)[number];

/**
 * The URL without its TLS settings, and node's TLS options (false: no TLS). `disable`, `allow` and
 * `prefer` (libpq's default) connect without TLS: node-postgres cannot try TLS and fall back, so a server
 * that must be reached over TLS needs `require` or stricter. `require` encrypts without checking the
 * certificate, unless a root certificate is given (then it is `verify-ca`, as in libpq); `verify-ca`
 * checks the chain, `verify-full` the chain and the host name.
 */
export function tlsOptions(url: URL, env: TlsSettings = {}): { url: string; ssl: false | ConnectionOptions } {
  const param = (name: keyof TlsSettings) => url.searchParams.get(name) ?? env[name] ?? undefined;
  const mode = readMode(param('sslmode'));
  const stripped = new URL(url.href);
  for (const p of SSL_PARAMS) stripped.searchParams.delete(p);
  if (mode === 'disable' || mode === 'allow' || mode === 'prefer') return { url: stripped.href, ssl: false };
  const rootcert = param('sslrootcert');
  const files = {
    // `system`: the platform's trusted roots, node's default.
    ...(rootcert && rootcert !== 'system' ? { ca: readPem(rootcert, 'sslrootcert') } : {}),
    ...(param('sslcert') ? { cert: readPem(param('sslcert') ?? '', 'sslcert') } : {}),
    ...(param('sslkey') ? { key: readPem(param('sslkey') ?? '', 'sslkey') } : {}),
  };
  const verify: Mode = mode === 'require' && rootcert ? 'verify-ca' : mode;
  if (verify === 'require') return { url: stripped.href, ssl: { ...files, rejectUnauthorized: false } };
  if (verify === 'verify-ca')
    return {
      url: stripped.href,
      ssl: { ...files, rejectUnauthorized: true, checkServerIdentity: () => undefined },
    };
  return { url: stripped.href, ssl: { ...files, rejectUnauthorized: true } };
}

function readMode(value: string | undefined): Mode {
  if (value === undefined || value === '') return 'prefer';
  const mode = MODES.find((m) => m === value);
  if (!mode) throw new Error(`sslmode "${value}" is not one of ${MODES.join(', ')}`);
  return mode;
}

function readPem(path: string, setting: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(
      `cannot read the ${setting} file ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

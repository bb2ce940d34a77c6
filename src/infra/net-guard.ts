// Which addresses Sitrep may fetch from. Private, loopback, link-local, unique-local, multicast and other
// special-purpose ranges are refused, in IPv4 and IPv6, including IPv4 inside IPv6 (mapped, translated,
// compatible, NAT64, 6to4), so a URL cannot reach the host's own services or the cloud metadata endpoint.
import { isIP } from 'node:net';

/** Why an address is not public, or null when it is. */
export function blockedReason(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return ipv4Reason(parseV4(address));
  if (family === 6) return ipv6Reason(address);
  return 'not an IP address';
}

function parseV4(a: string): number[] {
  return a.split('.').map(Number);
}

function ipv4Reason(o: number[]): string | null {
  const [a = 0, b = 0, c = 0] = o;
  if (a === 0) return 'a "this network" address (0.0.0.0/8)';
  if (a === 10) return 'a private address (10.0.0.0/8)';
  if (a === 100 && b >= 64 && b <= 127) return 'a carrier-grade NAT address (100.64.0.0/10)';
  if (a === 127) return 'a loopback address (127.0.0.0/8)';
  if (a === 169 && b === 254) return 'a link-local address (169.254.0.0/16)';
  if (a === 172 && b >= 16 && b <= 31) return 'a private address (172.16.0.0/12)';
  if (a === 192 && b === 0 && c === 0) return 'an IETF protocol address (192.0.0.0/24)';
  if (a === 192 && b === 0 && c === 2) return 'a documentation address (192.0.2.0/24)';
  if (a === 192 && b === 88 && c === 99) return 'a 6to4 relay address (192.88.99.0/24)';
  if (a === 192 && b === 168) return 'a private address (192.168.0.0/16)';
  if (a === 198 && (b === 18 || b === 19)) return 'a benchmarking address (198.18.0.0/15)';
  if (a === 198 && b === 51 && c === 100) return 'a documentation address (198.51.100.0/24)';
  if (a === 203 && b === 0 && c === 113) return 'a documentation address (203.0.113.0/24)';
  if (a >= 224 && a <= 239) return 'a multicast address (224.0.0.0/4)';
  if (a >= 240) return 'a reserved or broadcast address (240.0.0.0/4)';
  return null;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted IPv4 tail expanded). */
export function parseV6(address: string): number[] {
  let a = address.toLowerCase();
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted?.[1]) {
    const [p, q, r, s] = parseV4(dotted[1]);
    a = `${a.slice(0, dotted.index)}${(((p ?? 0) << 8) | (q ?? 0)).toString(16)}:${(((r ?? 0) << 8) | (s ?? 0)).toString(16)}`;
  }
  const [head = '', tail] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => Number.parseInt(g || '0', 16));
}

function ipv6Reason(address: string): string | null {
  const g = parseV6(address);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return 'the unspecified address (::)';
  if (zeroTo(7) && g7 === 1) return 'a loopback address (::1)';
  // Forms that carry an IPv4 address in the last 32 bits and are never a public server's address (IANA's
  // special-purpose registry: not globally reachable): refused whatever IPv4 address they carry, naming it
  // when it is private, since a dual-stack socket connects to that IPv4 address.
  if (zeroTo(5) && g5 === 0xffff) return carried(v4(g6, g7), 'IPv4-mapped', '::ffff:0:0/96');
  if (zeroTo(4) && g4 === 0xffff && g5 === 0)
    return carried(v4(g6, g7), 'IPv4-translated', '::ffff:0:0:0/96');
  if (zeroTo(6)) return carried(v4(g6, g7), 'IPv4-compatible', '::/96');
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1)
    return carried(v4(g6, g7), 'NAT64 local-use', '64:ff9b:1::/48');
  // 64:ff9b::/96 NAT64 and 2002::/16 6to4 are public relays: refused when the IPv4 address they reach is.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return embedded(v4(g6, g7), 'NAT64');
  if (g0 === 0x2002) return embedded(v4(g1, g2), '6to4');
  if ((g0 & 0xffc0) === 0xfe80) return 'a link-local address (fe80::/10)';
  if ((g0 & 0xffc0) === 0xfec0) return 'a site-local address (fec0::/10)';
  if ((g0 & 0xfe00) === 0xfc00) return 'a unique-local address (fc00::/7)';
  if ((g0 & 0xff00) === 0xff00) return 'a multicast address (ff00::/8)';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'a documentation address (2001:db8::/32)';
  if ((g0 & 0xfff0) === 0x3ff0) return 'a documentation address (3fff::/20)';
  if (g0 === 0x5f00) return 'a segment-routing address (5f00::/16)';
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'a discard address (100::/64)';
  if (g0 === 0x2001 && g1 < 0x0200) return 'an IETF protocol address (2001::/23)';
  return null;
}

/** The reason for a form that is refused whatever it carries, naming the IPv4 address when that is private. */
function carried(octets: number[], how: string, range: string): string {
  return embedded(octets, how) ?? `an ${how} IPv6 address (${range}), never a public server's address`;
}

function embedded(octets: number[], how: string): string | null {
  const reason = ipv4Reason(octets);
  return reason ? `${reason.replace(/^an? /, 'an IPv4 ')} inside an ${how} IPv6 address` : null;
}

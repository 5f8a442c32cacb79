import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Which addresses inside private networks a fetch may reach. */
export interface PrivateAddressPolicy {
  /** Any of them: the operator's own network (also what the offline tests use). */
  allowPrivate?: boolean | undefined;
  /** These host names or IP literals only, compared without case and port. */
  allowHosts?: readonly string[] | undefined;
}

/** Address ranges no page link or redirect may reach by default, by the name a refusal gives them. */
const RANGES: [label: string, subnets: [network: string, prefix: number, family: 'ipv4' | 'ipv6'][]][] = [
  [
    'unspecified',
    [
      ['0.0.0.0', 8, 'ipv4'],
      ['::', 128, 'ipv6'],
    ],
  ],
  [
    'loopback',
    [
      ['127.0.0.0', 8, 'ipv4'],
      ['::1', 128, 'ipv6'],
    ],
  ],
  [
    'RFC 1918',
    [
      ['10.0.0.0', 8, 'ipv4'],
      ['172.16.0.0', 12, 'ipv4'],
      ['192.168.0.0', 16, 'ipv4'],
    ],
  ],
  ['unique local', [['fc00::', 7, 'ipv6']]],
  [
    'link-local',
    [
      ['169.254.0.0', 16, 'ipv4'],
      ['fe80::', 10, 'ipv6'],
    ],
  ],
  ['CGNAT', [['100.64.0.0', 10, 'ipv4']]],
];

const BLOCKS = RANGES.map(([label, subnets]) => {
  const list = new BlockList();
  for (const [network, prefix, family] of subnets) list.addSubnet(network, prefix, family);
  return { label, list };
});

/** The kind of private address this is ("loopback", "link-local"...), or null for a public one. IPv4-mapped IPv6 counts as its IPv4. */
export function privateAddressKind(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return BLOCKS.find((b) => b.list.check(address, type))?.label ?? null;
}

/** A fetch refused by the policy: final, never retried. */
export class PrivateAddressRefused extends Error {}

const ALLOW_HINT = 'set fetch.allowPrivate or list the host in fetch.allowHosts to allow it';

/** The URL's host without IPv6 brackets, lower case. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function allowsHost(policy: PrivateAddressPolicy, host: string): boolean {
  return policy.allowPrivate === true || (policy.allowHosts ?? []).some((h) => h.replace(/^\[|\]$/g, '').toLowerCase() === host);
}

/**
 * How to connect to `url` under the policy: null when anything goes, else a
 * DNS lookup for the socket that refuses private results. The check runs on
 * the address the socket then connects to, so a name that resolves to a public
 * address when asked and to 127.0.0.1 a moment later (DNS rebinding) gains
 * nothing. An IP literal is never looked up, so it is checked here, at once.
 */
export function guardedLookup(url: URL, policy: PrivateAddressPolicy): LookupFunction | null {
  const host = bareHost(url);
  if (allowsHost(policy, host)) return null;
  const literal = privateAddressKind(host);
  if (literal) throw new PrivateAddressRefused(`refused: ${host} is a private address (${literal}); ${ALLOW_HINT}`);
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const usable = addresses.filter((a) => privateAddressKind(a.address) === null);
      if (usable.length === 0) {
        const first = addresses[0];
        const why = first ? `${hostname} resolves to ${first.address}, a private address (${privateAddressKind(first.address)})` : `${hostname} has no address`;
        return callback(new PrivateAddressRefused(`refused: ${why}; ${ALLOW_HINT}`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

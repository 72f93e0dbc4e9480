import { lookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';

/**
 * Addresses a URL upload must never reach: the machine itself, private and link-local networks, multicast (SSRF
 * through the engine). IPv4 written inside IPv6 (`::ffff:127.0.0.1`, which the URL parser rewrites to
 * `::ffff:7f00:1`; `::127.0.0.1`; NAT64 `64:ff9b::7f00:1`) is judged as the IPv4 address it carries.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return isPrivateV4(address);
  if (family !== 6) return true; // not an address at all: never a reason to connect
  const groups = ipv6Groups(address);
  const embedsV4 =
    groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0xffff || groups[5] === 0) ||
    (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0));
  if (embedsV4 && !(groups.slice(0, 6).every((g) => g === 0) && groups[6] === 0 && groups[7] <= 1)) {
    return isPrivateV4([groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.'));
  }
  const first = groups[0];
  return groups.every((g, i) => g === 0 || (i === 7 && g === 1)) // :: and ::1
    || (first & 0xfe00) === 0xfc00 // fc00::/7 unique local
    || (first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0 // link-local, old site-local
    || (first & 0xff00) === 0xff00; // multicast
}

function isPrivateV4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) || a >= 224;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted IPv4 turned into two groups). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * An HTTP agent that resolves names itself and refuses private addresses at connect time, so a name that resolves
 * to 127.0.0.1 (or changes its answer between a check and the connect) cannot reach the machine.
 */
export function publicOnlyAgent(): Agent {
  return new Agent({
    connect: {
      lookup: (hostname, options, callback) => {
        lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
          if (error) return callback(error, []);
          const blocked = addresses.find((a) => isPrivateAddress(a.address));
          if (blocked) return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' }), []);
          callback(null, addresses);
        });
      },
    },
  });
}

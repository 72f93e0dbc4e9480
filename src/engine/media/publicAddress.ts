import { lookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';

/** Addresses a URL upload must never reach: the machine itself and private networks (SSRF through the engine). */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, '');
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80');
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

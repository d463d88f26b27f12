import net from 'node:net';

/**
 * Which proxies in front of the app may be believed when they say who the client is. By default
 * none: the client is the socket's peer and `X-Forwarded-For` is ignored, because anyone can send
 * it. Behind a load balancer set TRUSTED_PROXY_HOPS (how many proxies append to the header) or
 * TRUSTED_PROXIES (their addresses or CIDR ranges, comma-separated).
 */
export interface ProxyTrust {
  hops: number;
  proxies: net.BlockList | null;
}

export const NO_TRUST: ProxyTrust = { hops: 0, proxies: null };

export function parseProxyTrust(env: Record<string, string | undefined>): ProxyTrust {
  const hopsRaw = env.TRUSTED_PROXY_HOPS?.trim();
  const hops = hopsRaw ? Number(hopsRaw) : 0;
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number 0–10, got "${hopsRaw}"`);
  const list = (env.TRUSTED_PROXIES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.length) return { hops, proxies: null };
  const proxies = new net.BlockList();
  for (const item of list) {
    const [addr, bits] = item.split('/');
    const family = net.isIP(addr);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${item}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) proxies.addAddress(addr, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: bad prefix in "${item}"`);
      proxies.addSubnet(addr, prefix, type);
    }
  }
  return { hops, proxies };
}

/** A valid IP address in its plain form (IPv4-mapped IPv6 becomes IPv4), or null. */
export function normalizeIp(value: string | undefined | null): string | null {
  if (!value) return null;
  let v = value.trim();
  // "[::1]:1234" or "1.2.3.4:1234" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'));
  if (v.length > 45 || !net.isIP(v)) return null;
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(v);
  return mapped ? mapped[1] : v.toLowerCase();
}

const isTrustedProxy = (trust: ProxyTrust, ip: string) => !!trust.proxies?.check(ip, net.isIP(ip) === 6 ? 'ipv6' : 'ipv4');

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case we
 * walk `X-Forwarded-For` from the right past trusted hops. Anything malformed stops the walk at
 * the last address we could vouch for; an oversized header is cut, never an error.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string | null {
  const peer = normalizeIp(socketAddress);
  if (!peer || (trust.hops === 0 && !trust.proxies)) return peer;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  // Only the right-most entries can have been written by our proxies.
  const chain = raw.slice(-2000).split(',').slice(-20).map((s) => s.trim()).filter(Boolean);
  let client = peer;
  let hopsLeft = trust.hops;
  for (let i = chain.length - 1; i >= 0; i--) {
    const trustedNow = hopsLeft > 0 || isTrustedProxy(trust, client);
    if (!trustedNow) break;
    const next = normalizeIp(chain[i]);
    if (!next) break;
    client = next;
    if (hopsLeft > 0) hopsLeft--;
  }
  return client;
}

import { describe, expect, it } from 'vitest';
import { clientAddress, NO_TRUST, normalizeIp, parseProxyTrust } from '@/lib/http/client-ip';
import { CLIENT_IP_HEADER } from '@/lib/http/headers';
import { trustedClientIp } from '@/lib/http/request-ip';

// Issue 12, finding 1: the client address comes from the socket unless a configured proxy vouches.

describe('client address', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted', () => {
    expect(clientAddress('203.0.113.5', '1.2.3.4', NO_TRUST)).toBe('203.0.113.5');
    expect(clientAddress('::ffff:203.0.113.5', '1.2.3.4, 5.6.7.8', NO_TRUST)).toBe('203.0.113.5');
    expect(clientAddress(undefined, '1.2.3.4', NO_TRUST)).toBeNull();
  });

  it('with TRUSTED_PROXY_HOPS takes the entry that many hops from the right, never one the client wrote', () => {
    const one = parseProxyTrust({ TRUSTED_PROXY_HOPS: '1' });
    // The client forged "6.6.6.6"; the proxy appended the real address last.
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7', one)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', undefined, one)).toBe('10.0.0.2');
    const two = parseProxyTrust({ TRUSTED_PROXY_HOPS: '2' });
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.9', two)).toBe('198.51.100.7');
  });

  it('with TRUSTED_PROXIES walks past the listed proxies only', () => {
    const trust = parseProxyTrust({ TRUSTED_PROXIES: '10.0.0.0/8, 2001:db8::1' });
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.7, 10.9.9.9', trust)).toBe('198.51.100.7');
    expect(clientAddress('2001:db8::1', '198.51.100.8', trust)).toBe('198.51.100.8');
    // A peer that is not a listed proxy: its header is not believed.
    expect(clientAddress('198.51.100.50', '6.6.6.6', trust)).toBe('198.51.100.50');
  });

  it('never breaks on a malformed or oversized header: stops at the last address it can vouch for', () => {
    const one = parseProxyTrust({ TRUSTED_PROXY_HOPS: '1' });
    expect(clientAddress('10.0.0.2', 'x'.repeat(100_000), one)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', "1.2.3.4'); drop table users; --", one)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', `${'1.1.1.1, '.repeat(5000)}198.51.100.9`, one)).toBe('198.51.100.9');
  });

  it('refuses a bad configuration at start-up', () => {
    expect(() => parseProxyTrust({ TRUSTED_PROXY_HOPS: 'dwa' })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseProxyTrust({ TRUSTED_PROXIES: '10.0.0.0/99' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseProxyTrust({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/TRUSTED_PROXIES/);
  });

  it('normalises and validates addresses', () => {
    expect(normalizeIp('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeIp('198.51.100.1:8080')).toBe('198.51.100.1');
    expect(normalizeIp('999.1.1.1')).toBeNull();
    expect(normalizeIp('a'.repeat(200))).toBeNull();
  });

  it('the app reads only the header the front server sets, and checks it again', () => {
    const headers = new Map([[CLIENT_IP_HEADER, '198.51.100.3'], ['x-forwarded-for', '6.6.6.6']]);
    expect(trustedClientIp((n) => headers.get(n))).toBe('198.51.100.3');
    expect(trustedClientIp((n) => new Map([['x-forwarded-for', '6.6.6.6']]).get(n))).toBeNull();
    expect(trustedClientIp((n) => new Map([[CLIENT_IP_HEADER, 'x'.repeat(500)]]).get(n))).toBeNull();
  });
});

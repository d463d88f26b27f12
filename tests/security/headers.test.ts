import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, servedOverHttps } from '@/lib/http/security-headers';

// Issue 12, finding 8: a script policy with a per-request nonce instead of 'unsafe-inline'; HSTS
// (and Secure cookies, lib/auth/options.ts) when the public address is https.

describe('security headers', () => {
  it('allow scripts only with the nonce, never inline', () => {
    const csp = contentSecurityPolicy('abcDEF123456789+/==');
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toContain("'nonce-abcDEF123456789+/=='");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('send HSTS only over https', () => {
    expect(servedOverHttps('https://kooperacja.rops.pl')).toBe(true);
    expect(servedOverHttps('http://localhost:3000')).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
    expect(securityHeaders({ nonce: 'n'.repeat(24), https: true })['Strict-Transport-Security']).toMatch(/max-age=31536000/);
    expect(securityHeaders({ nonce: 'n'.repeat(24), https: false })).not.toHaveProperty('Strict-Transport-Security');
  });
});

/**
 * Response headers the front server (scripts/serve.ts) puts on every answer. The script policy
 * allows only scripts carrying this request's nonce (Next.js reads it from the request's
 * Content-Security-Policy header and stamps it on its own scripts); every page is rendered per
 * request, so each gets a fresh one.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** True when the public address is https: then HSTS is sent and cookies are Secure. */
export const servedOverHttps = (publicUrl = process.env.NEXTAUTH_URL) => !!publicUrl && publicUrl.startsWith('https://');

export function securityHeaders(opts: { nonce: string; https: boolean; dev?: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(opts.nonce, opts.dev),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(opts.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

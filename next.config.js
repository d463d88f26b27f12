// @ts-check
const isDev = process.env.NODE_ENV !== 'production';

// Next's App Router injects inline bootstrap scripts, so script-src needs 'unsafe-inline'
// unless every page is rendered with a per-request nonce; the rest is locked down.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native (argon2) and WASM (PGlite) packages must be loaded by Node, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'argon2', 'postgres'],
  // Signed scans of agreements may be up to 10 MB (lib/files.ts); server actions allow 1 MB by default.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '11mb' } },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;

// @ts-check
// Security headers — the Content-Security-Policy with a per-request script nonce, HSTS and the
// rest — are set on every response by the front server, scripts/serve.ts
// (lib/http/security-headers.ts).

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native (argon2, sharp) and WASM (PGlite) packages must be loaded by Node, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'argon2', 'postgres', 'sharp'],
  // Uploads may be up to 10 MB (lib/files-limits.ts); server actions allow 1 MB by default. The
  // margin covers the multipart framing and the form's other fields.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '12mb' } },
  poweredByHeader: false,
};

export default nextConfig;

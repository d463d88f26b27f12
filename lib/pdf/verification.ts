import crypto from 'node:crypto';

/*
 * Verification codes printed on issued documents (agreements, certificates) so that a reader can
 * check a paper copy against the register. Crockford base32: no I, L, O, U, so a code read aloud
 * or retyped is hard to get wrong; 12 characters = 60 random bits, grouped 4-4-4.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new random code, e.g. "7K3M-Q9PD-X2RT". Store it normalised (see normalizeVerificationCode). */
export function newVerificationCode(): string {
  const bytes = crypto.randomBytes(12);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return formatVerificationCode(out);
}

/** What a person typed → the stored form: upper case, no separators, O→0, I/L→1. Null if malformed. */
export function normalizeVerificationCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(s) ? s : null;
}

/** "7K3MQ9PDX2RT" → "7K3M-Q9PD-X2RT". */
export function formatVerificationCode(code: string): string {
  return code.replace(/[\s-]+/g, '').match(/.{1,4}/g)?.join('-') ?? code;
}

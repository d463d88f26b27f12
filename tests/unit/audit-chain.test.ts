import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainOf, chainPayload, entryHash, GENESIS_HASH, type ChainFields } from '@/lib/audit-chain';

/*
 * The payload each audit entry's hash covers (lib/audit-chain.ts; migration 0016 builds the same in
 * SQL): every field as "-" (null) or "<UTF-8 byte length>:<text>", joined by "|", so no two
 * different entries give the same text.
 */

const base: ChainFields = {
  prevHash: GENESIS_HASH,
  chain: 3,
  seq: 1,
  atText: '2027-03-31T10:00:00.123456Z',
  userId: null,
  userEmail: null,
  role: null,
  action: 'case.opened',
  entityType: 'case',
  entityId: '17',
  voivodeshipId: 3,
  ipText: null,
  foldKey: null,
  detailsText: null,
};

describe('the payload', () => {
  it('encodes each field as its byte length and text, null as "-", in a fixed order', () => {
    expect(chainPayload({ ...base, userEmail: 'a@b.pl', role: 'rops_admin', ipText: '10.0.0.1', detailsText: '{"what": "ipp"}' })).toBe(
      `64:${'0'.repeat(64)}|1:3|1:1|27:2027-03-31T10:00:00.123456Z|-|6:a@b.pl|10:rops_admin|11:case.opened|4:case|2:17|1:3|8:10.0.0.1|-|15:{"what": "ipp"}`,
    );
  });

  it('tells null from the empty text', () => {
    expect(chainPayload({ ...base, entityId: '' })).toContain('|4:case|0:|1:3|');
    expect(chainPayload({ ...base, entityId: null })).toContain('|4:case|-|1:3|');
    expect(entryHash({ ...base, entityId: '' })).not.toBe(entryHash({ ...base, entityId: null }));
  });

  it('counts the length in UTF-8 bytes, not characters (Polish letters: 2 bytes, an emoji: 4)', () => {
    expect(chainPayload({ ...base, userEmail: 'zażółć@x.pl' })).toContain('|15:zażółć@x.pl|');
    expect(chainPayload({ ...base, detailsText: '{"a": "😀"}' })).toMatch(/\|13:\{"a": "😀"\}$/);
  });

  it('cannot be shifted between fields: a separator inside a value changes the payload', () => {
    const a = entryHash({ ...base, userEmail: 'x|1:y', role: null });
    const b = entryHash({ ...base, userEmail: 'x', role: 'y' });
    expect(a).not.toBe(b);
  });

  it('is the SHA-256 of the payload in hex, and covers the previous hash', () => {
    const want = crypto.createHash('sha256').update(chainPayload(base), 'utf8').digest('hex');
    expect(entryHash(base)).toBe(want);
    expect(entryHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash({ ...base, prevHash: 'f'.repeat(64) })).not.toBe(want);
    expect(entryHash({ ...base, seq: 2 })).not.toBe(want);
  });

  it('chains entries of no województwo as chain 0', () => {
    expect(chainOf(null)).toBe(0);
    expect(chainOf(undefined)).toBe(0);
    expect(chainOf(12)).toBe(12);
  });
});

import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATUSES, isInForce, type DocumentStatusValue } from '@/lib/documents/lifecycle';

// "In force" decides whether an annex or a declaration of accession may still be made to an
// agreement: an agreement amended by an annex still binds; a terminated one does not.
describe('which agreement states are in force', () => {
  const expected: Record<DocumentStatusValue, boolean> = { draft: false, ready: false, signed: true, amended: true, terminated: false };
  it.each(DOCUMENT_STATUSES.map((s) => [s, expected[s]] as const))('%s: in force = %s', (status, inForce) => {
    expect(isInForce(status)).toBe(inForce);
  });
});

/**
 * The numbers of the demo's cases (db/seed/demo-cases.ts). The demo is a fixed story set in
 * 2026, not "this year": tests that follow it name its cases through these.
 */
export const DEMO_CASE = {
  /** The case study: qualified, IPP with the school's task, the school on its team. */
  study: 'R/2026/0001',
  /** A referral waiting for qualification. */
  referral: 'R/2026/0002',
  /** Goals reached, in after-care. */
  afterCare: 'R/2026/0003',
  /** Consent withdrawn, closed 12.11.2026: its retention runs (issue 16). */
  closed: 'R/2026/0004',
} as const;

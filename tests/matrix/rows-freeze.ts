import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { dataRequests, voivodeships, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { accessSummaryPdf, exportForRequest } from '@/lib/rodo/access-summary';
import { PODLASKIE } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * The answer to a request of access (RODO art. 15; lib/rodo/access-summary.tsx): the case export and
 * the summary PDF of the data and their consultations. Only the ROPS administrator of the request's
 * województwo ('data_request.manage', scoped); the one of another województwo does not find the
 * request; every other role — the case's own key worker and animators included — is refused
 * (FORBIDDEN): they export through the case itself.
 */

let requestId: number;

async function setup() {
  const [v] = await getDb().select({ id: voivodeships.id }).from(voivodeships).where(eq(voivodeships.teryt, PODLASKIE));
  [{ id: requestId }] = await getDb()
    .insert(dataRequests)
    .values({
      number: `RODO/${clock.year()}/9001`,
      voivodeshipId: v.id,
      kind: 'access',
      requesterName: 'Osoba Wnioskująca',
      caseId: m.caseId,
      receivedOn: clock.today(),
      dueOn: clock.today(),
      createdBy: m.s.gops.userId,
    })
    .returning({ id: dataRequests.id });
}

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
const EXPECT: Partial<Record<Role, MatrixRow['expect']>> = {
  rops_admin: row('allow', '-', '-', NF, FB, FB, FB),
  rops_adviser: row(FB, '-', '-', FB, FB, FB, FB),
  gops_animator: row(FB, FB, FB, FB, FB, FB, FB),
  pcpr_animator: row(FB, '-', FB, FB, FB, FB, FB),
};
const NOTES: Partial<Record<Role, string>> = {
  rops_admin: 'scoped to the request’s województwo: another województwo’s administrator does not find it',
  rops_adviser: 'supervision of cases is not the handling of requests',
  gops_animator: 'inside: an animator of the case exports through the case (lib/cases/export.ts), not through a request',
};

const rowsFor = (fn: string, call: (a: Actor) => Promise<unknown>): MatrixRow[] =>
  (Object.entries(EXPECT) as [Role, MatrixRow['expect']][]).map(([role, expect]) => ({ fn, role, call, expect, note: NOTES[role] }));

const rows: MatrixRow[] = [
  ...rowsFor('lib/rodo/access-summary.tsx#exportForRequest', (a) => exportForRequest(a, requestId)),
  ...rowsFor('lib/rodo/access-summary.tsx#accessSummaryPdf', (a) => accessSummaryPdf(a, requestId)),
];

export default { setup, rows } satisfies RowModule;

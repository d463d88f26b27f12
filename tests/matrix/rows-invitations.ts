import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { invitations } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getPzkInvitations, invitePeople, invitePerson, listInvitations, revokeInvitation } from '@/lib/accounts/invitations';
import { JANOW, makeInstitution, uid, unit } from '../factories';
import { FOREIGN_GMINA, columnOf, m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Invitations (issue 15, item 5): the PCPR animator managing Janów's PZK invites people of its
 * member institutions (invitation.send + pzk.manage); the rest of the team may not; whoever does not
 * take part in the PZK does not find it. The ROPS administrator lists and revokes the invitations of
 * the województwo (invitation.review); another województwo's invitation is not found.
 */

let homeInvitationId: number;
let foreignInvitationId: number;

/** An invitation written straight into the table (a pending one, in Janów or in mazowieckie). */
async function pendingInvitation(teryt: string, institutionId: number, pzkId: number) {
  const place = await unit(teryt);
  const [r] = await getDb()
    .insert(invitations)
    .values({
      tokenHash: crypto.randomBytes(32).toString('hex'),
      email: `zaproszona.${uid()}@test.kooperacja.pl`,
      name: 'Osoba Zaproszona',
      jobTitle: 'Pedagog',
      institutionId,
      pzkId,
      voivodeshipId: place.voivodeshipId,
      powiatId: place.powiatId,
      gminaId: place.gminaId,
      invitedBy: m.s.pcpr.userId,
      invitedByName: 'Animator PCPR',
      expiresAt: new Date(Date.parse('2099-01-01T00:00:00Z')),
    })
    .returning({ id: invitations.id });
  return r.id;
}

async function setup() {
  homeInvitationId = await pendingInvitation(JANOW, m.guest.scope.institutionId!, m.s.pzk.id);
  foreignInvitationId = await pendingInvitation(FOREIGN_GMINA, (await makeInstitution(FOREIGN_GMINA, 'school')).id, m.foreignPzk.id);
}

const pzkId = () => m.s.pzk.id;
/** A member institution of Janów's PZK: the guest's, on the member list. */
const person = () => ({ pzkId: pzkId(), email: `nowa.${uid()}@test.kooperacja.pl`, name: 'Nowa Osoba', jobTitle: 'Pedagog szkolny', institutionId: m.guest.scope.institutionId });
const list = () => ({ pzkId: pzkId(), text: `nowa.${uid()}@test.kooperacja.pl;Nowa Osoba;Pedagog;${m.guest.scope.institutionId}` });

async function page(a: Actor) {
  const r = await getPzkInvitations(a, pzkId());
  if (!r.invitations.some((i) => i.id === homeInvitationId)) throw new Error('the PZK’s invitation is not listed');
  return r;
}

/** The administrator's list: its own województwo's invitations, never the other's. */
async function listed(a: Actor) {
  const ids = new Set((await listInvitations(a)).map((i) => i.id));
  const home = (await columnOf('rops_admin', a)) === 'inside';
  const [own, other] = home ? [homeInvitationId, foreignInvitationId] : [foreignInvitationId, homeInvitationId];
  if (!ids.has(own) || ids.has(other)) throw new Error(`the invitations of ${home ? 'podlaskie' : 'mazowieckie'} are not listed exactly`);
}

/** Revokes a fresh pending invitation of Janów; a refused call must leave it pending. */
async function revoke(a: Actor) {
  const id = await pendingInvitation(JANOW, m.guest.scope.institutionId!, pzkId());
  try {
    return await revokeInvitation(a, { invitationId: id });
  } catch (e) {
    const [r] = await getDb().select({ revokedAt: invitations.revokedAt }).from(invitations).where(eq(invitations.id, id));
    if (r.revokedAt) throw new Error('refused, yet the invitation was revoked');
    throw e;
  }
}

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
/** The PCPR animator of the powiat manages the PZK; another powiat's or województwo's does not find it. */
const PCPR = row('allow', '-', NF, NF, FB, NF, NF);
/** Taking part is not managing: the GOPS animator and the members are refused, outsiders do not find the PZK. */
const TEAM = row(FB, NF, NF, NF, FB, NF, NF);
const TEAM_NOTE = 'only the PCPR animator managing the PZK invites (pzk.manage + invitation.send)';

const rows: MatrixRow[] = [
  { fn: 'lib/accounts/invitations.ts#getPzkInvitations', role: 'pcpr_animator', call: page, expect: PCPR },
  { fn: 'lib/accounts/invitations.ts#getPzkInvitations', role: 'network_worker', call: page, expect: row('allow', NF, NF, NF, FB, NF, NF) },
  { fn: 'lib/accounts/invitations.ts#getPzkInvitations', role: 'gops_animator', call: page, expect: TEAM, note: TEAM_NOTE },
  { fn: 'lib/accounts/invitations.ts#invitePerson', role: 'pcpr_animator', call: (a) => invitePerson(a, person()), expect: PCPR },
  { fn: 'lib/accounts/invitations.ts#invitePerson', role: 'network_worker', call: (a) => invitePerson(a, person()), expect: row('allow', NF, NF, NF, FB, NF, NF), note: 'Kooperacje 3D: the network worker invites to its own gmina\'s PZK; Dąbrowa\'s (same powiat) does not find Janów\'s' },
  { fn: 'lib/accounts/invitations.ts#invitePerson', role: 'pzk_member', call: (a) => invitePerson(a, person()), expect: TEAM, note: TEAM_NOTE },
  { fn: 'lib/accounts/invitations.ts#invitePeople', role: 'pcpr_animator', call: (a) => invitePeople(a, list()), expect: PCPR },
  { fn: 'lib/accounts/invitations.ts#invitePeople', role: 'gops_animator', call: (a) => invitePeople(a, list()), expect: TEAM, note: TEAM_NOTE },
  { fn: 'lib/accounts/invitations.ts#listInvitations', role: 'rops_admin', call: listed, expect: row('allow', '-', '-', 'allow', FB, FB, FB), note: 'allow = the invitations of its own województwo only' },
  { fn: 'lib/accounts/invitations.ts#listInvitations', role: 'rops_adviser', call: listed, expect: row(FB, '-', '-', FB, FB, FB, FB), note: 'invitations are reviewed by the ROPS administrator' },
  { fn: 'lib/accounts/invitations.ts#revokeInvitation', role: 'rops_admin', call: revoke, expect: row('allow', '-', '-', NF, FB, FB, FB) },
  { fn: 'lib/accounts/invitations.ts#revokeInvitation', role: 'pcpr_animator', call: revoke, expect: row(FB, '-', FB, FB, FB, FB, FB), note: 'the animator invites; only ROPS revokes' },
];

export default { setup, rows } satisfies RowModule;

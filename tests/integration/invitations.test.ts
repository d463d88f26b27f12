import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, invitations, pzkMembers, pzks, roleAssignments, users } from '@/db/schema';
import {
  acceptInvitation,
  getPzkInvitations,
  hashToken,
  invitePeople,
  invitePerson,
  listInvitations,
  openInvitation,
  revokeInvitation,
} from '@/lib/accounts/invitations';
import type { Actor } from '@/lib/auth/actor';
import { verifyLogin } from '@/lib/auth/login';
import { clock } from '@/lib/clock';
import { isSessionOpen } from '@/lib/auth/sessions';
import { AppError } from '@/lib/errors';
import { getTrack } from '@/lib/implementations/tracks';
import { addMember } from '@/lib/pzk/members';
import { CHOROSZCZ, JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, makeInstitution, uid, unit } from '../factories';
import { accepted } from '../implementation-factories';

/*
 * Invitations instead of a queue at ROPS (issue 15, item 5): the PCPR animator of powiat sokólski
 * invites people of the member institutions of Janów's PZK; the invited person sets a password and
 * works at once as "Członek PZK"; the ROPS administrator of podlaskie sees and revokes.
 */

const db = () => getDb();
const PASSWORD = 'nowe-haslo-pedagoga';

let pcpr: Actor;
let ropsAdmin: Actor;
let pzkId: number;
let school: { id: number; name: string };
let clinic: { id: number; name: string };
/** An institution of the powiat that is not on the team. */
let outsider: { id: number; name: string };

beforeAll(async () => {
  pcpr = await makeActor('pcpr_animator', SOKOLSKI);
  ropsAdmin = await makeActor('rops_admin', PODLASKIE);
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, [JANOW]);
  const track = (await getTrack(rops, trackIds[0])).track;
  [{ id: pzkId }] = await db().select({ id: pzks.id }).from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
  school = await makeInstitution(JANOW, 'school', 'Szkoła Podstawowa w Janowie');
  clinic = await makeInstitution(JANOW, 'health', 'Ośrodek Zdrowia w Janowie');
  outsider = await makeInstitution(JANOW, 'ngo', 'Stowarzyszenie spoza zespołu');
  await addMember(pcpr, { pzkId, institutionId: school.id, name: 'Dyrekcja szkoły', function: 'Dyrektor', teamRole: 'invited', email: '' });
  await addMember(pcpr, { pzkId, institutionId: clinic.id, name: 'Kierownik ośrodka', function: 'Kierownik', teamRole: 'invited', email: '' });
});

const email = (who = 'osoba') => `${who}.${uid()}@szkola-janow.pl`;
const person = (overrides: Record<string, unknown> = {}) => ({ pzkId, email: email(), name: 'Anna Pedagog', jobTitle: 'Pedagog szkolny', institutionId: school.id, ...overrides });

/** The link's token, as the e-mail carries it. */
async function tokenSentTo(address: string) {
  const mails = await db().select().from(emailOutbox).where(eq(emailOutbox.toEmail, address));
  expect(mails).toHaveLength(1);
  const m = mails[0].body.match(/\/zaproszenie\/([A-Za-z0-9_-]{43})/);
  expect(m).not.toBeNull();
  return m![1];
}

async function invited(overrides: Record<string, unknown> = {}) {
  const input = person(overrides);
  await invitePerson(pcpr, input);
  return { input, token: await tokenSentTo(input.email) };
}

async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const accept = (token: string, overrides: Record<string, unknown> = {}) => acceptInvitation({ token, name: 'Anna Pedagog-Nowak', password: PASSWORD, passwordConfirm: PASSWORD, ...overrides }, '203.0.113.5');

describe('the PCPR animator invites', () => {
  it('one person: the e-mail carries the link, institution and inviter; only the hash is stored', async () => {
    const { input, token } = await invited();
    const [mail] = await db().select().from(emailOutbox).where(eq(emailOutbox.toEmail, input.email));
    expect(mail).toMatchObject({ kind: 'account_invitation', toUserId: null, subject: 'Zaproszenie do Platformy Modelu Kooperacji' });
    expect(mail.body).toContain('Szkoła Podstawowa w Janowie');
    expect(mail.body).toContain(pcpr.name);
    expect(mail.body).toContain('PZK gminy Janów');

    const [row] = await db().select().from(invitations).where(eq(invitations.email, input.email));
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const [{ n }] = await db().select({ n: sql<number>`count(*)::int` }).from(invitations).where(sql`${invitations}::text like ${'%' + token + '%'}`);
    expect(n).toBe(0);
    // Valid 7 days from now, stamped with the institution's place.
    const days = (row.expiresAt.getTime() - clock.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(row).toMatchObject({ institutionId: school.id, pzkId, voivodeshipId: (await unit(JANOW)).voivodeshipId, invitedBy: pcpr.userId });

    const page = await getPzkInvitations(pcpr, pzkId);
    expect(page.invitations.find((i) => i.email === input.email)?.status).toBe('pending');
    expect(page.institutions.map((i) => i.name)).toEqual(expect.arrayContaining(['Szkoła Podstawowa w Janowie', 'Ośrodek Zdrowia w Janowie']));
    expect(page.institutions.map((i) => i.id)).not.toContain(outsider.id);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'invitation.sent'), eq(auditLog.entityId, String(row.id))));
    expect(entry.userId).toBe(pcpr.userId);
  });

  it('refuses an institution outside the team, an address with an account, and one invited already', async () => {
    expect((await failure(invitePerson(pcpr, person({ institutionId: outsider.id })))).fieldErrors?.institutionId?.[0]).toMatch(/nie należy do zespołu/);
    const existing = await makeActor('gops_animator', JANOW);
    expect((await failure(invitePerson(pcpr, person({ email: existing.email })))).fieldErrors?.email?.[0]).toMatch(/^Konto z adresem .* już istnieje/);
    const { input } = await invited();
    expect((await failure(invitePerson(pcpr, person({ email: input.email })))).fieldErrors?.email?.[0]).toMatch(/ma już ważne zaproszenie/);
  });

  it('a list with wrong rows sends nothing and names every wrong row with its line', async () => {
    const existing = await makeActor('gops_animator', JANOW);
    const { input: pendingOne } = await invited();
    const dup = email('dup');
    const good = email('dobry');
    const csv =
      '\uFEFFe-mail,imię i nazwisko,stanowisko,instytucja\r\n' +
      `${good},Jan Dobry,Pedagog,Szkoła Podstawowa w Janowie\r\n` + // line 2: fine
      'nie-adres,Ewa Zła,Psycholog,Szkoła Podstawowa w Janowie\r\n' + // 3: bad e-mail
      `${email()},,Pielęgniarka,Ośrodek Zdrowia w Janowie\r\n` + // 4: no name
      `${email()},Olga Obca,Prezes,Stowarzyszenie spoza zespołu\r\n` + // 5: not a member institution
      `${existing.email},Konto Jest,Pracownik,Szkoła Podstawowa w Janowie\r\n` + // 6: has an account
      `${pendingOne.email},Już Zaproszona,Pedagog,Szkoła Podstawowa w Janowie\r\n` + // 7: invited already
      `${dup},Pierwszy Raz,Pedagog,Szkoła Podstawowa w Janowie\r\n` + // 8: fine
      `${dup.toUpperCase()},Drugi Raz,Pedagog,Szkoła Podstawowa w Janowie\r\n`; // 9: duplicate of 8
    const e = await failure(invitePeople(pcpr, { pzkId, text: csv }));
    expect(e.code).toBe('INVALID');
    expect(e.message).toBe('Nie wysłano żadnego zaproszenia — popraw 6 wierszy listy i wyślij ją ponownie.');
    const messages = e.fieldErrors!.text;
    expect(messages).toHaveLength(6);
    expect(messages[0]).toBe('Wiersz 3: niepoprawny adres e-mail „nie-adres”.');
    expect(messages[1]).toBe('Wiersz 4: brak imienia i nazwiska.');
    expect(messages[2]).toBe('Wiersz 5: nieznana instytucja „Stowarzyszenie spoza zespołu” — nie należy do tego zespołu.');
    expect(messages[3]).toMatch(/^Wiersz 6: konto z adresem .* już istnieje/);
    expect(messages[4]).toMatch(/^Wiersz 7: .* ma już ważne zaproszenie/);
    expect(messages[5]).toBe('Wiersz 9: adres e-mail powtórzony (pierwszy raz w wierszu 8).');
    // Nothing went out, not even to the good rows.
    expect(await db().select().from(invitations).where(inArray(invitations.email, [good, dup]))).toHaveLength(0);
    expect(await db().select().from(emailOutbox).where(inArray(emailOutbox.toEmail, [good, dup]))).toHaveLength(0);
  });

  it('a correct list invites everyone: institution by name in any case, or the one chosen for the list', async () => {
    const [a, b, c] = [email('a'), email('b'), email('c')];
    const text = [`${a}; Adam Nowak; Wychowawca; szkoła podstawowa  w janowie`, `${b};Beata Kowal;Pielęgniarka środowiskowa;Ośrodek Zdrowia w Janowie`, `${c};Cezary Lis;Pedagog;`].join('\n');
    expect(await invitePeople(pcpr, { pzkId, text, institutionId: String(school.id) })).toEqual({ sent: 3 });
    const rows = await db().select().from(invitations).where(inArray(invitations.email, [a, b, c]));
    expect(Object.fromEntries(rows.map((r) => [r.email, r.institutionId]))).toEqual({ [a]: school.id, [b]: clinic.id, [c]: school.id });
    for (const to of [a, b, c]) await tokenSentTo(to);
  });

  it('a row without an institution, with no institution chosen for the list, is an error; so are more than 200 rows', async () => {
    expect((await failure(invitePeople(pcpr, { pzkId, text: `${email()};Jan Bez;Pedagog` }))).fieldErrors?.text).toEqual([
      'Wiersz 1: brak instytucji (podaj ją w czwartej kolumnie albo wybierz instytucję dla całej listy).',
    ]);
    const many = Array.from({ length: 201 }, (_, i) => `osoba${i}.${uid()}@szkola.pl;Osoba ${i};Nauczyciel;${school.id}`).join('\n');
    const e = await failure(invitePeople(pcpr, { pzkId, text: many }));
    expect(e.message).toMatch(/najwyżej 200/);
  });

  it('another powiat’s PCPR animator does not find the PZK; the rest of the team may not invite', async () => {
    const otherPcpr = await makeActor('pcpr_animator', CHOROSZCZ.slice(0, 4));
    expect((await failure(invitePerson(otherPcpr, person()))).code).toBe('NOT_FOUND');
    expect((await failure(getPzkInvitations(otherPcpr, pzkId))).code).toBe('NOT_FOUND');
    const gops = await makeActor('gops_animator', JANOW);
    expect((await failure(invitePerson(gops, person()))).code).toBe('FORBIDDEN');
    expect((await failure(invitePeople(gops, { pzkId, text: `${email()};Jan;Pedagog;${school.id}` }))).code).toBe('FORBIDDEN');
    const member = await makeActor('pzk_member', JANOW);
    await addMember(pcpr, { pzkId, institutionId: member.scope.institutionId, name: 'Członek', function: 'Kurator', teamRole: 'invited', email: member.email });
    expect((await failure(invitePerson(member, person()))).code).toBe('FORBIDDEN');
    expect((await failure(invitePerson(ropsAdmin, person()))).code).toBe('FORBIDDEN');
  });
});

describe('the invited person', () => {
  it('sees who invites to what, sets a password and works at once as "Członek PZK" of the institution', async () => {
    const { input, token } = await invited();
    // The animator had put the person on the team by e-mail already: that row gets the account.
    const { id: rowId } = await addMember(pcpr, { pzkId, institutionId: school.id, name: 'Anna Pedagog', function: 'Pedagog', teamRole: 'invited', email: input.email.toUpperCase() });

    const opened = await openInvitation(token, '203.0.113.5');
    expect(opened).toMatchObject({ state: 'valid', invitation: { email: input.email, name: 'Anna Pedagog', institutionName: 'Szkoła Podstawowa w Janowie', pzkName: 'PZK gminy Janów', invitedByName: pcpr.name } });

    expect(await accept(token)).toEqual({ email: input.email });
    const [u] = await db().select().from(users).where(eq(users.email, input.email));
    expect(u).toMatchObject({ status: 'active', name: 'Anna Pedagog-Nowak', institutionId: school.id, jobTitle: 'Pedagog szkolny' });
    const g = await unit(JANOW);
    expect(await db().select({ role: roleAssignments.role, voivodeshipId: roleAssignments.voivodeshipId, powiatId: roleAssignments.powiatId, gminaId: roleAssignments.gminaId, institutionId: roleAssignments.institutionId }).from(roleAssignments).where(eq(roleAssignments.userId, u.id))).toEqual([
      { role: 'pzk_member', voivodeshipId: g.voivodeshipId, powiatId: g.powiatId, gminaId: g.gminaId, institutionId: school.id },
    ]);
    const [member] = await db().select().from(pzkMembers).where(eq(pzkMembers.id, rowId));
    expect(member.userId).toBe(u.id);
    const [inv] = await db().select().from(invitations).where(eq(invitations.email, input.email));
    expect(inv.userId).toBe(u.id);
    expect(inv.acceptedAt).not.toBeNull();

    const login = await verifyLogin(db(), input.email, PASSWORD, { ip: '203.0.113.5' });
    expect(login.id).toBe(u.id);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'invitation.accepted'), eq(auditLog.entityId, String(inv.id))));
    expect(entry).toMatchObject({ userId: u.id, ip: '203.0.113.5' });
    expect((await getPzkInvitations(pcpr, pzkId)).invitations.find((i) => i.email === input.email)?.status).toBe('accepted');
  });

  it('not yet on the team: is added to it as an invited member of the institution', async () => {
    const { input, token } = await invited({ institutionId: clinic.id, jobTitle: 'Pielęgniarka' });
    await accept(token);
    const [u] = await db().select({ id: users.id }).from(users).where(eq(users.email, input.email));
    const rows = await db().select().from(pzkMembers).where(eq(pzkMembers.userId, u.id));
    expect(rows).toEqual([expect.objectContaining({ pzkId, institutionId: clinic.id, teamRole: 'invited', function: 'Pielęgniarka', email: input.email, proposed: false, removedAt: null })]);
  });

  it('a used link works once: a second acceptance is refused, and two at once make one account', async () => {
    const { input, token } = await invited();
    const results = await Promise.allSettled([accept(token), accept(token)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.message).toMatch(/^Zaproszenie zostało już wykorzystane/);
    expect(await db().select().from(users).where(eq(users.email, input.email))).toHaveLength(1);
    expect((await failure(accept(token))).message).toMatch(/^Zaproszenie zostało już wykorzystane/);
    expect((await openInvitation(token, null)).state).toBe('accepted');
  });

  it('an expired link gets a clear answer, creates nothing, and the person may be invited again', async () => {
    const { input, token } = await invited();
    // Expiry is measured by the platform's clock (lib/clock.ts), which the test suite may have moved.
    await db().update(invitations).set({ expiresAt: new Date(clock.now().getTime() - 60_000) }).where(eq(invitations.email, input.email));
    expect((await openInvitation(token, null)).state).toBe('expired');
    expect((await failure(accept(token))).message).toMatch(/^Zaproszenie wygasło/);
    expect(await db().select().from(users).where(eq(users.email, input.email))).toHaveLength(0);
    expect((await getPzkInvitations(pcpr, pzkId)).invitations.find((i) => i.email === input.email)?.status).toBe('expired');
    await invitePerson(pcpr, person({ email: input.email }));
  });

  it('an address that got an account meanwhile: the link says so and makes no second account', async () => {
    const { input, token } = await invited();
    await makeActor('gops_animator', JANOW, { email: input.email });
    expect((await openInvitation(token, null)).state).toBe('account_exists');
    expect((await failure(accept(token))).message).toMatch(/^Konto z tym adresem już istnieje/);
  });

  it('an unknown link is not found; wrong links from one address are throttled', async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    expect((await openInvitation('x'.repeat(43), ip)).state).toBe('unknown');
    expect((await failure(accept('krótki-link'))).fieldErrors?.token).toEqual(['Ten link do zaproszenia jest niepoprawny.']);
    const e = await failure(acceptInvitation({ token: 'z'.repeat(43), name: 'Ktoś', password: PASSWORD, passwordConfirm: PASSWORD }, ip));
    expect(e.code).toBe('NOT_FOUND');
    for (let i = 0; i < 18; i++) await openInvitation(`${i}`.padEnd(43, 'q'), ip);
    const { token } = await invited();
    expect((await openInvitation(token, ip)).state).toBe('throttled');
    expect((await openInvitation(token, '192.0.2.77')).state).toBe('valid');
  });

  it('the password follows the account rules', async () => {
    const { token } = await invited();
    const e = await failure(acceptInvitation({ token, name: 'Anna', password: 'krótkie', passwordConfirm: 'inne' }, null));
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(expect.arrayContaining(['password', 'passwordConfirm']));
  });
});

describe('the ROPS administrator', () => {
  it('sees every invitation of the województwo with its account; another województwo’s sees none', async () => {
    const { input, token } = await invited();
    await accept(token);
    const { input: waiting } = await invited();
    const list = await listInvitations(ropsAdmin);
    expect(list.find((i) => i.email === input.email)).toMatchObject({ status: 'accepted', accountStatus: 'active', institutionName: 'Szkoła Podstawowa w Janowie', invitedByName: pcpr.name, pzkName: 'PZK gminy Janów' });
    expect(list.find((i) => i.email === waiting.email)).toMatchObject({ status: 'pending', accountStatus: null });
    const foreign = await makeActor('rops_admin', MAZOWIECKIE);
    expect(await listInvitations(foreign)).toEqual([]);
    const [inv] = await db().select({ id: invitations.id }).from(invitations).where(eq(invitations.email, waiting.email));
    expect((await failure(revokeInvitation(foreign, { invitationId: inv.id }))).code).toBe('NOT_FOUND');
    const adviser = await makeActor('rops_adviser', PODLASKIE);
    expect((await failure(listInvitations(adviser))).code).toBe('FORBIDDEN');
    expect((await failure(revokeInvitation(adviser, { invitationId: inv.id }))).code).toBe('FORBIDDEN');
    expect((await failure(listInvitations(pcpr))).code).toBe('FORBIDDEN');
  });

  it('revokes a pending invitation: the link stops working', async () => {
    const { input, token } = await invited();
    const [inv] = await db().select({ id: invitations.id }).from(invitations).where(eq(invitations.email, input.email));
    expect(await revokeInvitation(ropsAdmin, { invitationId: inv.id })).toEqual({ accountDisabled: false });
    expect((await openInvitation(token, null)).state).toBe('revoked');
    expect((await failure(accept(token))).message).toMatch(/^Zaproszenie zostało cofnięte/);
    expect(await db().select().from(users).where(eq(users.email, input.email))).toHaveLength(0);
    expect((await failure(revokeInvitation(ropsAdmin, { invitationId: inv.id }))).code).toBe('CONFLICT');
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'invitation.revoked'), eq(auditLog.entityId, String(inv.id))));
    expect(entry.userId).toBe(ropsAdmin.userId);
  });

  it('revokes an accepted invitation: the account is blocked and signed out', async () => {
    const { input, token } = await invited();
    await accept(token);
    const { sessionId, id: userId } = await verifyLogin(db(), input.email, PASSWORD, { ip: '203.0.113.9' });
    const [inv] = await db().select({ id: invitations.id }).from(invitations).where(eq(invitations.email, input.email));
    expect(await revokeInvitation(ropsAdmin, { invitationId: inv.id })).toEqual({ accountDisabled: true });
    expect(await isSessionOpen(db(), sessionId, userId)).toBe(false);
    const [u] = await db().select({ status: users.status }).from(users).where(eq(users.id, userId));
    expect(u.status).toBe('disabled');
    await expect(verifyLogin(db(), input.email, PASSWORD, { ip: '203.0.113.9' })).rejects.toThrow(/^DISABLED/);
    expect((await listInvitations(ropsAdmin)).find((i) => i.email === input.email)).toMatchObject({ status: 'revoked', accountStatus: 'disabled' });
  });
});

import 'server-only';
import crypto from 'node:crypto';
import { and, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { emailOutbox, gminas, institutions, invitations, pzkMembers, pzks, requestThrottle, roleAssignments, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { hashPassword } from '@/lib/auth/password';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { clock } from '@/lib/clock';
import { AppError, invalidError, notFoundError, refusedError } from '@/lib/errors';
import type { AccountEmailKind } from '@/lib/notifications/kinds';
import { appUrl } from '@/lib/notifications/outbox';
import { count as countOf, WORDS } from '@/lib/plural';
import { signedInstitutions } from '@/lib/pzk/access';
import { loadPzk, pzkName } from '@/lib/pzk/pzk';
import { comparePl, formatDateTime } from '@/lib/text';
import { parseInput } from '@/lib/validation/parse';
import {
  INVITATION_DAYS,
  acceptInvitationSchema,
  inviteListSchema,
  invitePersonSchema,
  isTokenShaped,
  readInvitationList,
  revokeInvitationSchema,
  type ListError,
  type ListRow,
} from './invitation-schemas';

/*
 * Invitations instead of a queue at ROPS (issue 15, item 5). The PCPR animator who manages a PZK
 * invites a person of one of its member institutions — an institution on the team's member list
 * (not a mere proposal) or a party whose PZK agreement or declaration of accession is in force.
 * The e-mail carries a single-use link valid 7 days; only the SHA-256 of its token is kept. The
 * link lets the person set a password and start at once as "Członek PZK" of that institution.
 * The ROPS administrator of the województwo sees every invitation and may revoke it (and so block
 * the account made with it).
 */

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';
export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = { pending: 'oczekuje', accepted: 'przyjęte', expired: 'wygasłe', revoked: 'cofnięte' };

/** Wrong tokens allowed per client address within an hour (a shared bucket for unknown addresses). */
export const WRONG_TOKENS_PER_IP = 20;
export const WRONG_TOKENS_UNKNOWN_IP = 200;
export const TOKEN_THROTTLE_KIND = 'invitation_token';
export const INVITATION_SUBJECT = 'Zaproszenie do Platformy Modelu Kooperacji';

const NOT_FOUND = 'Nie znaleziono takiego zaproszenia.';
const DAY_MS = 24 * 60 * 60 * 1000;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');

export function invitationStatus(row: { revokedAt: Date | null; acceptedAt: Date | null; expiresAt: Date }, now = clock.now()): InvitationStatus {
  if (row.revokedAt) return 'revoked';
  if (row.acceptedAt) return 'accepted';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

type ManagedPzk = Awaited<ReturnType<typeof loadPzk>>;

/** The PZK as the PCPR animator managing it sees it; NOT_FOUND outside their powiat, FORBIDDEN for the rest of the team. */
async function pzkToInviteTo(actor: Actor, pzkId: number) {
  const pzk = await loadPzk(actor, pzkId, 'manage');
  await authorize(actor, 'invitation.send', { voivodeshipId: pzk.voivodeshipId, powiatId: pzk.powiatId, gminaId: pzk.gminaId });
  return pzk;
}

/** The institutions whose people may be invited: on the member list (accepted) or signed. */
async function memberInstitutions(db: DbOrTx, pzk: ManagedPzk) {
  const [listed, signed] = await Promise.all([
    db
      .selectDistinct({ id: pzkMembers.institutionId })
      .from(pzkMembers)
      .where(and(eq(pzkMembers.pzkId, pzk.id), isNull(pzkMembers.removedAt), eq(pzkMembers.proposed, false), sql`${pzkMembers.institutionId} is not null`)),
    signedInstitutions(db, pzk),
  ]);
  const ids = [...new Set([...listed.map((l) => l.id!), ...signed.keys()])];
  if (!ids.length) return [];
  const rows = await db
    .select({ id: institutions.id, name: institutions.name, voivodeshipId: institutions.voivodeshipId, powiatId: institutions.powiatId, gminaId: institutions.gminaId })
    .from(institutions)
    .where(and(inArray(institutions.id, ids), eq(institutions.voivodeshipId, pzk.voivodeshipId)));
  return rows.sort((a, b) => comparePl(a.name, b.name));
}

/** The animator's page: the member institutions to choose from and this PZK's invitations, newest first. */
export async function getPzkInvitations(actor: Actor, pzkId: number) {
  const pzk = await pzkToInviteTo(actor, pzkId);
  const db = getDb();
  const [options, rows] = await Promise.all([
    memberInstitutions(db, pzk),
    db
      .select({
        id: invitations.id,
        email: invitations.email,
        name: invitations.name,
        jobTitle: invitations.jobTitle,
        institutionName: institutions.name,
        invitedByName: invitations.invitedByName,
        createdAt: invitations.createdAt,
        expiresAt: invitations.expiresAt,
        acceptedAt: invitations.acceptedAt,
        revokedAt: invitations.revokedAt,
      })
      .from(invitations)
      .innerJoin(institutions, eq(institutions.id, invitations.institutionId))
      .where(eq(invitations.pzkId, pzk.id))
      .orderBy(desc(invitations.createdAt), desc(invitations.id)),
  ]);
  const now = clock.now();
  return {
    pzk,
    institutions: options.map((i) => ({ id: i.id, name: i.name })),
    invitations: rows.map((r) => ({ ...r, status: invitationStatus(r, now) })),
  };
}

/** One person, from the form. */
export async function invitePerson(actor: Actor, input: unknown) {
  const v = parseInput(invitePersonSchema, input);
  const pzk = await pzkToInviteTo(actor, v.pzkId);
  const options = await memberInstitutions(getDb(), pzk);
  if (!options.some((i) => i.id === v.institutionId)) throw invalidError({ institutionId: ['Ta instytucja nie należy do zespołu — wybierz instytucję z listy.'] });
  const person: ListRow = { line: 1, email: v.email, name: v.name, jobTitle: v.jobTitle, institutionId: v.institutionId };
  const taken = await alreadyThere([person]);
  if (taken.length) throw invalidError({ email: [taken[0].message] });
  return send(actor, pzk, options, [person]);
}

/**
 * Many people, from a pasted list or a CSV file. All or nothing: while any row is wrong no
 * invitation is sent, and the answer names every wrong row with its line.
 */
export async function invitePeople(actor: Actor, input: unknown) {
  const v = parseInput(inviteListSchema, input);
  const pzk = await pzkToInviteTo(actor, v.pzkId);
  const options = await memberInstitutions(getDb(), pzk);
  if (v.institutionId && !options.some((i) => i.id === v.institutionId)) throw invalidError({ institutionId: ['Ta instytucja nie należy do zespołu — wybierz instytucję z listy.'] });
  const { rows, errors } = readInvitationList(v.text, options, v.institutionId);
  const all = [...errors, ...(await alreadyThere(rows))].sort((a, b) => a.line - b.line);
  if (all.length) {
    const wrong = new Set(all.map((e) => e.line)).size;
    throw invalidError(
      { text: all.map((e) => e.message) },
      all[0].line === 0 ? `Nie wysłano żadnego zaproszenia. ${all[0].message}` : `Nie wysłano żadnego zaproszenia — popraw ${countOf(wrong, WORDS.row)} listy i wyślij ją ponownie.`,
    );
  }
  return send(actor, pzk, options, rows);
}

/** Rows whose e-mail already has an account or a pending invitation that still works. */
async function alreadyThere(rows: ListRow[]): Promise<ListError[]> {
  if (!rows.length) return [];
  const emails = rows.map((r) => r.email);
  const db = getDb();
  const [accounts, pending] = await Promise.all([
    db.select({ email: users.email }).from(users).where(inArray(users.email, emails)),
    db
      .select({ email: invitations.email, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(and(inArray(invitations.email, emails), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, clock.now()))),
  ]);
  const hasAccount = new Set(accounts.map((a) => a.email));
  const invitedUntil = new Map(pending.map((p) => [p.email, p.expiresAt]));
  const out: ListError[] = [];
  for (const r of rows) {
    if (hasAccount.has(r.email)) out.push({ line: r.line, message: `Wiersz ${r.line}: konto z adresem ${r.email} już istnieje — ta osoba może się zalogować.` });
    else if (invitedUntil.has(r.email)) out.push({ line: r.line, message: `Wiersz ${r.line}: ${r.email} ma już ważne zaproszenie (do ${formatDateTime(invitedUntil.get(r.email)!)}).` });
  }
  // The single form speaks of its one field, without a line number.
  return rows.length === 1 && rows[0].line === 1 && out.length ? out.map((e) => ({ ...e, message: e.message.replace(/^Wiersz 1: /, '').replace(/^./, (c) => c.toUpperCase()) })) : out;
}

async function send(actor: Actor, pzk: ManagedPzk, options: Awaited<ReturnType<typeof memberInstitutions>>, rows: ListRow[]) {
  const byId = new Map(options.map((i) => [i.id, i]));
  const expiresAt = new Date(clock.now().getTime() + INVITATION_DAYS * DAY_MS);
  await getDb().transaction(async (tx) => {
    for (const r of rows) {
      const inst = byId.get(r.institutionId)!;
      const token = crypto.randomBytes(32).toString('base64url');
      const [row] = await tx
        .insert(invitations)
        .values({
          tokenHash: hashToken(token),
          email: r.email,
          name: r.name,
          jobTitle: r.jobTitle,
          institutionId: inst.id,
          pzkId: pzk.id,
          voivodeshipId: inst.voivodeshipId,
          powiatId: inst.powiatId,
          gminaId: inst.gminaId,
          invitedBy: actor.userId,
          invitedByName: actor.name,
          expiresAt,
        })
        .returning({ id: invitations.id });
      await tx.insert(emailOutbox).values({
        voivodeshipId: inst.voivodeshipId,
        toEmail: r.email,
        toUserId: null,
        kind: 'account_invitation' satisfies AccountEmailKind,
        subject: INVITATION_SUBJECT,
        body: invitationMessage({ name: r.name, invitedByName: actor.name, institutionName: inst.name, pzkName: pzk.name, token, expiresAt }),
      });
      await audit(tx, actor, { action: 'invitation.sent', entityType: 'invitation', entityId: row.id, voivodeshipId: inst.voivodeshipId, details: { email: r.email, institutionId: inst.id, pzkId: pzk.id } });
    }
  });
  return { sent: rows.length };
}

function invitationMessage(m: { name: string; invitedByName: string; institutionName: string; pzkName: string; token: string; expiresAt: Date }) {
  return (
    `Dzień dobry, ${m.name}!\n\n` +
    `${m.invitedByName} (animator PCPR) zaprasza do pracy na Platformie Modelu Kooperacji jako przedstawiciela instytucji „${m.institutionName}” w zespole ${m.pzkName}.\n\n` +
    `Aby założyć konto, ustaw hasło na stronie:\n${appUrl(`/zaproszenie/${m.token}`)}\n\n` +
    `Link działa jeden raz i jest ważny do ${formatDateTime(m.expiresAt)}. Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość — bez ustawienia hasła konto nie powstanie.\n\n` +
    '—\nWiadomość z Platformy Modelu Kooperacji o zaproszeniu na Twój adres e-mail (wysyłana zawsze).'
  );
}

// ---------------------------------------------------------------------------------------------
// The invited person (no account yet)
// ---------------------------------------------------------------------------------------------

export type InvitationState = 'valid' | 'unknown' | 'expired' | 'accepted' | 'revoked' | 'account_exists' | 'throttled';

/** What the link's page says when there is no form to show. */
export const INVITATION_STATE_MESSAGES: Record<Exclude<InvitationState, 'valid'>, { title: string; text: string }> = {
  unknown: { title: 'Nie znaleziono zaproszenia', text: 'Ten link do zaproszenia jest niepoprawny. Sprawdź, czy skopiowano go w całości, albo poproś animatora PCPR o nowe zaproszenie.' },
  expired: { title: 'Zaproszenie wygasło', text: `Link był ważny ${countOf(INVITATION_DAYS, WORDS.day)} i przestał działać. Poproś animatora PCPR, który Cię zaprosił, o nowe zaproszenie.` },
  accepted: { title: 'Zaproszenie zostało już wykorzystane', text: 'Konto z tego zaproszenia już założono — zaloguj się swoim adresem e-mail i hasłem. Jeśli nie pamiętasz hasła, skontaktuj się z administratorem ROPS.' },
  revoked: { title: 'Zaproszenie zostało cofnięte', text: 'Administrator ROPS cofnął to zaproszenie i link już nie działa. Jeśli to pomyłka, skontaktuj się z animatorem PCPR lub z ROPS.' },
  account_exists: { title: 'Konto z tym adresem już istnieje', text: 'Na adres e-mail z zaproszenia założono już konto na Platformie. Zaloguj się nim; jeśli nie pamiętasz hasła, skontaktuj się z administratorem ROPS.' },
  throttled: { title: 'Zbyt wiele prób', text: 'Z tego adresu sprawdzono zbyt wiele niepoprawnych linków. Spróbuj ponownie za godzinę.' },
};

const sameBucket = (ip: string | null) => (ip === null ? isNull(requestThrottle.ip) : eq(requestThrottle.ip, ip));

async function throttled(db: DbOrTx, ip: string | null) {
  const [{ n }] = await db
    .select({ n: count() })
    .from(requestThrottle)
    .where(and(eq(requestThrottle.kind, TOKEN_THROTTLE_KIND), sameBucket(ip), gt(requestThrottle.at, sql`now() - interval '1 hour'`)));
  return n >= (ip === null ? WRONG_TOKENS_UNKNOWN_IP : WRONG_TOKENS_PER_IP);
}

const recordWrongToken = (ip: string | null) => getDb().insert(requestThrottle).values({ kind: TOKEN_THROTTLE_KIND, ip });

const invitationColumns = {
  id: invitations.id,
  email: invitations.email,
  name: invitations.name,
  jobTitle: invitations.jobTitle,
  institutionId: invitations.institutionId,
  institutionName: institutions.name,
  pzkId: invitations.pzkId,
  gminaName: gminas.name,
  voivodeshipId: invitations.voivodeshipId,
  invitedBy: invitations.invitedBy,
  invitedByName: invitations.invitedByName,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
};

function stateOf(row: { revokedAt: Date | null; acceptedAt: Date | null; expiresAt: Date }, accountExists: boolean): InvitationState {
  const s = invitationStatus(row);
  if (s !== 'pending') return s;
  return accountExists ? 'account_exists' : 'valid';
}

/**
 * The link's page: who invites whom, to which institution and PZK — or why the link no longer
 * works. Unknown tokens count against the client's address (a few dozen an hour).
 */
export async function openInvitation(token: string, ip: string | null) {
  const db = getDb();
  if (await throttled(db, ip)) return { state: 'throttled' as const };
  const [row] = isTokenShaped(token)
    ? await db
        .select(invitationColumns)
        .from(invitations)
        .innerJoin(institutions, eq(institutions.id, invitations.institutionId))
        .leftJoin(pzks, eq(pzks.id, invitations.pzkId))
        .leftJoin(gminas, eq(gminas.id, pzks.gminaId))
        .where(eq(invitations.tokenHash, hashToken(token)))
    : [];
  if (!row) {
    await recordWrongToken(ip);
    return { state: 'unknown' as const };
  }
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, row.email));
  const state = stateOf(row, !!account);
  if (state !== 'valid') return { state };
  return {
    state,
    invitation: {
      email: row.email,
      name: row.name,
      jobTitle: row.jobTitle,
      institutionName: row.institutionName,
      pzkName: row.gminaName ? pzkName(row.gminaName) : null,
      invitedByName: row.invitedByName,
      expiresAt: row.expiresAt,
    },
  };
}

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

/**
 * The invited person sets a password: an active account with the role "Członek PZK" of the
 * institution, their row on the PZK's team linked (or added), the invitation used — in one
 * transaction that holds the invitation's row, so a double submit cannot make two accounts.
 */
export async function acceptInvitation(input: unknown, ip: string | null) {
  const v = parseInput(acceptInvitationSchema, input);
  const db = getDb();
  if (await throttled(db, ip)) throw new AppError('INVALID', INVITATION_STATE_MESSAGES.throttled.text);
  const passwordHash = await hashPassword(v.password);
  let outcome: { state: InvitationState; email?: string };
  try {
    outcome = await db.transaction(async (tx) => {
      const [inv] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(v.token))).for('update');
      if (!inv) return { state: 'unknown' as const };
      const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.email, inv.email));
      const state = stateOf(inv, !!account);
      if (state !== 'valid') return { state };
      const [inst] = await tx
        .select({ id: institutions.id, voivodeshipId: institutions.voivodeshipId, powiatId: institutions.powiatId, gminaId: institutions.gminaId })
        .from(institutions)
        .where(eq(institutions.id, inv.institutionId));
      const [user] = await tx
        .insert(users)
        .values({ email: inv.email, name: v.name, passwordHash, jobTitle: inv.jobTitle, institutionId: inst.id, status: 'active', decidedAt: sql`now()`, decidedBy: inv.invitedBy })
        .returning({ id: users.id });
      await tx.insert(roleAssignments).values({ userId: user.id, role: 'pzk_member', voivodeshipId: inst.voivodeshipId, powiatId: inst.powiatId, gminaId: inst.gminaId, institutionId: inst.id });
      const memberId = inv.pzkId ? await joinTeam(tx, inv, user.id, v.name) : null;
      await tx.update(invitations).set({ acceptedAt: sql`now()`, userId: user.id }).where(eq(invitations.id, inv.id));
      await audit(
        tx,
        null,
        { action: 'invitation.accepted', entityType: 'invitation', entityId: inv.id, voivodeshipId: inv.voivodeshipId, anonymous: { userId: user.id, email: inv.email }, details: { institutionId: inst.id, pzkId: inv.pzkId, memberId } },
        ip,
      );
      return { state: 'valid' as const, email: inv.email };
    });
  } catch (e) {
    // An account made with the same address at this very moment (the public request form): the unique index decides.
    if (isUniqueViolation(e)) outcome = { state: 'account_exists' };
    else throw e;
  }
  if (outcome.state === 'valid') return { email: outcome.email! };
  if (outcome.state === 'unknown') await recordWrongToken(ip);
  throw new AppError(outcome.state === 'unknown' ? 'NOT_FOUND' : 'INVALID', `${INVITATION_STATE_MESSAGES[outcome.state].title}. ${INVITATION_STATE_MESSAGES[outcome.state].text}`);
}

/** Links the person's row on the team (matched by e-mail) to the account, or adds them as an invited member. */
async function joinTeam(tx: DbOrTx, inv: typeof invitations.$inferSelect, userId: string, name: string) {
  const [listed] = await tx
    .select({ id: pzkMembers.id })
    .from(pzkMembers)
    .where(and(eq(pzkMembers.pzkId, inv.pzkId!), isNull(pzkMembers.removedAt), sql`lower(${pzkMembers.email}) = ${inv.email}`, sql`${pzkMembers.userId} is null`))
    .orderBy(pzkMembers.id)
    .limit(1);
  if (listed) {
    await tx.update(pzkMembers).set({ userId, proposed: false, version: sql`${pzkMembers.version} + 1` }).where(eq(pzkMembers.id, listed.id));
    return listed.id;
  }
  const [row] = await tx
    .insert(pzkMembers)
    .values({ pzkId: inv.pzkId!, institutionId: inv.institutionId, userId, name, function: inv.jobTitle || 'Przedstawiciel instytucji', teamRole: 'invited', email: inv.email, proposed: false })
    .returning({ id: pzkMembers.id });
  return row.id;
}

// ---------------------------------------------------------------------------------------------
// The ROPS administrator
// ---------------------------------------------------------------------------------------------

/** Every invitation of the administrator's województwo, newest first, with the account made with it. */
export async function listInvitations(actor: Actor) {
  await authorize(actor, 'invitation.review');
  const rows = await getDb()
    .select({
      ...invitationColumns,
      createdAt: invitations.createdAt,
      userId: invitations.userId,
      accountStatus: users.status,
    })
    .from(invitations)
    .innerJoin(institutions, eq(institutions.id, invitations.institutionId))
    .leftJoin(pzks, eq(pzks.id, invitations.pzkId))
    .leftJoin(gminas, eq(gminas.id, pzks.gminaId))
    .leftJoin(users, eq(users.id, invitations.userId))
    .where(eq(invitations.voivodeshipId, actor.scope.voivodeshipId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(2000);
  const now = clock.now();
  return rows.map((r) => ({ ...r, pzkName: r.gminaName ? pzkName(r.gminaName) : null, status: invitationStatus(r, now) }));
}

/**
 * Revokes an invitation: a pending link stops working; an accepted one's account is blocked and
 * signed out everywhere. Another województwo's invitation is not found.
 */
export async function revokeInvitation(actor: Actor, input: unknown) {
  await authorize(actor, 'invitation.review');
  const { invitationId } = parseInput(revokeInvitationSchema, input);
  const db = getDb();
  const [found] = await db.select({ voivodeshipId: invitations.voivodeshipId }).from(invitations).where(eq(invitations.id, invitationId));
  if (!found) throw notFoundError(NOT_FOUND);
  if (found.voivodeshipId !== actor.scope.voivodeshipId) throw refusedError('invitation', invitationId, found.voivodeshipId, NOT_FOUND);
  return db.transaction(async (tx) => {
    const [inv] = await tx.select().from(invitations).where(eq(invitations.id, invitationId)).for('update');
    if (inv.revokedAt) throw new AppError('CONFLICT', 'To zaproszenie zostało już cofnięte — odśwież listę.');
    await tx.update(invitations).set({ revokedAt: sql`now()`, revokedBy: actor.userId }).where(eq(invitations.id, inv.id));
    let accountDisabled = false;
    if (inv.userId) {
      const changed = await tx
        .update(users)
        .set({ status: 'disabled', statusReason: 'Administrator ROPS cofnął zaproszenie, z którego założono to konto.', decidedAt: sql`now()`, decidedBy: actor.userId })
        .where(and(eq(users.id, inv.userId), eq(users.status, 'active')))
        .returning({ id: users.id });
      accountDisabled = changed.length > 0;
      await revokeAllSessions(tx, inv.userId);
    }
    await audit(tx, actor, { action: 'invitation.revoked', entityType: 'invitation', entityId: inv.id, voivodeshipId: inv.voivodeshipId, details: { email: inv.email, wasAccepted: !!inv.acceptedAt, accountDisabled } });
    return { accountDisabled };
  });
}

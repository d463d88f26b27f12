import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, digestItems, emailOutbox, pzks } from '@/db/schema';
import { getTrack } from '@/lib/implementations/tracks';
import { getEmailPreferences, listOutbox, saveEmailPreferences } from '@/lib/notifications/notifications';
import { EMAIL_KINDS, notifyPzk, notifyUsers, type Delivery, type EmailKind } from '@/lib/notifications/outbox';
import { drainOutbox, smtpTransport } from '@/lib/notifications/worker';
import { addMember } from '@/lib/pzk/members';
import { createPzkService } from '@/lib/services/services';
import { MAZOWIECKIE, PODLASKIE, makeActor } from '../factories';
import { accepted } from '../implementation-factories';

// A real SMTP server on a free port: what the worker sends is what arrives here.
const inbox: { to: string[]; raw: string }[] = [];
let server: SMTPServer;
let port = 0;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const everyKind = (d: Delivery) => Object.fromEntries(Object.keys(EMAIL_KINDS).map((k) => [k, d])) as Record<EmailKind, Delivery>;

// A gmina implements the model once at a time: each test takes gminas of its own.
const POOL = [
  ['2011043', '2011052', '2011062'],
  ['2014011', '2014022', '2014032'],
  ['2013011', '2013023', '2013033'],
  ['2012012', '2012022', '2012032'],
];
let next = 0;

async function teamWithMembers() {
  const codes = POOL[next++];
  const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, codes);
  const t = (await getTrack(rops, trackIds[0])).track;
  const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, t.implementationId!), eq(pzks.gminaId, t.gminaId!)));
  await addMember(pcpr, { pzkId: pzk.id, name: 'Zofia Świątek', function: 'Pielęgniarka', teamRole: 'invited', email: 'z.swiatek@example.pl' });
  await addMember(pcpr, { pzkId: pzk.id, name: 'Jan Żak', function: 'Dzielnicowy', teamRole: 'invited', email: 'j.zak@example.pl' });
  await addMember(pcpr, { pzkId: pzk.id, name: 'Bez Poczty', function: 'Radny', teamRole: 'councillor_gmina' });
  return { pcpr, rops, pzk };
}

describe('e-mail notifications through the outbox', () => {
  // The worker sends everything due in the outbox: what other tests of this file left due goes to a
  // sink first, so each test's drain counts exactly the messages the test itself queued.
  beforeEach(async () => {
    await drainOutbox(getDb(), { sendMail: async () => undefined }, { from: 'x@y.pl' });
  });

  it('a change in the list of services queues an e-mail per member; the worker sends them over SMTP', async () => {
    const { pcpr, pzk } = await teamWithMembers();
    await createPzkService(pcpr, pzk.id, {
      name: 'Grupa wsparcia dla rodziców',
      description: 'Spotkania raz w tygodniu',
      targetGroups: ['rodziny'],
      areas: ['rodzinny'],
      providerName: 'Gminny Ośrodek Pomocy Społecznej',
    });
    const queued = await getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, 'services_changed'));
    expect(queued.map((m) => m.toEmail).sort()).toEqual(['j.zak@example.pl', 'z.swiatek@example.pl']);
    expect(queued[0]).toMatchObject({ status: 'pending', voivodeshipId: pzk.voivodeshipId });

    const r = await drainOutbox(getDb(), smtpTransport(`smtp://127.0.0.1:${port}`), { from: 'Kooperacja <no-reply@kooperacja.test>' });
    expect(r).toEqual({ sent: 2, failed: 0 });
    const arrived = inbox.filter((m) => m.raw.includes('Grupa wsparcia') || m.raw.includes('listy aktywno'));
    expect(arrived.flatMap((m) => m.to).sort()).toEqual(['j.zak@example.pl', 'z.swiatek@example.pl']);
    expect(arrived[0].raw).toMatch(/Subject: .*PZK/);
    const after = await getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, 'services_changed'));
    expect(after.every((m) => m.status === 'sent' && m.sentAt)).toBe(true);
    // Nothing is sent twice.
    expect(await drainOutbox(getDb(), smtpTransport(`smtp://127.0.0.1:${port}`), { from: 'x@y.pl' })).toEqual({ sent: 0, failed: 0 });
  });

  it('a failed send is retried later with backoff, and is visible to the ROPS administrator', async () => {
    const { pzk } = await teamWithMembers();
    await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'meeting_new', { subject: 'Nowe spotkanie', body: 'Spotkanie 10.12.2026' }));
    const failing = { sendMail: async () => Promise.reject(new Error('Serwer SMTP odrzucił połączenie')) };
    expect(await drainOutbox(getDb(), failing, { from: 'x@y.pl' })).toEqual({ sent: 0, failed: 2 });
    const rows = await getDb().select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'meeting_new'), eq(emailOutbox.subject, 'Nowe spotkanie')));
    // Zofia Świątek and Jan Żak; the councillor has no e-mail.
    expect(rows.map((m) => m.toEmail).sort()).toEqual(['j.zak@example.pl', 'z.swiatek@example.pl']);
    expect(rows.every((m) => m.status === 'pending' && m.attempts === 1 && m.lastError === 'Serwer SMTP odrzucił połączenie')).toBe(true);
    expect(rows.every((m) => m.nextAttemptAt.getTime() > Date.now() + 30_000)).toBe(true);
    // Not due yet: the next drain leaves them alone.
    expect(await drainOutbox(getDb(), failing, { from: 'x@y.pl' })).toEqual({ sent: 0, failed: 0 });

    const admin = await makeActor('rops_admin', PODLASKIE);
    const o = await listOutbox(admin, 'pending');
    expect(o.rows.map((m) => m.subject)).toContain('Nowe spotkanie');
    await expect(listOutbox(await makeActor('pcpr_animator', '2013'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listOutbox(await makeActor('rops_admin', MAZOWIECKIE))).rows).toHaveLength(0);
  });

  it('each person gets a kind as they chose — at once, in their digest, or not at all; the author of a change is not told', async () => {
    const { pcpr, pzk } = await teamWithMembers();
    const member = await makeActor('pzk_member', '2012022');
    await addMember(pcpr, { pzkId: pzk.id, name: member.name, function: 'Pedagog', teamRole: 'invited', email: member.email });
    // Nothing chosen yet: everything at once.
    expect((await getEmailPreferences(member)).every((k) => k.delivery === 'immediate')).toBe(true);
    await saveEmailPreferences(member, { delivery: { ...everyKind('immediate'), forum_post: 'none', meeting_new: 'daily', minutes_published: 'weekly' } });
    const chosen = Object.fromEntries((await getEmailPreferences(member)).map((k) => [k.kind, k.delivery]));
    expect(chosen).toEqual({ ...everyKind('immediate'), forum_post: 'none', meeting_new: 'daily', minutes_published: 'weekly' });
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'email.opt_out_changed'), eq(auditLog.userId, member.userId)));
    expect((entry.details as { changed: unknown[] }).changed).toContainEqual({ kind: 'forum_post', from: 'od razu', to: 'nie wysyłaj' });

    const toMember = async (subject: string) => ({
      mails: await getDb().select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, member.email), eq(emailOutbox.subject, subject))),
      waiting: await getDb().select().from(digestItems).where(and(eq(digestItems.userId, member.userId), eq(digestItems.subject, subject))),
    });

    // "nie wysyłaj": the two other members are told, the member nothing at all.
    expect(await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'forum_post', { subject: 'Forum: nowy wpis', body: 'Nowy wpis' }))).toBe(2);
    expect(await toMember('Forum: nowy wpis')).toEqual({ mails: [], waiting: [] });

    // "codzienne podsumowanie": no e-mail now, a line (subject and link) for the next digest.
    const link = 'http://localhost:3000/pzk/7/spotkania/9';
    expect(await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'meeting_new', { subject: 'Nowe spotkanie 10.12', body: `Zaplanowano spotkanie.\n\n${link}` }))).toBe(3);
    const daily = await toMember('Nowe spotkanie 10.12');
    expect(daily.mails).toEqual([]);
    expect(daily.waiting).toMatchObject([{ kind: 'meeting_new', pzkId: pzk.id, link, digestId: null }]);
    expect((await getDb().select().from(emailOutbox).where(eq(emailOutbox.subject, 'Nowe spotkanie 10.12'))).map((m) => m.toEmail).sort()).toEqual(['j.zak@example.pl', 'z.swiatek@example.pl']);

    // "od razu": an e-mail now, nothing kept.
    await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'task_assigned', { subject: 'Przydzielono Ci zadanie', body: 'x' }));
    const now = await toMember('Przydzielono Ci zadanie');
    expect(now.mails).toHaveLength(1);
    expect(now.waiting).toEqual([]);

    // Whoever caused it is not told, whatever they chose.
    expect(await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'meeting_new', { subject: 'Spotkanie przez członka', body: 'x' }, { exceptUserId: member.userId }))).toBe(2);
    expect(await toMember('Spotkanie przez członka')).toEqual({ mails: [], waiting: [] });

    // The same choices for messages to chosen users (a case's key worker, a proposal's author).
    await getDb().transaction((tx) => notifyUsers(tx, pzk.voivodeshipId, [member.userId], 'minutes_published', { subject: 'Protokół do przeczytania', body: `x ${link}` }));
    expect(await toMember('Protokół do przeczytania')).toMatchObject({ mails: [], waiting: [{ pzkId: null, link }] });
    await getDb().transaction((tx) => notifyUsers(tx, pzk.voivodeshipId, [member.userId], 'forum_post', { subject: 'Wpis do przeczytania', body: 'x' }));
    expect(await toMember('Wpis do przeczytania')).toEqual({ mails: [], waiting: [] });
  });

  it('the settings form refuses a missing or unknown choice and saves nothing', async () => {
    const member = await makeActor('pzk_member', '2012022');
    const { meeting_new: _, ...withoutOne } = everyKind('daily');
    await expect(saveEmailPreferences(member, { delivery: withoutOne })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(saveEmailPreferences(member, { delivery: { ...everyKind('daily'), forum_post: 'hourly' } })).rejects.toMatchObject({ code: 'INVALID' });
    expect((await getEmailPreferences(member)).every((k) => k.delivery === 'immediate')).toBe(true);
  });

  it('two workers draining at once never send a message twice (FOR UPDATE SKIP LOCKED)', async () => {
    const { pzk } = await teamWithMembers();
    for (let i = 0; i < 3; i++) await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'forum_post', { subject: `Wpis ${i}`, body: 'x' }));
    const sends: string[] = [];
    const slow = { sendMail: async (m: { to: string; subject: string }) => void (await new Promise((r) => setTimeout(r, 20)), sends.push(`${m.to} ${m.subject}`)) };
    const [a, b] = await Promise.all([drainOutbox(getDb(), slow, { from: 'x@y.pl', batch: 2 }), drainOutbox(getDb(), slow, { from: 'x@y.pl', batch: 2 })]);
    // Every message is sent exactly once: 3 posts × the 2 members with an e-mail.
    const due = await getDb().select().from(emailOutbox).where(eq(emailOutbox.status, 'sent'));
    expect(a.sent + b.sent).toBe(sends.length);
    expect(new Set(sends).size).toBe(sends.length);
    expect(sends.filter((x) => x.includes(' Wpis '))).toHaveLength(6);
    expect(due.length).toBeGreaterThanOrEqual(sends.length);
  });
});

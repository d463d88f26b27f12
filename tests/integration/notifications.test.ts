import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox, pzks } from '@/db/schema';
import { getTrack } from '@/lib/implementations/tracks';
import { getEmailPreferences, listOutbox, saveEmailPreferences } from '@/lib/notifications/notifications';
import { notifyPzk } from '@/lib/notifications/outbox';
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

  it('a user who switched a kind off gets none of it; the author of a change is not told about it', async () => {
    const { pcpr, pzk } = await teamWithMembers();
    const member = await makeActor('pzk_member', '2012022');
    await addMember(pcpr, { pzkId: pzk.id, name: member.name, function: 'Pedagog', teamRole: 'invited', email: member.email });
    expect((await getEmailPreferences(member)).every((k) => k.on)).toBe(true);
    await saveEmailPreferences(member, { on: ['meeting_new'] });
    expect((await getEmailPreferences(member)).filter((k) => !k.on).map((k) => k.kind)).toContain('forum_post');
    const n = await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'forum_post', { subject: 'Forum', body: 'Nowy wpis' }, { exceptUserId: null }));
    expect(n).toBe(2);
    const m = await getDb().transaction((tx) => notifyPzk(tx, pzk.id, 'meeting_new', { subject: 'Spotkanie', body: 'x' }));
    expect(m).toBe(3);
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

import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, forumPosts, forumThreads, pzks } from '@/db/schema';
import {
  addPzkPost,
  addRegionalPost,
  createPzkThread,
  createRegionalThread,
  getPzkThread,
  getRegionalThread,
  listPzkThreads,
  listRegionalThreads,
} from '@/lib/forum/forum';
import { getTrack } from '@/lib/implementations/tracks';
import { addMember } from '@/lib/pzk/members';
import { MAZOWIECKIE, PODLASKIE, makeActor, uid } from '../factories';
import { accepted } from '../implementation-factories';

/** An accepted implementation of the given gminas of one powiat and the PZK of the first gmina. */
async function team(codes: string[]) {
  const pcpr = await makeActor('pcpr_animator', codes[0].slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  const { trackIds } = await accepted(pcpr, rops, codes);
  const track = (await getTrack(rops, trackIds[0])).track;
  const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
  return { pcpr, rops, pzk };
}

const outboxTo = async (emails: string[]) =>
  getDb()
    .select({ toEmail: emailOutbox.toEmail, subject: emailOutbox.subject, body: emailOutbox.body, kind: emailOutbox.kind })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.kind, 'forum_post'), inArray(emailOutbox.toEmail, emails)));

const totals = async () => {
  const db = getDb();
  const [[t], [p], [o]] = await Promise.all([db.select({ n: count() }).from(forumThreads), db.select({ n: count() }).from(forumPosts), db.select({ n: count() }).from(emailOutbox)]);
  return { threads: t.n, posts: p.n, outbox: o.n };
};

describe('forum', () => {
  it('a PZK forum: members write, the others are told by e-mail without the text, outsiders and guests are refused, ROPS only reads', async () => {
    const a = await team(['2008013', '2008022', '2008032']);
    const b = await team(['2007013', '2007022', '2007032']);
    const gops = await makeActor('gops_animator', '2008013');
    const colleague = `kolega.${uid()}@ops.pl`;
    const other = `inna.${uid()}@szkola.pl`;
    // The author is on the team under the e-mail of their account; one member has no e-mail.
    await addMember(a.pcpr, { pzkId: a.pzk.id, name: 'Anna Gopsowa', function: 'Animatorka GOPS', teamRole: 'invited', email: gops.email });
    await addMember(a.pcpr, { pzkId: a.pzk.id, name: 'Jan Kolega', function: 'Pracownik socjalny', teamRole: 'invited', email: colleague });
    await addMember(a.pcpr, { pzkId: a.pzk.id, name: 'Ewa Inna', function: 'Pedagog', teamRole: 'invited', email: other });
    await addMember(a.pcpr, { pzkId: a.pzk.id, name: 'Bez Maila', function: 'Sołtys', teamRole: 'invited' });

    const secret = 'Rodzina K. z ul. Polnej — pilne <script>alert(1)</script>';
    const first = await createPzkThread(gops, a.pzk.id, { title: '  Spotkanie w marcu  ', body: secret });
    const mails = await outboxTo([gops.email, colleague, other]);
    expect(mails.map((m) => m.toEmail).sort()).toEqual([colleague, other].sort());
    for (const m of mails) {
      expect(m.body).not.toContain('Rodzina K.');
      expect(m.body).toContain(`/pzk/${a.pzk.id}/forum/${first.id}`);
      expect(m.body).toContain(gops.name);
      expect(m.body).not.toContain('Spotkanie w marcu'); // not even the title: free text may name a family
    }

    const second = await createPzkThread(a.pcpr, a.pzk.id, { title: 'Szkolenie', body: 'Materiały: https://example.com/szkolenie.' });
    await addPzkPost(a.pcpr, a.pzk.id, { threadId: first.id, body: 'Dziękuję, będę.' });
    // The author of a reply is not told; the thread's author is.
    expect((await outboxTo([gops.email])).length).toBe(2);

    // Threads by last post, with counts; posts oldest first, markup kept as typed.
    const list = await listPzkThreads(gops, a.pzk.id);
    expect(list.canPost).toBe(true);
    expect(list.threads.map((t) => [t.id, t.title, t.postCount])).toEqual([
      [first.id, 'Spotkanie w marcu', 2],
      [second.id, 'Szkolenie', 1],
    ]);
    const thread = await getPzkThread(gops, a.pzk.id, first.id);
    expect(thread.posts.map((p) => [p.body, p.authorName])).toEqual([
      [secret, gops.name],
      ['Dziękuję, będę.', a.pcpr.name],
    ]);
    const audits = await getDb().select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'forum'), eq(auditLog.entityId, String(first.id))));
    expect(audits.map((x) => x.action).sort()).toEqual(['forum.post_created', 'forum.thread_created']);

    // ROPS reads but does not write.
    const asRops = await listPzkThreads(a.rops, a.pzk.id);
    expect(asRops.canPost).toBe(false);
    expect((await getPzkThread(a.rops, a.pzk.id, first.id)).posts).toHaveLength(2);
    await expect(addPzkPost(a.rops, a.pzk.id, { threadId: first.id, body: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createPzkThread(a.rops, a.pzk.id, { title: 'x', body: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // A guest (institution on the list, nothing signed) sees no forum.
    const guest = await makeActor('pzk_member', '2008013');
    await addMember(a.pcpr, { pzkId: a.pzk.id, institutionId: guest.scope.institutionId!, name: 'Gość Szkolny', function: 'Dyrektor', teamRole: 'invited' });
    await expect(listPzkThreads(guest, a.pzk.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPzkThread(guest, a.pzk.id, first.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addPzkPost(guest, a.pzk.id, { threadId: first.id, body: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Members of another PZK: the forum does not exist for them, nor does its thread through their own PZK.
    const gopsB = await makeActor('gops_animator', '2007013');
    for (const actor of [gopsB, b.pcpr]) {
      await expect(listPzkThreads(actor, a.pzk.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getPzkThread(actor, a.pzk.id, first.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(createPzkThread(actor, a.pzk.id, { title: 'x', body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(addPzkPost(actor, a.pzk.id, { threadId: first.id, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getPzkThread(actor, b.pzk.id, first.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(addPzkPost(actor, b.pzk.id, { threadId: first.id, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await listPzkThreads(gopsB, b.pzk.id)).threads).toEqual([]);
    // Nor is a PZK thread part of the regional forum.
    await expect(getRegionalThread(gops, first.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addRegionalPost(gops, { threadId: first.id, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Bad input: every field's error in Polish, nothing written, nobody told.
    const before = await totals();
    const err = await createPzkThread(gops, a.pzk.id, { title: '   ', body: 'x'.repeat(10_001) }).catch((e) => e);
    expect(err).toMatchObject({ code: 'INVALID', fieldErrors: { title: ['To pole jest wymagane.'], body: ['Maksymalnie 10000 znaków.'] } });
    const err2 = await addPzkPost(gops, a.pzk.id, { threadId: first.id, body: ' \n ' }).catch((e) => e);
    expect(err2).toMatchObject({ code: 'INVALID', fieldErrors: { body: ['To pole jest wymagane.'] } });
    expect(await totals()).toEqual(before);
  });

  it('the regional forum: everyone of the województwo reads and writes, others do not see it', async () => {
    const gops = await makeActor('gops_animator', '2008022');
    const rops = await makeActor('rops_admin', PODLASKIE);
    const school = await makeActor('pzk_member', '2007022');
    const warsaw = await makeActor('rops_admin', MAZOWIECKIE);

    const before = await totals();
    const { id } = await createRegionalThread(gops, { title: 'Dobre praktyki', body: 'Polecam https://example.com/raport, (strona 5).' });
    await addRegionalPost(school, { threadId: id, body: 'Dzięki!' });
    await addRegionalPost(rops, { threadId: id, body: '<b>Ważne</b>' });
    // The regional forum e-mails nobody.
    expect((await totals()).outbox).toBe(before.outbox);

    const list = await listRegionalThreads(rops);
    expect(list.threads.find((t) => t.id === id)).toMatchObject({ title: 'Dobre praktyki', postCount: 3 });
    expect((await getRegionalThread(school, id)).posts.map((p) => p.body)).toEqual(['Polecam https://example.com/raport, (strona 5).', 'Dzięki!', '<b>Ważne</b>']);

    // Another województwo: no such thread, and its own list is separate.
    expect((await listRegionalThreads(warsaw)).threads.map((t) => t.id)).not.toContain(id);
    await expect(getRegionalThread(warsaw, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addRegionalPost(warsaw, { threadId: id, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const own = await createRegionalThread(warsaw, { title: 'Mazowsze', body: 'x' });
    expect((await listRegionalThreads(gops)).threads.map((t) => t.id)).not.toContain(own.id);

    const mid = await totals();
    const err = await addRegionalPost(gops, { threadId: id, body: '' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'INVALID', fieldErrors: { body: ['To pole jest wymagane.'] } });
    expect(await totals()).toEqual(mid);
  });
});

import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { pzkDecisions, pzkMembers, pzks } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getTrack } from '@/lib/implementations/tracks';
import { getInbox } from '@/lib/inbox/inbox';
import { decisionsSource } from '@/lib/inbox/sources/decisions';
import { addDecision, saveMeeting, setDecisionStatus } from '@/lib/pzk/meetings';
import { addMember } from '@/lib/pzk/members';
import { PODLASKIE, makeActor, unit } from '../factories';
import { signPzkAgreement } from '../case-factories';
import { accepted } from '../implementation-factories';

/*
 * Issue 15, item 1 — the decisions source of "Moja praca": open ustalenia of a PZK meeting owned by
 * the person (their member row: linked account or their e-mail) or by their institution's member
 * row; only where they take part as a member (not a guest, not ROPS observing); done ones vanish.
 */

const A = '2014011';
const B = '2014022';
const DUE = '2027-07-20';

let s: {
  pcpr: Actor;
  gops: Actor;
  rops: Actor;
  member: Actor;
  stranger: Actor;
  guest: Actor;
  gopsB: Actor;
  pzkId: number;
  meetingId: number;
  rows: { member: number; colleague: number; gops: number; stranger: number; guest: number };
  gminaName: string;
};

const decide = async (owner: number, text = 'Przygotować listę usług szkoły na kolejne spotkanie', dueOn = DUE) =>
  (await addDecision(s.gops, { pzkId: s.pzkId, meetingId: s.meetingId, text, ownerMemberId: owner, dueOn })).id;
const keys = async (a: Actor) => (await decisionsSource(getDb(), a, '2027-06-15')).map((i) => i.key);

beforeAll(async () => {
  const pcpr = await makeActor('pcpr_animator', A.slice(0, 4));
  const rops = await makeActor('rops_adviser', PODLASKIE);
  // The GOPS animator's institution first: it is the gmina's party to the PZK agreement.
  const gops = await makeActor('gops_animator', A);
  const member = await makeActor('pzk_member', A);
  const stranger = await makeActor('pzk_member', A);
  const guest = await makeActor('pzk_member', A);
  const { trackIds } = await accepted(pcpr, rops, [A, B]);
  const track = (await getTrack(rops, trackIds[0])).track;
  const [pzk] = await getDb().select().from(pzks).where(and(eq(pzks.implementationId, track.implementationId!), eq(pzks.gminaId, track.gminaId!)));
  // The member's and the stranger's institutions sign; the guest's is only on the list.
  await signPzkAgreement(pcpr, track, [member.scope.institutionId!, stranger.scope.institutionId!]);
  const row = async (over: Record<string, unknown>) => (await addMember(pcpr, { pzkId: pzk.id, function: 'Przedstawiciel', teamRole: 'invited', ...over })).id;
  const rows = {
    member: await row({ institutionId: member.scope.institutionId, name: 'Maria Szkolna', email: member.email.toUpperCase() }),
    colleague: await row({ institutionId: member.scope.institutionId, name: 'Jan Szkolny', email: 'jan.szkolny@example.pl' }),
    gops: await row({ name: 'Animatorka GOPS', teamRole: 'animator_gops', email: gops.email }),
    stranger: await row({ institutionId: stranger.scope.institutionId, name: 'Piotr Dzielnicowy', email: stranger.email }),
    guest: await row({ institutionId: guest.scope.institutionId, name: 'Olga Gość', email: guest.email }),
  };
  const { id: meetingId } = await saveMeeting(gops, {
    pzkId: pzk.id,
    version: 0,
    kind: 'regular',
    startsAt: '2027-06-10T10:00',
    durationMinutes: '120',
    place: 'Urząd Gminy',
    onlineUrl: '',
    agendaResources: 'Zasoby',
    agendaCases: 'Konsultacje przypadków',
    agendaMethods: 'Metody',
  });
  s = { pcpr, gops, rops, member, stranger, guest, gopsB: await makeActor('gops_animator', B), pzkId: pzk.id, meetingId, rows, gminaName: (await unit(A)).name };
});

describe('inbox: decisions (ustalenia)', () => {
  it('a decision owned by the person comes in, with where, when and the meeting page', async () => {
    const id = await decide(s.rows.member);
    const got = await decisionsSource(getDb(), s.member, '2027-06-15');
    expect(got.find((i) => i.key === `decision:${id}`)).toEqual({
      key: `decision:${id}`,
      source: 'decision',
      what: 'Ustalenie: Przygotować listę usług szkoły na kolejne spotkanie',
      where: `PZK gminy ${s.gminaName}`,
      dueOn: DUE,
      href: `/pzk/${s.pzkId}/spotkania/${s.meetingId}#ustalenia`,
      nav: '/pzk',
    });
    // Not the others' work: another institution, the animators, ROPS, another gmina.
    for (const a of [s.stranger, s.gops, s.pcpr, s.rops, s.gopsB]) expect(await keys(a)).not.toContain(`decision:${id}`);
  });

  it("a decision owned by a colleague's row of the same institution comes in for the institution's person", async () => {
    const id = await decide(s.rows.colleague);
    expect(await keys(s.member)).toContain(`decision:${id}`);
    expect(await keys(s.stranger)).not.toContain(`decision:${id}`);
  });

  it('a member removed from the team is no longer reminded of their decisions', async () => {
    const row = (await addMember(s.pcpr, { pzkId: s.pzkId, institutionId: s.stranger.scope.institutionId, name: 'Ewa Odchodząca', function: 'Kurator', teamRole: 'invited', email: 'ewa.odchodzaca@example.pl' })).id;
    const id = await decide(row);
    expect(await keys(s.stranger)).toContain(`decision:${id}`);
    await getDb().update(pzkMembers).set({ removedAt: new Date('2027-06-12T10:00:00Z') }).where(eq(pzkMembers.id, row));
    expect(await keys(s.stranger)).not.toContain(`decision:${id}`);
  });

  it("the animator's own decisions come in for them (member row with their e-mail)", async () => {
    const id = await decide(s.rows.gops);
    expect(await keys(s.gops)).toContain(`decision:${id}`);
    expect(await keys(s.member)).not.toContain(`decision:${id}`);
  });

  it('a guest (institution listed, agreement not signed) gets nothing; ROPS only observes', async () => {
    const id = await decide(s.rows.guest);
    expect(await keys(s.guest)).toEqual([]);
    expect(await keys(s.rops)).toEqual([]);
    expect(await keys(s.pcpr)).not.toContain(`decision:${id}`);
  });

  it('a long decision is shortened; marked done it disappears, reopened it comes back', async () => {
    const long = `Ustalić z dyrekcją szkoły ${'i z pedagogiem '.repeat(20)}termin warsztatu`;
    const id = await decide(s.rows.member, long);
    const item = (await decisionsSource(getDb(), s.member, '2027-06-15')).find((i) => i.key === `decision:${id}`)!;
    expect(item.what.length).toBeLessThanOrEqual('Ustalenie: '.length + 160);
    expect(item.what.endsWith('…')).toBe(true);

    const [d] = await getDb().select({ version: pzkDecisions.version }).from(pzkDecisions).where(eq(pzkDecisions.id, id));
    const done = await setDecisionStatus(s.member, { pzkId: s.pzkId, decisionId: id, version: d.version, status: 'done' });
    expect(await keys(s.member)).not.toContain(`decision:${id}`);
    expect((await getInbox(s.member, '2027-06-15')).items.map((i) => i.key)).not.toContain(`decision:${id}`);
    await setDecisionStatus(s.gops, { pzkId: s.pzkId, decisionId: id, version: done.version, status: 'open' });
    expect(await keys(s.member)).toContain(`decision:${id}`);
  });
});

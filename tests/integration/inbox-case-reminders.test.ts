import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { caseReminders, cases } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { clock } from '@/lib/clock';
import { getInbox } from '@/lib/inbox/inbox';
import { caseRemindersSource } from '@/lib/inbox/sources/case-reminders';
import { addDays } from '@/lib/model/dates';
import { caseSetup, newCase, type CaseSetup } from '../case-factories';

/*
 * Issue 15, item 1 — the case reminders of "Moja praca": the open reminders (computed by the
 * worker, lib/cases/reminders.ts) of the cases the person leads as key worker; the case named by
 * its number only; each linking to the page where it is dealt with. Resolved ones are gone.
 * (The worker's computation itself: tests/integration/cases-monitoring.test.ts.)
 */

let s: CaseSetup;
let caseId: number;
let number: string;

beforeAll(async () => {
  s = await caseSetup(['2014011', '2014022']);
  ({ caseId } = await newCase(s));
  [{ number }] = await getDb().select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
});

const remind = async (kind: 'monitoring_overdue' | 'ipp_ending' | 'case_11_months' | 'case_over_12_months', dueOn: string, resolved = false) =>
  (await getDb().insert(caseReminders).values({ caseId, kind, dueKey: dueOn, dueOn, resolvedAt: resolved ? clock.now() : null }).returning({ id: caseReminders.id }))[0].id;

describe('inbox: case reminders', () => {
  it("the key worker's open reminders come in, by case number, with the page where each is dealt with", async () => {
    const today = clock.today();
    const monitoring = await remind('monitoring_overdue', addDays(today, -3));
    const ipp = await remind('ipp_ending', addDays(today, 10));
    const months = await remind('case_11_months', today);
    const resolved = await remind('case_over_12_months', addDays(today, -1), true);
    const got = await caseRemindersSource(getDb(), s.socialWorker, today);
    const byKey = new Map(got.map((i) => [i.key, i]));
    expect(byKey.get(`case-reminder:${monitoring}`)).toEqual({
      key: `case-reminder:${monitoring}`,
      source: 'case_reminder',
      what: 'Minął miesiąc od ostatniego spotkania monitorującego',
      where: `Sprawa ${number}`,
      dueOn: addDays(today, -3),
      href: `/sprawy/${caseId}/monitoring`,
      nav: '/sprawy',
    });
    expect(byKey.get(`case-reminder:${ipp}`)).toMatchObject({ href: `/sprawy/${caseId}/ipp`, dueOn: addDays(today, 10) });
    expect(byKey.get(`case-reminder:${months}`)).toMatchObject({ href: `/sprawy/${caseId}`, what: expect.stringContaining('11 miesięcy') });
    expect(byKey.has(`case-reminder:${resolved}`)).toBe(false);
    // No family data: the case number is all that names it.
    expect(JSON.stringify(got)).not.toMatch(/Zięba|Halina/);

    // Overdue first in the inbox.
    const inbox = await getInbox(s.socialWorker, today);
    expect(inbox.groups[0].items.map((i) => i.key)).toContain(`case-reminder:${monitoring}`);
  });

  it('the reminders are the key worker’s only: not the animators’, not a member’s of the team, not another gmina’s', async () => {
    const id = await remind('monitoring_overdue', addDays(clock.today(), -20));
    for (const a of [s.gops, s.pcpr, s.member, s.strangerGops, s.rops]) {
      expect((await caseRemindersSource(getDb(), a, clock.today())).map((i) => i.key)).not.toContain(`case-reminder:${id}`);
    }
    expect((await caseRemindersSource(getDb(), s.socialWorker, clock.today())).map((i) => i.key)).toContain(`case-reminder:${id}`);
  });
});

import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, cases, emailOutbox } from '@/db/schema';
import { accessLog, givePurpose, openCase } from '@/lib/cases/access';
import { announceEnd, closeCase, createCase, getCaseOverview, getReferral, listCases, recordConsent, recordExtension, removeHouseholdMember, saveHouseholdMember, saveReferral, saveTeam, withdrawConsent } from '@/lib/cases/cases';
import { caseSetup, newCase, qualifiedCase, referralInput } from '../case-factories';

describe('the case account: who opens it', () => {
  it('opens for the key worker, the team and the animators; ROPS only with a purpose; nobody else', async () => {
    const s = await caseSetup(['2002052', '2002063']);
    const { caseId } = await newCase(s);
    for (const a of [s.socialWorker, s.gops, s.pcpr]) expect((await openCase(a, caseId)).access).toBe('write');
    expect((await openCase(s.member, caseId)).access).toBe('read');
    for (const a of [s.outsider, s.strangerGops, s.strangerMember]) await expect(openCase(a, caseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openCase(s.rops, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN', caseId });
    await expect(givePurpose(s.rops, { caseId, purpose: 'bo tak' })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(openCase(s.rops, caseId)).rejects.toMatchObject({ caseId });
    await givePurpose(s.rops, { caseId, purpose: 'Superwizja: przegląd pracy z rodziną na wniosek PCPR' });
    const seen = await openCase(s.rops, caseId);
    expect(seen).toMatchObject({ access: 'supervise', purpose: 'Superwizja: przegląd pracy z rodziną na wniosek PCPR' });
    const log = await accessLog(s.socialWorker, caseId);
    expect(log.entries.find((e) => e.kind === 'konto' && e.userEmail === s.rops.email)).toMatchObject({ purpose: 'Superwizja: przegląd pracy z rodziną na wniosek PCPR', outsider: true });
    const opened = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'case.opened'), eq(auditLog.entityId, String(caseId))));
    expect(opened.length).toBeGreaterThanOrEqual(5);
    await expect(accessLog(s.member, caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Lists follow the same rule; ROPS sees no names.
    expect((await listCases(s.member)).map((c) => c.id)).toContain(caseId);
    expect((await listCases(s.outsider)).map((c) => c.id)).not.toContain(caseId);
    expect((await listCases(s.strangerGops)).map((c) => c.id)).not.toContain(caseId);
    const ropsRow = (await listCases(s.rops)).find((c) => c.id === caseId);
    expect(ropsRow?.firstMember).toBeNull();
    expect((await listCases(s.gops)).find((c) => c.id === caseId)?.firstMember).toBe('Halina Z.');
  });

  it('checks PESEL, masks it for readers, and closes the case when consent is withdrawn', async () => {
    const s = await caseSetup(['2002073', '2002082']);
    const { caseId } = await newCase(s);
    await expect(saveHouseholdMember(s.gops, { caseId, firstName: 'Jan', lastName: 'Zięba', birthYear: '1950', relation: 'dziadek', pesel: '50010112346' })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { pesel: [expect.stringMatching(/suma kontrolna/)] } });
    await saveHouseholdMember(s.gops, { caseId, firstName: 'Jan', lastName: 'Zięba', birthYear: '1950', relation: 'dziadek', pesel: '50010112343' });
    await expect(saveHouseholdMember(s.member, { caseId, firstName: 'X', lastName: 'Y', relation: 'z' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const forReader = await getCaseOverview(s.member, caseId);
    const jan = forReader.members.find((m) => m.firstName === 'Jan')!;
    expect(jan.pesel).toBe('*******2343');
    expect(jan.fullPesel).toBeNull();
    const overview = await getCaseOverview(s.gops, caseId);
    const cooperation = overview.consents.find((c) => c.kind === 'cooperation')!;
    await withdrawConsent(s.gops, { caseId, consentId: cooperation.id, withdrawnOn: '2027-02-01', note: 'Rodzina rezygnuje' });
    const [c] = await getDb().select().from(cases).where(eq(cases.id, caseId));
    expect(c).toMatchObject({ status: 'closed', closedOn: '2027-02-01' });
    await expect(recordConsent(s.gops, { caseId, kind: 'cooperation', givenOn: '2027-02-02', form: 'oral', givenBy: 'Halina' })).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/zamknięta/) });
  });

  it('refuses a member of another PZK, and a PZK member outside the team, on every page and action of the account', async () => {
    const s = await caseSetup(['2002093', '2002103']);
    const { caseId, mother } = await qualifiedCase(s);
    const [c] = await getDb().select().from(cases).where(eq(cases.id, caseId));
    const attempts = (actor: typeof s.gops) => [
      getCaseOverview(actor, caseId),
      getReferral(actor, caseId),
      saveReferral(actor, { caseId, version: 1, ...referralInput(s.pzk.id, s.socialWorker.userId) }),
      saveHouseholdMember(actor, { caseId, firstName: 'X', lastName: 'Y', relation: 'z' }),
      removeHouseholdMember(actor, { caseId, memberId: mother }),
      recordConsent(actor, { caseId, kind: 'cooperation', givenOn: '2027-01-05', form: 'oral', givenBy: 'X' }),
      saveTeam(actor, { caseId, version: c.version, keyWorkerId: actor.userId, memberIds: [] }),
      recordExtension(actor, { caseId, version: c.version, until: '2028-06-30', reason: 'Decyzja PZK' }),
      announceEnd(actor, { caseId, version: c.version, on: '2027-03-20', plannedEndOn: '2027-12-31' }),
      closeCase(actor, { caseId, version: c.version, closedOn: '2027-03-01', reason: 'koniec' }),
    ];
    for (const stranger of [s.strangerGops, s.strangerMember, s.outsider]) {
      for (const [i, r] of (await Promise.allSettled(attempts(stranger))).entries()) {
        expect(r.status, `attempt ${i} by ${stranger.scope.role}`).toBe('rejected');
        expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'NOT_FOUND' });
      }
    }
    // The team member reads but changes nothing; nothing changed.
    for (const [i, r] of (await Promise.allSettled(attempts(s.member).slice(2))).entries()) {
      expect((r as PromiseRejectedResult).reason, `attempt ${i + 2} by the team member`).toMatchObject({ code: 'FORBIDDEN' });
    }
    const [after] = await getDb().select().from(cases).where(eq(cases.id, caseId));
    expect(after).toMatchObject({ version: c.version, status: 'qualified', keyWorkerId: s.socialWorker.userId, extensionUntil: null });
    // A member of another PZK cannot refer to this one either.
    await expect(createCase(s.strangerMember, referralInput(s.pzk.id, s.socialWorker.userId))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records an extension past 12 months and tells the PCPR animator of the planned end by e-mail, without family data', async () => {
    const s = await caseSetup(['2002112', '2002123']);
    const { caseId } = await qualifiedCase(s);
    const [c] = await getDb().select().from(cases).where(eq(cases.id, caseId));
    const { version } = await recordExtension(s.socialWorker, { caseId, version: c.version, until: '2028-04-30', reason: 'Decyzja PZK z 10.12.2027: syn kończy kurs zawodowy' });
    await expect(recordExtension(s.socialWorker, { caseId, version: c.version, until: '2028-04-30', reason: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await announceEnd(s.socialWorker, { caseId, version, on: '2027-03-20', plannedEndOn: '2028-04-30' });
    const mail = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toUserId, s.pcpr.userId));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain(c.number);
    expect(mail[0].body).toContain('30.04.2028');
    expect(mail[0].body).not.toMatch(/Zięba|Halina|Łukasz/);
    const [after] = await getDb().select().from(cases).where(eq(cases.id, caseId));
    expect(after).toMatchObject({ extensionUntil: '2028-04-30', endAnnouncedOn: '2027-03-20' });
  });
});

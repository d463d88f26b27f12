import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, documentTemplates, emailOutbox, modelChangeProposals, roleAssignments, users } from '@/db/schema';
import { createNationalAdmin } from '@/lib/accounts/national-admin';
import { loadActiveUser } from '@/lib/auth/assignments';
import { navEntries, navigationFor } from '@/lib/auth/navigation';
import { verifyPassword } from '@/lib/auth/password';
import { listCases } from '@/lib/cases/cases';
import { currentTemplate } from '@/lib/documents/store';
import { getTemplateForEdit, listTemplates, saveTemplateVersion } from '@/lib/documents/templates';
import { listRegionalThreads } from '@/lib/forum/forum';
import { dashboardRows, ownImplementations } from '@/lib/implementations/dashboard';
import { listNotifications } from '@/lib/implementations/notifications';
import { getTrack } from '@/lib/implementations/tracks';
import { listInstitutions } from '@/lib/institutions/institutions';
import { toSeed } from '@/lib/model/catalogue-edit';
import { editRecurring, editStep, editSubstep, getCatalogue, latestVersionId, loadCatalogue } from '@/lib/model/catalogue';
import { acceptProposal, getProposal, listProposals, pendingProposalCount, proposeCatalogueChange, proposeTemplateChange, returnProposal } from '@/lib/model/proposals';
import type { AppError } from '@/lib/errors';
import { getPulpit } from '@/lib/pulpit/pulpit';
import { listPzks } from '@/lib/pzk/pzk';
import { MAZOWIECKIE, PODLASKIE, makeActor, makeNationalAdmin, uid } from '../factories';
import { accepted } from '../implementation-factories';

// The catalogue and the templates are one for the whole database: every test starts from the
// current version of what it changes, and the tests of this file run one after another.

const failure = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => e);

async function latestRural() {
  const id = (await latestVersionId(getDb(), 'rural'))!;
  return (await loadCatalogue(getDb(), id))!;
}

/** A sub-step edit as its form sends it (strings, checklist one point per line). */
async function substepEdit(code: string, change: Partial<{ name: string; startMonth: number; durationMonths: number; checklist: string; note: string }> = {}) {
  const c = await latestRural();
  const s = c.substeps.find((x) => x.code === code)!;
  return {
    versionId: String(c.id),
    code,
    name: s.name,
    description: s.description,
    startMonth: String(s.startMonth),
    durationMonths: String(s.durationMonths),
    checklist: s.checklist.map((i) => i.text).join('\n'),
    note: '',
    ...Object.fromEntries(Object.entries(change).map(([k, v]) => [k, String(v)])),
  };
}

async function proposalRow(id: number) {
  const [p] = await getDb().select().from(modelChangeProposals).where(eq(modelChangeProposals.id, id));
  return p;
}

async function mailsTo(email: string) {
  return getDb().select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, email), eq(emailOutbox.kind, 'model_proposal')));
}

async function auditOf(action: string, entityId: number | string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(entityId))));
}

describe('who changes the national model', () => {
  it('a ROPS administrator can no longer version the catalogue or the templates directly, but proposes', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const before = await latestRural();
    const template = await currentTemplate(getDb(), 'annex');
    const edit = await substepEdit('6.3', { name: 'Lista aktywności i usług (propozycja)', durationMonths: 4 });

    for (const attempt of [
      () => editSubstep(rops, edit),
      () => editStep(rops, { versionId: before.id, number: 6, name: 'x', description: 'y' }),
      () => editRecurring(rops, { versionId: before.id, code: before.recurring[0].code, name: 'x', description: 'y', cadence: 'monthly', fromMonth: 1, toMonth: 2 }),
      () => saveTemplateVersion(rops, { kind: 'annex', baseVersion: template.version, changeNote: 'x', body: { ...template.body, title: 'Aneks (zmieniony)' } }),
    ]) {
      // One at a time: a refusal must never be left unawaited.
      expect(await failure(attempt())).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await latestRural()).id).toBe(before.id);
    expect((await currentTemplate(getDb(), 'annex')).version).toBe(template.version);

    const { id, summary } = await proposeCatalogueChange(rops, 'substep', edit);
    expect(summary).toBe('Podkrok 6.3 (gminy wiejskie): zmiana nazwy i terminów');
    const row = await proposalRow(id);
    expect(row).toMatchObject({ kind: 'substep', status: 'pending', voivodeshipId: rops.scope.voivodeshipId, proposedBy: rops.userId, decidedBy: null });
    // The parsed input is kept: numbers as numbers, the checklist as a list.
    expect(row.payload).toMatchObject({ versionId: before.id, code: '6.3', durationMonths: 4, checklist: before.substeps.find((s) => s.code === '6.3')!.checklist.map((c) => c.text) });
    expect(await auditOf('model_change.proposed', id)).toHaveLength(1);
    // Proposing changes nothing in the model.
    expect((await latestRural()).id).toBe(before.id);

    // The edit pages say which way the change goes.
    expect((await getTemplateForEdit(rops, 'annex')).mode).toBe('propose');
    expect((await listTemplates(rops)).mode).toBe('propose');
    expect((await getTemplateForEdit(await makeNationalAdmin(), 'annex')).mode).toBe('save');
    // Only ROPS administrators propose.
    for (const who of [await makeActor('rops_adviser', PODLASKIE), await makeActor('pcpr_animator', '2011')]) {
      expect(await failure(proposeCatalogueChange(who, 'substep', edit))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(getTemplateForEdit(who, 'annex'))).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('a proposal that could never be applied is refused at once, with the direct edit’s errors', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const national = await makeNationalAdmin();
    const count = async () => (await getDb().select({ id: modelChangeProposals.id }).from(modelChangeProposals)).length;
    const n = await count();

    // Outside its stage's window (stage III: months 4–16) — the same message as the direct edit.
    const outside = await substepEdit('6.3', { startMonth: 1 });
    const proposed = (await failure(proposeCatalogueChange(rops, 'substep', outside)))!;
    const direct = (await failure(editSubstep(national, outside)))!;
    expect(proposed.code).toBe('INVALID');
    expect(proposed.fieldErrors).toEqual(direct.fieldErrors);
    expect(proposed.fieldErrors?.startMonth?.[0]).toMatch(/oknie etapu/);

    // Every field error of the form's schema.
    const empty = (await failure(proposeCatalogueChange(rops, 'substep', { ...(await substepEdit('6.3')), name: ' ', checklist: '' })))!;
    expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(['checklist', 'name']);
    const c = await latestRural();
    const task = c.recurring[0];
    const backwards = (await failure(proposeCatalogueChange(rops, 'recurring', { versionId: c.id, code: task.code, name: task.name, description: task.description, cadence: task.cadence, fromMonth: 10, toMonth: 4 })))!;
    expect(backwards.fieldErrors?.toMonth).toEqual(['Miesiąc końcowy nie może być wcześniejszy niż początkowy.']);
    expect(await failure(proposeCatalogueChange(rops, 'substep', { ...(await substepEdit('6.3')), code: '99.9' }))).toMatchObject({ code: 'NOT_FOUND' });

    // A template with an unknown placeholder: the same field error as a direct save.
    const t = await currentTemplate(getDb(), 'confidentiality_statement');
    const badTemplate = { kind: 'confidentiality_statement', baseVersion: t.version, changeNote: 'Wstęp', body: { ...t.body, preamble: 'Ja, {{nieznane_pole}}' } };
    const badProposal = (await failure(proposeTemplateChange(rops, badTemplate)))!;
    expect(badProposal.fieldErrors).toEqual((await failure(saveTemplateVersion(national, badTemplate)))!.fieldErrors);
    expect(badProposal.fieldErrors?.['body.preamble']).toEqual(['Nieznane pole {{nieznane_pole}}.']);

    // Nothing to change.
    expect(await failure(proposeCatalogueChange(rops, 'substep', await substepEdit('6.3')))).toMatchObject({ code: 'INVALID' });
    expect(await count()).toBe(n);
  });

  it('accepting applies the change exactly as the direct edit would; the author is told', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const national = await makeNationalAdmin();
    const base = await latestRural();
    const input = await substepEdit('7.1', { name: 'Rozpoznanie potrzeb (po zmianie)', checklist: 'Pierwszy punkt\nDrugi punkt', note: 'Krótsza lista' });
    const { id } = await proposeCatalogueChange(rops, 'substep', input);

    const view = await getProposal(national, id);
    expect(view.canDecide).toBe(true);
    expect(view.stale).toBe(false);
    expect(view.changes.map((ch) => ch.label)).toEqual(['Nazwa', 'Lista kontrolna']);
    expect(view.changes[1].after).toBe('Pierwszy punkt\nDrugi punkt');

    const accepted = await acceptProposal(national, { id, note: 'Dziękujemy' });
    const applied = await latestRural();
    expect(applied.version).toBe(base.version + 1);
    expect(accepted.version).toBe(applied.version);
    expect(applied.createdBy).toBe(national.userId);
    expect(applied.note).toBe('Krótsza lista');
    // The new version is the base with exactly the proposed fields changed.
    const expected = toSeed(base);
    Object.assign(expected.substeps.find((s) => s.code === '7.1')!, { name: 'Rozpoznanie potrzeb (po zmianie)', checklist: ['Pierwszy punkt', 'Drugi punkt'] });
    expect(toSeed(applied)).toEqual(expected);
    // ... and what the national administrator's own edit of it makes is the same catalogue.
    const direct = await editSubstep(national, { ...input, versionId: applied.id });
    expect(toSeed((await loadCatalogue(getDb(), direct.id))!)).toEqual(toSeed(applied));

    const row = await proposalRow(id);
    expect(row).toMatchObject({ status: 'accepted', decidedBy: national.userId, decisionNote: 'Dziękujemy' });
    expect(row.decidedAt).toBeInstanceOf(Date);
    const mails = await mailsTo(rops.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toUserId: rops.userId, voivodeshipId: rops.scope.voivodeshipId });
    expect(mails[0].subject).toContain('przyjęta');
    expect(mails[0].body).toContain(`wersja ${applied.version}`);
    const [entry] = await auditOf('model_change.accepted', id);
    expect(entry).toMatchObject({ userId: national.userId, voivodeshipId: rops.scope.voivodeshipId });
    expect(await auditOf('catalogue.versioned', applied.id)).toHaveLength(1);
    // Decided once only.
    expect(await failure(acceptProposal(national, { id }))).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(returnProposal(national, { id, note: 'Jednak nie' }))).toMatchObject({ code: 'CONFLICT' });
    expect((await latestRural()).id).toBe(direct.id);
  });

  it('an accepted template proposal is the version a direct save would make', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const national = await makeNationalAdmin();
    const t = await currentTemplate(getDb(), 'pzk_accession');
    const input = { kind: 'pzk_accession', baseVersion: t.version, changeNote: 'Nowy tytuł i zakończenie', body: { ...t.body, title: 'Deklaracja przystąpienia (propozycja)', closing: 'Zakończenie po zmianie.' } };
    const { id, summary } = await proposeTemplateChange(rops, input);
    expect(summary).toBe('Wzór „Deklaracja przystąpienia do PZK”: zmiana tytułu i zakończenia');
    expect((await getProposal(rops, id)).changes.map((c) => c.label)).toEqual(['Tytuł dokumentu', 'Zakończenie']);

    const { version } = await acceptProposal(national, { id });
    expect(version).toBe(t.version + 1);
    const viaProposal = await currentTemplate(getDb(), 'pzk_accession');
    const direct = await saveTemplateVersion(national, { ...input, baseVersion: version });
    const [viaDirect] = await getDb().select().from(documentTemplates).where(eq(documentTemplates.id, direct.id));
    expect(viaProposal.body).toEqual(viaDirect.body);
    expect([viaProposal.changeNote, viaProposal.createdBy]).toEqual([viaDirect.changeNote, viaDirect.createdBy]);
    expect(viaProposal.body.title).toBe('Deklaracja przystąpienia (propozycja)');
  });

  it('returning needs a reason and changes nothing; the author is told why', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const national = await makeNationalAdmin();
    const before = await latestRural();
    const { id } = await proposeCatalogueChange(rops, 'substep', await substepEdit('8', { durationMonths: 2 }));
    const noReason = (await failure(returnProposal(national, { id, note: '  ' })))!;
    expect(noReason.code).toBe('INVALID');
    expect(noReason.fieldErrors?.note?.[0]).toMatch(/dlaczego zwracasz/);

    await returnProposal(national, { id, note: 'Krok 8 ma trwać miesiąc.' });
    expect((await latestRural()).id).toBe(before.id);
    expect(await proposalRow(id)).toMatchObject({ status: 'returned', decidedBy: national.userId, decisionNote: 'Krok 8 ma trwać miesiąc.' });
    const [mail] = await mailsTo(rops.email);
    expect(mail.subject).toContain('zwrócona');
    expect(mail.body).toContain('Krok 8 ma trwać miesiąc.');
    expect(await auditOf('model_change.returned', id)).toHaveLength(1);
    expect(await failure(acceptProposal(national, { id }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('a proposal made on an outdated version cannot be accepted (CONFLICT) and is to be returned', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const national = await makeNationalAdmin();
    const base = await latestRural();
    const first = await proposeCatalogueChange(rops, 'substep', await substepEdit('9.1', { name: 'Ewaluacja — przygotowanie' }));
    const second = await proposeCatalogueChange(rops, 'substep', await substepEdit('9.2', { name: 'Raport — nowa nazwa' }));
    await acceptProposal(national, { id: first.id });

    const stale = (await failure(acceptProposal(national, { id: second.id })))!;
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/Zwróć ją autorowi/);
    // Nothing of the refused decision is kept.
    expect(await proposalRow(second.id)).toMatchObject({ status: 'pending', decidedBy: null, decidedAt: null });
    expect((await latestRural()).version).toBe(base.version + 1);
    expect(await mailsTo(rops.email)).toHaveLength(1);
    expect((await getProposal(national, second.id)).stale).toBe(true);
    await returnProposal(national, { id: second.id, note: 'Przygotuj zmianę na aktualnej wersji katalogu.' });

    // Proposing on an outdated version is refused at once, like the direct edit.
    expect(await failure(proposeCatalogueChange(rops, 'substep', { ...(await substepEdit('9.2', { name: 'Inna nazwa' })), versionId: String(base.id) }))).toMatchObject({ code: 'CONFLICT' });

    // Templates: a direct save in between makes the proposal stale.
    const t = await currentTemplate(getDb(), 'agreement_regional');
    const proposal = await proposeTemplateChange(rops, { kind: 'agreement_regional', baseVersion: t.version, changeNote: 'Tytuł', body: { ...t.body, title: 'Porozumienie (propozycja)' } });
    await saveTemplateVersion(national, { kind: 'agreement_regional', baseVersion: t.version, changeNote: 'Zmiana krajowa', body: { ...t.body, title: 'Porozumienie (krajowe)' } });
    expect(await failure(acceptProposal(national, { id: proposal.id }))).toMatchObject({ code: 'CONFLICT' });
    expect((await currentTemplate(getDb(), 'agreement_regional')).body.title).toBe('Porozumienie (krajowe)');
  });

  it('of two decisions at once only one wins', async () => {
    const rops = await makeActor('rops_admin', PODLASKIE);
    const [n1, n2] = [await makeNationalAdmin(), await makeNationalAdmin()];
    const base = await latestRural();

    // The same proposal accepted twice at once: one version, one e-mail.
    const { id } = await proposeCatalogueChange(rops, 'substep', await substepEdit('10.1', { name: 'Działania środowiskowe (zmiana)' }));
    const results = await Promise.allSettled([acceptProposal(n1, { id }), acceptProposal(n2, { id })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect((await latestRural()).version).toBe(base.version + 1);
    expect(await mailsTo(rops.email)).toHaveLength(1);

    // Accept and return at once: the proposal ends in one state only.
    const other = await proposeCatalogueChange(rops, 'substep', await substepEdit('10.2', { name: 'Nowa nazwa 10.2' }));
    const mixed = await Promise.allSettled([acceptProposal(n1, { id: other.id }), returnProposal(n2, { id: other.id, note: 'Nie teraz' })]);
    expect(mixed.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const row = await proposalRow(other.id);
    expect((await latestRural()).version).toBe(base.version + (row.status === 'accepted' ? 2 : 1));

    // Two proposals on the same version accepted at once: the second sees the first's version.
    const now = await latestRural();
    const a = await proposeCatalogueChange(rops, 'substep', await substepEdit('10.3', { name: 'Zmiana A' }));
    const b = await proposeCatalogueChange(rops, 'substep', await substepEdit('10.4', { name: 'Zmiana B' }));
    const both = await Promise.allSettled([acceptProposal(n1, { id: a.id }), acceptProposal(n2, { id: b.id })]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((both.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect((await latestRural()).version).toBe(now.version + 1);
  });

  it('a ROPS administrator of another województwo neither sees nor decides; only the national administrator decides', async () => {
    const podlaskie = await makeActor('rops_admin', PODLASKIE);
    const mazowsze = await makeActor('rops_admin', MAZOWIECKIE);
    const national = await makeNationalAdmin();
    const { id } = await proposeCatalogueChange(podlaskie, 'step', { versionId: (await latestRural()).id, number: 5, name: 'Krok 5 — nowa nazwa', description: (await latestRural()).steps.find((s) => s.number === 5)!.description });
    const own = await proposeCatalogueChange(mazowsze, 'step', { versionId: (await latestRural()).id, number: 4, name: 'Krok 4 — z Mazowsza', description: (await latestRural()).steps.find((s) => s.number === 4)!.description });

    expect((await listProposals(mazowsze)).map((p) => p.id)).toEqual([own.id]);
    expect((await listProposals(podlaskie)).map((p) => p.id)).not.toContain(own.id);
    expect((await listProposals(podlaskie)).map((p) => p.id)).toContain(id);
    expect(await failure(getProposal(mazowsze, id))).toMatchObject({ code: 'NOT_FOUND' });
    for (const who of [mazowsze, podlaskie]) {
      expect(await failure(acceptProposal(who, { id }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(returnProposal(who, { id, note: 'x' }))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await getProposal(podlaskie, id)).canDecide).toBe(false);
    expect(await failure(listProposals(await makeActor('rops_adviser', PODLASKIE)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await pendingProposalCount(mazowsze)).toBe(1);
    expect(await pendingProposalCount(await makeActor('gops_animator', '2011022'))).toBeNull();

    // The national administrator sees every województwo's, those waiting first.
    const all = await listProposals(national);
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining([id, own.id]));
    const firstDecided = all.findIndex((p) => p.status !== 'pending');
    expect(all.slice(firstDecided).every((p) => p.status !== 'pending')).toBe(true);
    expect(all.find((p) => p.id === own.id)).toMatchObject({ voivodeshipName: 'mazowieckie' });
    expect(await pendingProposalCount(national)).toBe(all.filter((p) => p.status === 'pending').length);
  });

  it('the national administrator reads no województwo’s data', async () => {
    const national = await makeNationalAdmin();
    const rops = await makeActor('rops_adviser', PODLASKIE);
    const { trackIds } = await accepted(await makeActor('pcpr_animator', '2011'), rops, ['2011022']);
    expect(national.scope).toMatchObject({ level: 'national', scopeLabel: 'cały kraj' });

    const nothing = async (p: Promise<unknown>) => {
      const r = await p.then((v) => ({ v }), (e: AppError) => ({ e }));
      if ('e' in r) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(r.e.code);
      else expect(r.v).toEqual([]);
    };
    await nothing(dashboardRows(national));
    await nothing(ownImplementations(national));
    await nothing(getTrack(national, trackIds[0]));
    await nothing(listNotifications(national));
    await nothing(listCases(national));
    await nothing(listPzks(national));
    await nothing(listInstitutions(national, {}));
    await nothing(listRegionalThreads(national));

    const pulpit = await getPulpit(national);
    // "Moja praca" of the national administrator: the model's proposals only, nothing of a województwo.
    expect(pulpit).toMatchObject({ teams: null, caseload: null });
    expect(pulpit.inbox.items.filter((i) => i.nav !== '/admin/propozycje')).toEqual([]);
    // Its navigation: the public calculator and model, the templates, the proposals, the default
    // retention classes and its own settings — nothing of a województwo (the calculator's rates are
    // published to anyone; /admin/retencja sends it to the national defaults).
    const nav = navEntries(navigationFor(national)).map((i) => i.href);
    expect(nav.filter((h) => !h.startsWith('/konto'))).toEqual(['/pulpit', '/model', '/kalkulator', '/admin/wzory', '/admin/propozycje', '/admin/retencja']);
    expect((await getCatalogue(national, 'rural')).catalogue.id).toBe((await latestRural()).id);
    // A ROPS administrator's navigation keeps the templates (to propose) and gains the proposals.
    const ropsNav = navEntries(navigationFor(await makeActor('rops_admin', PODLASKIE))).map((i) => i.href);
    expect(ropsNav).toEqual(expect.arrayContaining(['/admin/wzory', '/admin/propozycje', '/wdrozenia', '/forum']));
  });
});

describe('npm run admin:create', () => {
  it('creates an active national administrator with a generated password, once', async () => {
    const email = `Krajowy.${uid()}@Example.pl`;
    const r = await createNationalAdmin(getDb(), { email, name: 'Jan Krajowy' }, { operator: 'test' });
    expect(r).toMatchObject({ email: email.toLowerCase(), created: true, roleAdded: true, activated: false });
    expect(r.generatedPassword!.length).toBeGreaterThanOrEqual(20);
    const [user] = await getDb().select().from(users).where(eq(users.id, r.userId));
    expect(user).toMatchObject({ status: 'active', name: 'Jan Krajowy', institutionId: null });
    expect(await verifyPassword(user.passwordHash, r.generatedPassword!)).toBe(true);
    const loaded = await loadActiveUser(getDb(), r.userId);
    expect(loaded!.assignments).toEqual([expect.objectContaining({ role: 'national_admin', level: 'national' })]);
    const [assignment] = await getDb().select().from(roleAssignments).where(eq(roleAssignments.userId, r.userId));
    expect(assignment.voivodeshipId).toBeNull();
    expect(await auditOf('national_admin.granted', r.userId)).toHaveLength(1);

    // Again: nothing changes, no new entry, no password shown.
    const again = await createNationalAdmin(getDb(), { email }, { operator: 'test' });
    expect(again).toMatchObject({ userId: r.userId, created: false, roleAdded: false, generatedPassword: null });
    expect(await auditOf('national_admin.granted', r.userId)).toHaveLength(1);
  });

  it('takes ADMIN_PASSWORD when given, checks it, and gives the role to an existing account keeping its password', async () => {
    const email = `krajowy.${uid()}@example.pl`;
    expect(await failure(createNationalAdmin(getDb(), { email, password: 'krotkie' }, { operator: 'test' }))).toMatchObject({ code: 'INVALID', fieldErrors: { password: [expect.stringMatching(/co najmniej 10/)] } });
    expect(await failure(createNationalAdmin(getDb(), { email: 'nie-e-mail' }, { operator: 'test' }))).toMatchObject({ code: 'INVALID' });
    const r = await createNationalAdmin(getDb(), { email, password: 'Bardzo-Dlugie-Haslo-1' }, { operator: 'test' });
    expect(r.generatedPassword).toBeNull();
    const [user] = await getDb().select().from(users).where(eq(users.id, r.userId));
    expect(await verifyPassword(user.passwordHash, 'Bardzo-Dlugie-Haslo-1')).toBe(true);

    // A blocked ROPS administrator: made active, given the role, the password unchanged.
    const rops = await makeActor('rops_admin', PODLASKIE, { status: 'disabled' });
    const [before] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, rops.userId));
    const granted = await createNationalAdmin(getDb(), { email: rops.email, password: 'Inne-Haslo-Ktore-Nie-Wejdzie' }, { operator: 'test' });
    expect(granted).toMatchObject({ userId: rops.userId, created: false, roleAdded: true, activated: true, generatedPassword: null });
    const [after] = await getDb().select({ hash: users.passwordHash, status: users.status }).from(users).where(eq(users.id, rops.userId));
    expect(after).toEqual({ hash: before.hash, status: 'active' });
    const roles = (await loadActiveUser(getDb(), rops.userId))!.assignments.map((a) => a.role).sort();
    expect(roles).toEqual(['national_admin', 'rops_admin']);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { caseEvaluations, ipps } from '@/db/schema';
import { createNextIpp, getIppPage, saveContract, saveIpp } from '@/lib/cases/ipp';
import { MEMBER_UNCOVERED } from '@/lib/cases/ipp-rules';
import { HOUSEHOLD_MEMBER, ippSchema } from '@/lib/cases/ipp-schemas';
import { getMonitoring, recordMonitoring } from '@/lib/cases/monitoring';
import { contractPdf, evaluationPdf, ippPdf } from '@/lib/cases/pdf';
import { implementationFigures } from '@/lib/evaluation/figures';
import { fieldErrorsOf } from '@/lib/validation/parse';
import { caseSetup, goalInput, ippInput, qualifiedCase, taskInput, type CaseSetup } from '../case-factories';
import { usePdfText } from '../pdf-text';

/*
 * Goals of the whole household (issue 14, item 12): a goal may belong to the family as a whole
 * (memberId null, "cel rodzinny"); every member is covered by an own goal, a household goal or a
 * reason recorded in the IPP. Household goals are monitored and charted as one series, printed
 * under "Cel rodzinny — cała rodzina" and counted once in the stage IV figures.
 * Gminas of this file: 2007043/2007052, 2007062/2007072 (powiat 2007), 2014022/2014032 (powiat 2014).
 */

const pdfText = usePdfText('household');

const ippRow = async (id: number) => (await getDb().select().from(ipps).where(eq(ipps.id, id)))[0];

const FAMILY_TITLE = 'Wspólne posiłki całej rodziny';
const REASON = 'nie dotyczy — dziecko w wieku 4 lat, cele w celu rodzinnym';

/** A goal of the whole household, as the IPP form sends it. */
const householdGoal = (over: Record<string, unknown> = {}) => ({
  ...goalInput(0),
  memberId: HOUSEHOLD_MEMBER,
  area: 'rodzinny',
  title: FAMILY_TITLE,
  expectedEffect: 'Rodzina je razem co najmniej jeden posiłek dziennie.',
  baseline: '2',
  target: '7',
  tasks: [taskInput({ description: 'Warsztaty dla rodziców z asystentem rodziny', institutionName: 'Ośrodek Pomocy Społecznej', dueOn: '2027-03-01' })],
  ...over,
});

/** The form's rows: one per household member, in household order. */
const rows = (...pairs: [number, string][]) => pairs.map(([memberId, reason]) => ({ memberId: String(memberId), reason }));

async function firstIpp(s: CaseSetup) {
  const made = await qualifiedCase(s);
  const { id: ippId } = await createNextIpp(s.gops, { caseId: made.caseId, startsOn: '2027-01-15', endsOn: '2027-04-14', pzkAttendance: 'in_person' });
  return { ...made, ippId };
}

describe('goals of the whole household', () => {
  it('saves a household goal that covers every member, monitors and charts it as one series, continues it into the next IPP and prints it under "Cel rodzinny"', async () => {
    const s = await caseSetup(['2007043', '2007052']);
    const { caseId, mother, son, ippId } = await firstIpp(s);
    const family = householdGoal();
    const motherGoal = goalInput(mother, { title: 'Systematyczne leczenie matki' });

    // The son has no goal of his own and no reason: the household goal covers him.
    const { version } = await saveIpp(s.gops, ippInput(caseId, ippId, 1, [family, motherGoal], { memberReasons: rows([mother, ''], [son, '']) }));
    const stored = await ippRow(ippId);
    expect(stored.version).toBe(version);
    expect(stored.goals.map((g) => [g.key, g.memberId, g.area])).toEqual([
      [family.key, null, 'rodzinny'],
      [motherGoal.key, mother, 'zdrowie'],
    ]);
    expect(stored.memberReasons).toEqual([]);

    // The kontrakt's draft lists the household's commitments once, before the members'.
    const page = await getIppPage(s.gops, caseId, ippId);
    expect(page.contractDraft.familyCommitments).toMatch(new RegExp(`^Cała rodzina \\(cel rodzinny\\):\\n– ${FAMILY_TITLE} \\(obszar: rodzinny\\)`));
    expect(page.contractDraft.familyCommitments).not.toContain('Łukasz Zięba:');

    // Monitoring asks for the household goal's scale like any other; leaving it out is refused.
    const taskStatuses = [...family.tasks, ...motherGoal.tasks].map((t) => ({ taskKey: t.key, status: 'in_progress' }));
    const meeting = (heldOn: string, familyValue: string, motherValue: string) => ({
      caseId: String(caseId),
      heldOn,
      scales: [
        { goalKey: family.key, value: familyValue },
        { goalKey: motherGoal.key, value: motherValue },
      ],
      satisfaction: '7',
      taskStatuses,
      notes: '',
    });
    await expect(recordMonitoring(s.gops, { ...meeting('2027-02-10', '4', '3'), scales: [{ goalKey: motherGoal.key, value: '3' }] }, '2027-03-20')).rejects.toMatchObject({ code: 'INVALID' });
    await recordMonitoring(s.gops, meeting('2027-02-10', '4', '3'), '2027-03-20');
    await recordMonitoring(s.gops, meeting('2027-03-12', '6', '5'), '2027-03-20');

    const m = await getMonitoring(s.gops, caseId, '2027-03-20');
    const series = m.series.find((x) => x.key === family.key)!;
    expect(series).toMatchObject({ memberId: null, area: 'rodzinny', baseline: 2, latest: 6, change: 4, reached: false });
    expect(series.points).toEqual([
      { date: '2027-02-10', value: 4 },
      { date: '2027-03-12', value: 6 },
    ]);
    // One series for the family, not one per member.
    expect(m.series.filter((x) => x.area === 'rodzinny')).toHaveLength(1);
    expect(m.areas.find((a) => a.area === 'rodzinny')).toMatchObject({ goals: 1, measured: 1 });

    // The PDFs: the household goal under its own heading, before the members' goals.
    const ipp = pdfText((await ippPdf(s.gops, caseId, ippId)).pdf);
    const heading = ipp.indexOf('Cel rodzinny — cała rodzina');
    expect(heading).toBeGreaterThan(-1);
    expect(ipp.indexOf(FAMILY_TITLE)).toBeGreaterThan(heading);
    expect(ipp.indexOf('Systematyczne leczenie matki')).toBeGreaterThan(ipp.indexOf(FAMILY_TITLE));
    const current = await ippRow(ippId);
    await saveContract(s.gops, { caseId: String(caseId), ippId: String(ippId), version: String(current.version), concludedOn: '2027-01-20', familyCommitments: page.contractDraft.familyCommitments, workerCommitments: page.contractDraft.workerCommitments, institutionCommitments: '', consequences: '' });
    const contract = pdfText((await contractPdf(s.gops, caseId, ippId)).pdf);
    expect(contract).toContain(`${FAMILY_TITLE} — cel rodzinny (cała rodzina)`);
    await getDb().insert(caseEvaluations).values({ caseId, evaluatedOn: '2027-04-14', results: { [family.key]: 7, [motherGoal.key]: 6 }, outcome: 'goals_reached', evaluatedBy: s.socialWorker.userId });
    const evaluation = pdfText((await evaluationPdf(s.gops, caseId)).pdf);
    expect(evaluation).toContain('Cel rodzinny — cała rodzina');
    expect(evaluation).toContain(FAMILY_TITLE);
    await getDb().delete(caseEvaluations).where(eq(caseEvaluations.caseId, caseId));

    // The next IPP continues the household goal with the same key, from its latest value.
    const { id: nextId } = await createNextIpp(s.gops, { caseId, startsOn: '2027-04-15', endsOn: '2027-07-14', pzkAttendance: 'in_person' });
    expect((await ippRow(nextId)).goals.find((g) => g.key === family.key)).toMatchObject({ memberId: null, baseline: 6, title: FAMILY_TITLE });
  });

  it('refuses a member with no own goal, no household goal and no reason — beside his row, nothing saved; accepts and keeps a recorded reason', async () => {
    const s = await caseSetup(['2007062', '2007072']);
    const { caseId, mother, son, ippId } = await firstIpp(s);
    const motherGoal = goalInput(mother);

    // The same schema on the client: the message stands beside the son's row.
    const input = ippInput(caseId, ippId, 1, [motherGoal], { memberReasons: rows([mother, ''], [son, '  ']) });
    const parsed = ippSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toMatchObject({ 'memberReasons.1.reason': [MEMBER_UNCOVERED] });
    expect(fieldErrorsOf(parsed.error!)['memberReasons.0.reason']).toBeUndefined();
    await expect(saveIpp(s.gops, input)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { 'memberReasons.1.reason': [MEMBER_UNCOVERED] } });
    // A form without the rows (or a member added meanwhile): the server checks the household itself.
    await expect(saveIpp(s.gops, ippInput(caseId, ippId, 1, [motherGoal]))).rejects.toMatchObject({
      code: 'INVALID',
      message: 'Każda osoba z gospodarstwa domowego musi mieć własny cel, cel rodzinny (dla całej rodziny) albo zapisany powód braku celu. Brak celu: Łukasz Zięba.',
    });
    expect(await ippRow(ippId)).toMatchObject({ version: 1, goals: [], memberReasons: [] });

    // With the reason recorded it saves; a reason beside an own goal is not kept.
    await saveIpp(s.gops, ippInput(caseId, ippId, 1, [motherGoal], { memberReasons: rows([mother, 'zbędny powód'], [son, `  ${REASON} `]) }));
    const stored = await ippRow(ippId);
    expect(stored).toMatchObject({ version: 2, memberReasons: [{ memberId: son, reason: REASON }] });
    expect(stored.goals.map((g) => g.memberId)).toEqual([mother]);

    // The form opens with the reason in the son's row; the PDF prints it.
    const page = await getIppPage(s.gops, caseId, ippId);
    expect(page.ipp.memberReasons).toEqual([{ memberId: son, reason: REASON }]);
    const text = pdfText((await ippPdf(s.gops, caseId, ippId)).pdf);
    expect(text).toContain('Osoby bez własnego celu');
    expect(text).toContain(`Łukasz Zięba (syn): ${REASON}`);
  });

  it('counts a household goal once in the stage IV figures, however many members the family has', async () => {
    const s = await caseSetup(['2014022', '2014032']);
    const { caseId, mother, ippId } = await firstIpp(s);
    const family = householdGoal();
    await saveIpp(s.gops, ippInput(caseId, ippId, 1, [family, goalInput(mother)], { memberReasons: rows() }));
    const stored = await ippRow(ippId);
    const tasks = stored.goals.flatMap((g) => g.tasks).map((t) => ({ taskKey: t.key, status: 'done' }));
    await recordMonitoring(
      s.gops,
      { caseId: String(caseId), heldOn: '2027-02-10', scales: stored.goals.map((g) => ({ goalKey: g.key, value: g.key === family.key ? '7' : '3' })), satisfaction: '8', taskStatuses: tasks, notes: '' },
      '2027-03-20',
    );
    const f = await implementationFigures(getDb(), s.tracks[0].implementationId!, new Date('2027-12-31T12:00:00Z'));
    // Two members, one household goal: one goal in "rodzinny", reached (2 → 7, target 7).
    expect(f.areas.find((a) => a.area === 'rodzinny')).toEqual({ area: 'rodzinny', goals: 1, measured: 1, reached: 1, averageChange: 5 });
    expect(f.areas.find((a) => a.area === 'zdrowie')).toMatchObject({ goals: 1, measured: 1 });
    expect(f.casesQualified).toBe(1);
  });
});

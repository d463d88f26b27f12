/**
 * The case page under load: 60,000 cases in the database (spread over the demo's PZKs and 3,000
 * key workers, each with two household members, one IPP and three monitoring entries), and one
 * measured case of the demo's key worker with 5 household members, 8 goals over 4 IPPs and
 * 12 months of monthly monitoring. The database must hold the demo data (SEED_DEMO=1).
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { caseMembers, caseMonitoring, cases, caseSessions, ipps, pzks, users, type IppGoal } from '../../db/schema';
import { addDays, addMonths } from '../../lib/model/dates';

const CASES = 60_000;
const WORKERS = 3_000;

export async function generateCases(db: Db, log: (msg: string) => void): Promise<{ caseId: number; cases: number }> {
  const t0 = performance.now();
  const teams = await db.select().from(pzks);
  const [worker] = await db.select({ id: users.id, hash: users.passwordHash }).from(users).where(eq(users.email, 'gops.dabrowa@kooperacja.test'));
  const dabrowa = teams[0];

  await db.execute(sql`
    insert into users (email, name, job_title, password_hash, status)
    select 'bench.worker.' || g || '@kooperacja.test', 'Pracownik ' || g, 'pracownik socjalny', ${worker.hash}, 'active'
    from generate_series(1, ${WORKERS}) g`);
  const pzkIds = `{${teams.map((t) => t.id).join(',')}}`;
  // Set-based: one statement per table. Each case sits in one of the demo's PZKs (its place copied).
  await db.execute(sql`
    insert into cases (number, pzk_id, voivodeship_id, powiat_id, gmina_id, kind, status, key_worker_id, qualified_on, created_by)
    select 'B/' || g, p.id, p.voivodeship_id, p.powiat_id, p.gmina_id,
      (array['person','family','group'])[1 + g % 3]::case_kind,
      (array['qualified','qualified','qualified','referred','after_care','closed'])[1 + g % 6]::case_status,
      w.id, date '2026-01-01' + (g % 300), w.id
    from generate_series(1, ${CASES}) g
    join lateral (select * from pzks where id = (${pzkIds}::int[])[1 + g % ${teams.length}]) p on true
    join lateral (select id from users where email = 'bench.worker.' || (1 + g % ${WORKERS}) || '@kooperacja.test') w on true`);
  await db.execute(sql`
    insert into case_members (case_id, first_name, last_name, birth_year, relation, position)
    select c.id, (array['Anna','Jan','Maria','Piotr'])[1 + (c.id + k) % 4], 'Nazwisko' || c.id, 1960 + (c.id + k) % 50, (array['matka','syn'])[k], k - 1
    from cases c cross join generate_series(1, 2) k where c.number like 'B/%'`);
  await db.execute(sql`
    insert into ipps (case_id, sequence, starts_on, ends_on, goals, pzk_attendance)
    select c.id, 1, c.qualified_on + 3, c.qualified_on + 90,
      jsonb_build_array(jsonb_build_object('key', 'g' || c.id, 'memberId', 0, 'area', 'zdrowie', 'title', 'Cel', 'expectedEffect', 'Efekt', 'baseline', 2, 'target', 8,
        'tasks', jsonb_build_array(jsonb_build_object('key', 't' || c.id, 'serviceId', null, 'description', 'Zadanie', 'institutionId', inst.id, 'institutionName', coalesce(inst.name, ''), 'person', '', 'dueOn', c.qualified_on + 30)))),
      'through_key_worker'
    from cases c
    left join lateral (select id, name from institutions where powiat_id = c.powiat_id order by id offset c.id % 5 limit 1) inst on true
    where c.number like 'B/%' and c.qualified_on is not null`);
  // The IPP tasks as rows, as lib/cases/ipp.ts keeps them (the inbox finds an institution's tasks there).
  await db.execute(sql`
    insert into ipp_tasks (ipp_id, task_key, case_id, goal_key, institution_id, description, due_on)
    select i.id, t->>'key', i.case_id, g->>'key', (t->>'institutionId')::integer, t->>'description', (t->>'dueOn')::date
    from ipps i join cases c on c.id = i.case_id
    cross join lateral jsonb_array_elements(i.goals) g cross join lateral jsonb_array_elements(g->'tasks') t
    where c.number like 'B/%'`);
  await db.execute(sql`
    insert into case_monitoring (case_id, ipp_id, held_on, scales, satisfaction, task_statuses, recorded_by, recorded_by_name)
    select i.case_id, i.id, i.starts_on + 30 * k, jsonb_build_object('g' || i.case_id, 2 + k), 5 + k, '{}'::jsonb, ${worker.id}, 'bench'
    from ipps i join cases c on c.id = i.case_id cross join generate_series(1, 3) k where c.number like 'B/%'`);
  log(`cases: ${CASES} cases with households, IPPs and monitoring in ${Math.round(performance.now() - t0)} ms`);

  // The measured case: the demo key worker's, 5 members, 8 goals over 4 IPPs, 12 monthly entries.
  const qualifiedOn = '2025-12-01';
  const [c] = await db
    .insert(cases)
    .values({ number: 'B/MEASURED', pzkId: dabrowa.id, voivodeshipId: dabrowa.voivodeshipId, powiatId: dabrowa.powiatId, gminaId: dabrowa.gminaId, kind: 'family', status: 'qualified', qualifiedOn, keyWorkerId: worker.id, createdBy: worker.id })
    .returning({ id: cases.id });
  const members = await db
    .insert(caseMembers)
    .values(['matka', 'ojciec', 'syn', 'córka', 'babcia'].map((relation, i) => ({ caseId: c.id, firstName: ['Halina', 'Marek', 'Łukasz', 'Zofia', 'Irena'][i], lastName: 'Zięba', birthYear: [1972, 1970, 1998, 2005, 1945][i], relation, position: i })))
    .returning({ id: caseMembers.id });
  const goals: IppGoal[] = Array.from({ length: 8 }, (_, i) => ({
    key: `m-g${i}`,
    memberId: members[i % 5].id,
    area: ['zdrowie', 'rodzinny', 'prozawodowy', 'edukacyjny', 'socjalny', 'prawny', 'sport_kultura', 'spoleczno_integracyjny'][i],
    title: `Cel ${i + 1}: zmiana w obszarze`,
    expectedEffect: 'Oczekiwany efekt opisany słowami rodziny.',
    baseline: 1 + (i % 3),
    target: 8,
    tasks: [0, 1].map((t) => ({ key: `m-g${i}-t${t}`, serviceId: null, description: `Zadanie ${t + 1}`, institutionId: null, institutionName: 'Ośrodek Pomocy Społecznej', person: 'Tomasz Lewandowski', dueOn: addMonths(qualifiedOn, 1) })),
  }));
  for (let s = 0; s < 4; s++) {
    const startsOn = addMonths(addDays(qualifiedOn, 3), 3 * s);
    const [ipp] = await db
      .insert(ipps)
      .values({ caseId: c.id, sequence: s + 1, startsOn, endsOn: addDays(addMonths(startsOn, 3), -1), goals, pzkAttendance: 'in_person', acceptedOn: startsOn })
      .returning({ id: ipps.id });
    for (let m = 0; m < 3; m++) {
      const month = 3 * s + m;
      await db.insert(caseMonitoring).values({
        caseId: c.id,
        ippId: ipp.id,
        heldOn: addDays(addMonths(startsOn, m), 20),
        scales: Object.fromEntries(goals.map((g, i) => [g.key, Math.min(10, g.baseline + Math.floor((month * (i + 2)) / 4))])),
        satisfaction: Math.min(10, 4 + Math.floor(month / 2)),
        taskStatuses: Object.fromEntries(goals.flatMap((g) => g.tasks.map((t) => [t.key, month > 6 ? 'done' : 'in_progress']))),
        notes: 'Spotkanie monitorujące w domu rodziny.',
        recordedBy: worker.id,
        recordedByName: 'Tomasz Lewandowski',
      });
    }
  }
  await db.insert(caseSessions).values([
    { caseId: c.id, kind: 'workshop', heldOn: '2025-12-10', recordedBy: worker.id },
    { caseId: c.id, kind: 'supervision', heldOn: '2026-03-10', recordedBy: worker.id },
  ]);
  await db.execute(sql`analyze`);
  return { caseId: c.id, cases: CASES + 1 };
}

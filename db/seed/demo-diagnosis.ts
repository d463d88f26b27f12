import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { gminas, localDiagnoses, localDiagnosisGminas, notificationDiagnoses, notificationGminas, notifications, powiats, users } from '../schema';
import { clock } from '../../lib/clock';
import { unsafeServicesPrefill } from '../../lib/diagnosis/prefill';

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Example figures (not real statistics) for the demo's two gminas. */
const FIGURES: Record<string, Record<string, number | null>> = {
  '2011093': { population: 2150, beneficiaries: 240, families: 96, fosterFamilies: 3, disabled: 190, elderly: 560, violenceCases: 6, unemployed: 88 },
  '2011022': { population: 5180, beneficiaries: 410, families: 152, fosterFamilies: 5, disabled: 380, elderly: 1120, violenceCases: 11, unemployed: 175 },
};

/**
 * The local diagnosis of step 2.1 in the demo (issue 18 §4): powiat sokólski's PCPR animator
 * finished it about six weeks ago for Suchowola and Janów, and the notification still waiting for
 * ROPS (gmina 2011093) names it — ROPS opens it from the notification before deciding.
 */
export async function seedDemoDiagnosis(tx: DbOrTx) {
  const [pcpr] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'pcpr@kooperacja.test'));
  const [powiat] = await tx.select().from(powiats).where(eq(powiats.teryt, '2011'));
  const gs = await tx.select({ id: gminas.id, teryt: gminas.teryt, name: gminas.name }).from(gminas).where(inArray(gminas.teryt, Object.keys(FIGURES)));
  if (!pcpr || !powiat || !gs.length) return;
  const today = clock.today();
  const prefill = await unsafeServicesPrefill(tx, powiat.voivodeshipId, powiat.id, gs.map((g) => g.id));
  const [d] = await tx
    .insert(localDiagnoses)
    .values({
      voivodeshipId: powiat.voivodeshipId,
      powiatId: powiat.id,
      title: `Diagnoza sytuacji powiatowo-gminnej — powiat sokólski ${clock.year()}`,
      madeOn: addDays(today, -60),
      problems:
        'Z analizy powiatowej oceny zasobów pomocy społecznej (OZPS) i gminnych strategii rozwiązywania problemów społecznych: starzenie się mieszkańców i samotność osób starszych, długotrwałe bezrobocie, niewydolność wychowawcza części rodzin z dziećmi, przemoc w rodzinie (procedury „Niebieskie Karty”).',
      needs: 'Asystent rodziny w każdej gminie, usługi opiekuńcze w miejscu zamieszkania, dostęp do psychologa i terapeuty uzależnień, transport do specjalistów w Sokółce.',
      resources: 'PCPR w Sokółce, GOPS w każdej gminie, szkoły i przedszkola, ośrodki zdrowia, Komenda Powiatowa Policji, Powiatowy Urząd Pracy, parafie i koła gospodyń wiejskich.',
      servicesAvailable: prefill.servicesAvailable,
      missing: `${prefill.missing}\n• Psycholog dziecięcy i terapeuta uzależnień w gminach (dojazd do Sokółki ponad 30 km).`.trim(),
      targetGroup: 'Rodziny z dziećmi w kryzysie — w obu gminach najwięcej rodzin objętych pomocą ma dzieci w wieku szkolnym, a procedury „Niebieskie Karty” dotyczą głównie takich rodzin.',
      finishedAt: new Date(`${addDays(today, -45)}T12:00:00Z`),
      version: 3,
      createdBy: pcpr.id,
      updatedBy: pcpr.id,
    })
    .returning({ id: localDiagnoses.id });
  await tx.insert(localDiagnosisGminas).values(gs.map((g) => ({ diagnosisId: d.id, gminaId: g.id, figures: FIGURES[g.teryt] })));
  const waiting = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .innerJoin(notificationGminas, eq(notificationGminas.notificationId, notifications.id))
    .innerJoin(gminas, eq(gminas.id, notificationGminas.gminaId))
    .where(and(eq(notifications.status, 'submitted'), eq(notifications.powiatId, powiat.id), eq(gminas.teryt, '2011093')));
  if (waiting[0]) await tx.insert(notificationDiagnoses).values({ notificationId: waiting[0].id, diagnosisId: d.id });
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NewCaseForm } from '@/components/cases/ReferralForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { referralOptions, referralPzks } from '@/lib/cases/cases';
import { guard } from '@/lib/page-guard';

import { formatDateTime } from '@/lib/text';
import { clock } from '@/lib/clock';

export const metadata: Metadata = { title: 'Zgłoszenie osoby lub rodziny' };

export default async function NewCasePage({ searchParams }: { searchParams: Promise<{ pzk?: string }> }) {
  const actor = await requireActor();
  await authorize(actor, 'case.refer');
  const { pzk } = await searchParams;
  if (pzk !== undefined && !/^\d{1,9}$/.test(pzk)) notFound();
  const teams = pzk ? [] : await referralPzks(actor);
  const chosen = pzk ? Number(pzk) : teams.length === 1 ? teams[0].id : null;
  if (!chosen) {
    return (
      <>
        <PageHeader title="Zgłoszenie osoby lub rodziny" lead="Wybierz zespół (PZK), do którego kierujesz zgłoszenie." />
        {teams.length === 0 ? (
          <p>Nie należysz do żadnego zespołu, który może przyjmować zgłoszenia (instytucja musi podpisać porozumienie PZK lub deklarację).</p>
        ) : (
          <ul className="list-disc pl-6">
            {teams.map((t) => (
              <li key={t.id}>
                <Link href={`/sprawy/nowa?pzk=${t.id}`} className={linkClass}>
                  PZK gminy {t.gminaName}
                </Link>{' '}
                (powiat {t.powiatName})
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const o = await guard(referralOptions(actor, chosen));
  return (
    <>
      <PageHeader title="Zgłoszenie osoby lub rodziny" lead={`${o.pzk.name} — karta oczekiwań. Zgłoszenie przedstawia się na spotkaniu PZK; o kwalifikacji decyduje zespół z animatorem GOPS.`} />
      <NewCaseForm
        pzkId={o.pzk.id}
        keyWorkers={o.keyWorkers.map((w) => ({ value: w.id, label: `${w.name} (${w.jobTitle})` }))}
        options={{
          institutions: o.institutions.map((i) => ({ value: String(i.id), label: i.name })),
          meetings: o.meetings.map((m) => ({ value: String(m.id), label: formatDateTime(m.startsAt) })),
        }}
        defaults={{
          keyWorkerId: o.keyWorkers.find((w) => w.id === actor.userId)?.id ?? '',
          referringInstitutionId: '',
          referringInstitutionName: '',
          referrerName: actor.name,
          referredOn: clock.today(),
          situation: '',
          reasons: '',
          expectations: '',
          expectedFrom: '',
          meetingId: '',
        }}
      />
    </>
  );
}

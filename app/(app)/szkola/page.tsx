import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { canOpen } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { TRAINING_KINDS, TRAINING_STEPS } from '@/lib/school/training-schemas';
import { listTrainings } from '@/lib/school/trainings';
import { didacticHours } from '@/lib/school/hours';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Szkoła Kooperacji' };

export default async function SchoolPage() {
  const actor = await requireActor();
  const { canManage, trainings } = await guard(listTrainings(actor));
  return (
    <>
      <PageHeader
        title="Szkoła Kooperacji"
        lead="Szkolenia podstawowe, rozszerzone i specjalistyczne oraz wizyty studyjne prowadzone przez ROPS w województwie. Uczestnicy szkolenia podstawowego otrzymują zaświadczenie jego ukończenia."
        actions={
          <span className="flex flex-wrap items-center gap-4">
            {canManage && (
              <Link href="/szkola/szkolenia/nowe" className={buttonClass}>
                Dodaj szkolenie
              </Link>
            )}
            {(canOpen(actor, 'training_need.submit') || canOpen(actor, 'training_need.view')) && (
              <Link href="/szkola/potrzeby" className={linkClass}>
                Potrzeby szkoleniowe
              </Link>
            )}
          </span>
        }
      />
      {trainings.length ? (
        <ResponsiveTable label="Szkolenia Szkoły Kooperacji w województwie, od najnowszych">
          <table className={tableClass}>
            <caption className="sr-only">Szkolenia Szkoły Kooperacji w województwie, od najnowszych</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Data</th>
                <th scope="col" className={thClass}>Rodzaj</th>
                <th scope="col" className={thClass}>Temat</th>
                <th scope="col" className={thClass}>Miejsce</th>
                <th scope="col" className={thClass}>Prowadzący</th>
                <th scope="col" className={thClass}>Uczestnicy</th>
              </tr>
            </thead>
            <tbody>
              {trainings.map((t) => (
                <tr key={t.id}>
                  <td className={tdClass}>
                    {formatDate(t.heldOn)}
                    {t.hours != null && <span className="block text-sm text-slate-700">{didacticHours(t.hours)}</span>}
                  </td>
                  <td className={tdClass}>
                    {TRAINING_KINDS[t.kind]}
                    {t.step && <span className="block text-sm text-slate-700">{TRAINING_STEPS[t.step]}</span>}
                  </td>
                  <td className={tdClass}>
                    <Link href={`/szkola/szkolenia/${t.id}`} className={linkClass}>
                      {t.topic}
                    </Link>
                  </td>
                  <td className={tdClass}>{t.place}</td>
                  <td className={tdClass}>{t.trainer}</td>
                  <td className={tdClass}>
                    {t.participants}
                    {t.attendanceClosedAt && <span className="block text-sm text-slate-700">lista zamknięta, obecnych {t.attendees}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      ) : (
        <p className="text-slate-700">W województwie nie zapisano jeszcze żadnego szkolenia.</p>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddInstitutionParticipantForm, AddUserParticipantForm, CloseAttendanceButton, RemoveParticipantButton, TrainingAttendanceForm } from '@/components/school/ParticipantForms';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { TRAINING_KINDS, TRAINING_STEPS } from '@/lib/school/training-schemas';
import { getTraining } from '@/lib/school/trainings';
import { didacticHours } from '@/lib/school/hours';
import { formatDate, formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Szkolenie' };

export default async function TrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { training: t, implementationLabel, canManage, closed, participants, registry } = await guard(getTraining(actor, Number(id)));
  const base = `/szkola/szkolenia/${t.id}`;
  const attendees = participants.filter((p) => p.attended).length;
  const kind = TRAINING_KINDS[t.kind];
  return (
    <>
      <PageHeader
        title={t.topic}
        lead={`${kind[0].toUpperCase()}${kind.slice(1)}, ${formatDate(t.heldOn)}`}
        actions={
          <span className="flex flex-wrap gap-4">
            {canManage && !closed && (
              <Link href={`${base}/edycja`} className={linkClass}>
                Zmień szkolenie
              </Link>
            )}
            {canManage && closed && (
              <a href={`${base}/zaswiadczenia`} className={linkClass}>
                Wszystkie zaświadczenia (PDF)
              </a>
            )}
          </span>
        }
      />
      <p className="mb-4">
        <Link href="/szkola" className={linkClass}>
          ← Szkoła Kooperacji
        </Link>
      </p>

      <section aria-labelledby="szczegoly" className="mb-8">
        <h2 id="szczegoly" className="mb-3 text-xl font-semibold">Szczegóły</h2>
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-medium">Rodzaj</dt>
          <dd>{kind}</dd>
          <dt className="font-medium">Data</dt>
          <dd>{formatDate(t.heldOn)}</dd>
          <dt className="font-medium">Czas trwania</dt>
          <dd>{t.hours != null ? didacticHours(t.hours) : 'nie podano'}</dd>
          <dt className="font-medium">Miejsce</dt>
          <dd>{t.place}</dd>
          <dt className="font-medium">Prowadzący</dt>
          <dd>{t.trainer}</dd>
          {t.kind === 'basic' && (
            <>
              <dt className="font-medium">Wdrożenie</dt>
              <dd>{implementationLabel ?? '—'}</dd>
              <dt className="font-medium">Krok harmonogramu</dt>
              <dd>{t.step ? TRAINING_STEPS[t.step] : '—'}</dd>
            </>
          )}
          <dt className="font-medium">Lista obecności</dt>
          <dd>{closed ? `zamknięta ${formatDateTime(t.attendanceClosedAt!)} — zaświadczenia wydane` : 'otwarta'}</dd>
        </dl>
        {t.description && <p className="mt-3 max-w-3xl whitespace-pre-line">{t.description}</p>}
      </section>

      <section aria-labelledby="uczestnicy" className="mb-8">
        <h2 id="uczestnicy" className="mb-3 text-xl font-semibold">Uczestnicy</h2>
        {participants.length ? (
          <ResponsiveTable label="Uczestnicy szkolenia" className="mb-4">
            <table className={tableClass}>
              <caption className="sr-only">Uczestnicy szkolenia</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Imię i nazwisko</th>
                  <th scope="col" className={thClass}>Funkcja i instytucja</th>
                  <th scope="col" className={thClass}>Obecność</th>
                  <th scope="col" className={thClass}>Zaświadczenie</th>
                  {canManage && !closed && (
                    <th scope="col" className={thClass}>
                      <span className="sr-only">Działania</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {participants.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      {p.name}
                      {p.own && <span className="block text-sm text-slate-700">(Ty)</span>}
                    </th>
                    <td className={tdClass}>
                      {[p.function, p.institutionName].filter(Boolean).join(', ') || '—'}
                      {p.gminaName && <span className="block text-sm text-slate-700">gmina {p.gminaName}</span>}
                    </td>
                    <td className={tdClass}>{p.attended ? 'obecny(a)' : closed ? 'nieobecny(a)' : '—'}</td>
                    <td className={tdClass}>
                      {p.certificateNumber ? (
                        <>
                          <span className="block">{p.certificateNumber}</span>
                          {p.canDownload && (
                            <a href={`${base}/zaswiadczenie/${p.id}`} className={linkClass} aria-label={`Zaświadczenie (PDF): ${p.name}`}>
                              Zaświadczenie (PDF)
                            </a>
                          )}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    {canManage && !closed && (
                      <td className={tdClass}>
                        <RemoveParticipantButton trainingId={t.id} participantId={p.id} name={p.name} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        ) : (
          <p className="mb-4 text-slate-700">Nie dodano jeszcze uczestników.</p>
        )}
        {registry && (
          <>
            <h3 className="mb-2 text-lg font-semibold">Dodaj uczestnika</h3>
            <div className="grid max-w-5xl gap-4 lg:grid-cols-2">
              <AddUserParticipantForm trainingId={t.id} users={registry.users} />
              <AddInstitutionParticipantForm trainingId={t.id} groups={registry.institutions} />
            </div>
          </>
        )}
      </section>

      {canManage && !closed && participants.length > 0 && (
        <section aria-labelledby="obecnosc" className="mb-8">
          <h2 id="obecnosc" className="mb-3 text-xl font-semibold">Lista obecności</h2>
          <TrainingAttendanceForm trainingId={t.id} participants={participants} attended={participants.filter((p) => p.attended).map((p) => p.id)} />
          {t.kind === 'basic' ? (
            attendees > 0 ? (
              <CloseAttendanceButton trainingId={t.id} version={t.version} attendees={attendees} />
            ) : (
              <p className="text-slate-700">Zaznacz i zapisz obecność — potem można zamknąć listę obecności i wydać zaświadczenia.</p>
            )
          ) : (
            <p className="text-slate-700">Zaświadczenia wydaje się tylko po szkoleniu podstawowym.</p>
          )}
        </section>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { WzkAttendanceForm, WzkDecisionForm, WzkDecisionStatusButton, WzkMinutesForm } from '@/components/wzk/WzkMeetingForms';
import { requireActor } from '@/lib/auth/session';
import { formatWindow } from '@/lib/model/dates';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { getWzkMeeting } from '@/lib/wzk/meetings';

export const metadata: Metadata = { title: 'Spotkanie WZK' };

export default async function WzkMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { canManage, meeting: m, members, attendance, decisions, occurrence } = await guard(getWzkMeeting(actor, Number(id)));
  const base = `/wzk/spotkania/${m.id}`;
  const byKey = new Map(attendance.map((a) => [a.partyKey, a]));
  // A row per member, as the agreement lists them (the list is saved as a whole).
  const rows = members.map((x) => ({ partyKey: x.key, partyName: x.name, present: byKey.get(x.key)?.present ?? false, personName: byKey.get(x.key)?.personName ?? '' }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/wzk" className={linkClass}>
          ← Wojewódzki Zespół Kooperacji
        </Link>
      </p>
      <PageHeader
        title={`Spotkanie WZK ${formatDateTime(m.startsAt)}`}
        actions={
          <span className="flex flex-wrap gap-4">
            {canManage && (
              <Link href={`${base}/edycja`} className={linkClass}>
                Zmień spotkanie
              </Link>
            )}
            <a href={`${base}/spotkanie.ics`} className={linkClass}>
              Dodaj do kalendarza (.ics)
            </a>
            <a href={`${base}/protokol.pdf`} className={linkClass}>
              Protokół (PDF)
            </a>
          </span>
        }
      />
      <section aria-labelledby="szczegoly" className="mb-8">
        <h2 id="szczegoly" className="mb-3 text-xl font-semibold">Szczegóły</h2>
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-medium">Termin</dt>
          <dd>
            {formatDateTime(m.startsAt)}, {m.durationMinutes} min
          </dd>
          <dt className="font-medium">Miejsce</dt>
          <dd className="break-words">{m.place || '—'}</dd>
          {m.onlineUrl && (
            <>
              <dt className="font-medium">Online</dt>
              <dd className="break-all">
                <a href={m.onlineUrl} className={linkClass} rel="noopener noreferrer" target="_blank">
                  {m.onlineUrl} <span className="sr-only">(otwiera się w nowej karcie)</span>
                </a>
              </dd>
            </>
          )}
          <dt className="font-medium">Harmonogram</dt>
          <dd>
            {occurrence
              ? `Spotkanie WZK kwartału (okres: ${formatWindow(occurrence.periodStart, occurrence.dueDate)}) — ${occurrence.status === 'done' ? 'wykonane' : 'oznaczy się jako wykonane po opublikowaniu protokołu'}`
              : 'Termin poza oknami spotkań WZK harmonogramu regionalnego.'}
          </dd>
        </dl>
        <h3 className="mt-4 mb-2 text-lg font-semibold">Porządek spotkania</h3>
        <p className="max-w-3xl whitespace-pre-line text-slate-800">{m.agenda || '—'}</p>
      </section>

      <section aria-labelledby="obecnosc" className="mb-8">
        <h2 id="obecnosc" className="mb-3 text-xl font-semibold">Lista obecności</h2>
        {canManage ? (
          <WzkAttendanceForm meetingId={m.id} rows={rows} />
        ) : attendance.length ? (
          <ul>
            {attendance.map((a) => (
              <li key={a.partyKey}>
                {a.partyName} — {a.present ? `obecny${a.personName ? ` (${a.personName})` : ''}` : 'nieobecny'}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">Lista obecności nie została jeszcze wypełniona.</p>
        )}
      </section>

      <section aria-labelledby="ustalenia" className="mb-8">
        <h2 id="ustalenia" className="mb-3 text-xl font-semibold">Ustalenia</h2>
        {decisions.length ? (
          <ResponsiveTable label="Ustalenia ze spotkania WZK">
            <table className={tableClass}>
              <caption className="sr-only">Ustalenia ze spotkania WZK</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Ustalenie</th>
                  <th scope="col" className={thClass}>Odpowiedzialny</th>
                  <th scope="col" className={thClass}>Termin</th>
                  <th scope="col" className={thClass}>Status</th>
                </tr>
              </thead>
              <tbody>
                {decisions.map((d) => (
                  <tr key={d.id}>
                    <td className={`${tdClass} whitespace-pre-line`}>{d.text}</td>
                    <td className={tdClass}>{d.ownerName || '—'}</td>
                    <td className={tdClass}>{d.dueOn ? formatDate(d.dueOn) : '—'}</td>
                    <td className={tdClass}>
                      <span className="block">{d.status === 'done' ? `wykonane${d.doneAt ? ` ${formatDate(d.doneAt)}` : ''}` : 'otwarte'}</span>
                      {canManage && <WzkDecisionStatusButton decisionId={d.id} version={d.version} status={d.status === 'done' ? 'open' : 'done'} label={d.text.slice(0, 80)} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        ) : (
          <p className="text-slate-700">Brak ustaleń.</p>
        )}
        {canManage && members.length > 0 && <WzkDecisionForm meetingId={m.id} owners={members.map((x) => ({ value: x.key, label: x.name }))} />}
      </section>

      <section aria-labelledby="protokol" className="mb-8">
        <h2 id="protokol" className="mb-3 text-xl font-semibold">Protokół</h2>
        <p className="mb-3">{m.minutesPublishedAt ? `Opublikowany ${formatDateTime(m.minutesPublishedAt)}.` : 'Nieopublikowany — PDF drukuje się jako projekt.'}</p>
        {canManage ? (
          <WzkMinutesForm meetingId={m.id} version={m.version} minutes={m.minutes} published={!!m.minutesPublishedAt} />
        ) : m.minutesPublishedAt ? (
          <div className="max-w-3xl whitespace-pre-line rounded border border-slate-200 bg-white p-3">{m.minutes}</div>
        ) : (
          <p className="text-slate-700">Protokół pojawi się po opublikowaniu przez ROPS.</p>
        )}
      </section>
    </>
  );
}

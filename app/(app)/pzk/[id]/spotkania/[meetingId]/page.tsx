import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { OptionGroup } from '@/components/forms/fields';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { AGENDA_AREAS } from '@/lib/pzk/meeting-schemas';
import { agendaChecklist, kindTitle } from '@/lib/pzk/meeting-kinds';
import { getMeeting } from '@/lib/pzk/meetings';
import { formatDate, formatDateTime } from '@/lib/text';
import { formatWindow } from '@/lib/model/dates';
import { AttendanceForm, ConsultationForm, DecisionForm, DecisionStatusButton, DeleteConsultationButton, MinutesForm } from './MeetingForms';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Spotkanie zespołu' };

export default async function MeetingPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(meetingId)) notFound();
  const actor = await requireActor();
  const { pzk, canRun, meeting: m, occurrence, team, attendance, decisions, consultations } = await guard(getMeeting(actor, Number(id), Number(meetingId)));
  const base = `/pzk/${pzk.id}/spotkania/${m.id}`;
  const owners: OptionGroup[] = [];
  for (const t of team) {
    const label = t.institutionName ?? 'Osoby spoza instytucji';
    const g = owners.find((o) => o.label === label) ?? (owners.push({ label, options: [] }), owners[owners.length - 1]);
    g.options.push({ value: t.id, label: t.name });
  }
  const presentIds = attendance.filter((a) => a.present).map((a) => a.memberId);
  const points = agendaChecklist(m.kind, m.agendaDone);
  // A kind with its own points shows the three areas only where something was written.
  const areas = AGENDA_AREAS.filter((a) => !points.length || m[a.key]);
  return (
    <>
      <PageHeader
        title={`${kindTitle(m.kind)} ${formatDateTime(m.startsAt)}`}
        lead={pzk.name}
        actions={
          <span className="flex flex-wrap gap-4">
            {canRun && (
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
      <PzkNav pzk={pzk} current="/spotkania" />
      <p className="mb-4">
        <Link href={`/pzk/${pzk.id}/spotkania`} className={linkClass}>
          ← Wszystkie spotkania
        </Link>
      </p>

      <section aria-labelledby="szczegoly" className="mb-8">
        <h2 id="szczegoly" className="mb-3 text-xl font-semibold">Szczegóły</h2>
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-medium">Termin</dt>
          <dd>
            {formatDateTime(m.startsAt)}, {m.durationMinutes} min
          </dd>
          <dt className="font-medium">Miejsce</dt>
          <dd>{m.place || '—'}</dd>
          {m.onlineUrl && (
            <>
              <dt className="font-medium">Online</dt>
              <dd>
                <a href={m.onlineUrl} className={linkClass} rel="noopener noreferrer" target="_blank">
                  {m.onlineUrl} <span className="sr-only">(otwiera się w nowej karcie)</span>
                </a>
              </dd>
            </>
          )}
          {occurrence && (
            <>
              <dt className="font-medium">Harmonogram</dt>
              <dd>
                Spotkanie comiesięczne z harmonogramu (okres: {formatWindow(occurrence.periodStart, occurrence.dueDate)}) — {occurrence.status === 'done' ? 'wykonane' : 'oznaczy się jako wykonane po opublikowaniu protokołu'}
              </dd>
            </>
          )}
        </dl>
        <h3 className="mt-4 mb-2 text-lg font-semibold">Porządek spotkania</h3>
        {points.length > 0 && (
          <ul className="mb-4 max-w-3xl space-y-1" aria-label="Punkty porządku spotkania">
            {points.map((p) => (
              <li key={p.key} className="flex gap-2">
                <span aria-hidden="true" className={p.done ? 'text-green-800' : 'text-slate-500'}>
                  {p.done ? '✓' : '○'}
                </span>
                <span>
                  {p.label} — <span className={p.done ? 'font-medium text-green-900' : 'text-slate-700'}>{p.done ? 'zrealizowany' : 'niezrealizowany'}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <dl className="max-w-3xl">
          {areas.map((a) => (
            <div key={a.key} className="mb-2">
              <dt className="font-medium">{a.label}</dt>
              <dd className="whitespace-pre-line text-slate-800">{m[a.key] || '—'}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="obecnosc" className="mb-8">
        <h2 id="obecnosc" className="mb-3 text-xl font-semibold">Lista obecności</h2>
        {canRun ? (
          <AttendanceForm pzkId={pzk.id} meetingId={m.id} team={team} present={presentIds} />
        ) : attendance.length ? (
          <ul>
            {attendance.map((a) => (
              <li key={a.memberId}>
                {a.name} ({a.institutionName ?? 'osobiście'}) — {a.present ? 'obecny' : 'nieobecny'}
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
          <ResponsiveTable label="Ustalenia ze spotkania">
            <table className={tableClass}>
              <caption className="sr-only">Ustalenia ze spotkania</caption>
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
                    <td className={tdClass}>{d.ownerName ?? '—'}</td>
                    <td className={tdClass}>{d.dueOn ? formatDate(d.dueOn) : '—'}</td>
                    <td className={tdClass}>
                      <span className="block">{d.status === 'done' ? `wykonane${d.doneAt ? ` ${formatDate(d.doneAt)}` : ''}` : 'otwarte'}</span>
                      {d.canChange && <DecisionStatusButton pzkId={pzk.id} decisionId={d.id} version={d.version} status={d.status === 'done' ? 'open' : 'done'} label={d.text.slice(0, 80)} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        ) : (
          <p className="text-slate-700">Brak ustaleń.</p>
        )}
        {canRun && <DecisionForm pzkId={pzk.id} meetingId={m.id} owners={owners} />}
      </section>

      <section aria-labelledby="konsultacje" className="mb-8">
        <h2 id="konsultacje" className="mb-3 text-xl font-semibold">Konsultacje po spotkaniu</h2>
        <p className="mb-3 text-slate-700">Mobilny punkt konsultacyjny: specjaliści przyjmują osoby i rodziny po spotkaniu. Tu zapisuje się tylko terminy — bez danych rodzin.</p>
        {consultations.length ? (
          <ul className="space-y-1">
            {consultations.map((c) => (
              <li key={c.id} className="flex flex-wrap gap-3">
                <span>
                  {formatDateTime(c.startsAt)} — {c.specialist} — {c.forWhom}
                </span>
                {canRun && <DeleteConsultationButton pzkId={pzk.id} consultationId={c.id} label={`${c.specialist}, ${formatDateTime(c.startsAt)}`} />}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">Brak terminów konsultacji.</p>
        )}
        {canRun && <ConsultationForm pzkId={pzk.id} meetingId={m.id} />}
      </section>

      <section aria-labelledby="protokol" className="mb-8">
        <h2 id="protokol" className="mb-3 text-xl font-semibold">Protokół</h2>
        <p className="mb-3">{m.minutesPublishedAt ? `Opublikowany ${formatDateTime(m.minutesPublishedAt)}.` : 'Nieopublikowany — PDF drukuje się jako projekt.'}</p>
        {canRun ? (
          <MinutesForm pzkId={pzk.id} meetingId={m.id} version={m.version} minutes={m.minutes} published={!!m.minutesPublishedAt} />
        ) : m.minutesPublishedAt ? (
          <div className="max-w-3xl whitespace-pre-line rounded border border-slate-200 bg-white p-3">{m.minutes}</div>
        ) : (
          <p className="text-slate-700">Protokół pojawi się po opublikowaniu przez animatorów.</p>
        )}
      </section>
    </>
  );
}

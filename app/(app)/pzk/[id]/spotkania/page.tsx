import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { formingComplete, formingProgressText, MEETING_KINDS } from '@/lib/pzk/meeting-kinds';
import { listMeetings } from '@/lib/pzk/meetings';
import { formatDate, formatDateTime } from '@/lib/text';
import { formatWindow } from '@/lib/model/dates';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Spotkania zespołu' };

type Row = Awaited<ReturnType<typeof listMeetings>>['upcoming'][number];

function MeetingsTable({ pzkId, rows, caption }: { pzkId: number; rows: Row[]; caption: string }) {
  if (!rows.length) return <p className="mb-6 text-slate-700">Brak spotkań.</p>;
  return (
    <ResponsiveTable label={caption} className="mb-8">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Termin</th>
            <th scope="col" className={thClass}>Rodzaj</th>
            <th scope="col" className={thClass}>Miejsce</th>
            <th scope="col" className={thClass}>Protokół</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td className={tdClass}>
                <Link href={`/pzk/${pzkId}/spotkania/${m.id}`} className={linkClass}>
                  {formatDateTime(m.startsAt)}
                </Link>
              </td>
              <td className={tdClass}>{MEETING_KINDS[m.kind]}</td>
              <td className={tdClass}>{[m.place, m.onlineUrl ? 'online' : ''].filter(Boolean).join(' + ')}</td>
              <td className={tdClass}>{m.minutesPublishedAt ? `opublikowany ${formatDate(m.minutesPublishedAt)}` : 'nieopublikowany'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

export default async function MeetingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, canRun, forming, upcoming, past, scheduleSlots, openDecisions } = await guard(listMeetings(actor, Number(id)));
  return (
    <>
      <PageHeader
        title={`Spotkania — ${pzk.name}`}
        lead={
          forming
            ? 'Spotkania inicjujące i formalizujące, które tworzą zespół, potem spotkania comiesięczne z harmonogramu i interwencyjne — z porządkiem, listą obecności, ustaleniami i protokołem.'
            : 'Spotkania comiesięczne z harmonogramu i spotkania interwencyjne, z porządkiem, listą obecności, ustaleniami i protokołem.'
        }
        actions={
          <>
            {canRun && (
              <Link href={`/pzk/${pzk.id}/spotkania/nowe`} className={buttonClass}>
                Zaplanuj spotkanie
              </Link>
            )}{' '}
            <Link href="/kalendarz" className={linkClass}>
              Spotkania w moim kalendarzu
            </Link>
          </>
        }
      />
      <PzkNav pzk={pzk} current="/spotkania" />
      {forming && (
        <p className="mb-6 rounded border border-slate-300 bg-slate-50 p-3">
          {formingProgressText(forming)}.{' '}
          <span className="text-slate-700">{formingComplete(forming) ? 'Zespół utworzony zgodnie z modelem.' : 'Liczą się spotkania z opublikowanym protokołem.'}</span>
        </p>
      )}

      <h2 className="mb-3 text-xl font-semibold">Nadchodzące spotkania</h2>
      <MeetingsTable pzkId={pzk.id} rows={upcoming} caption="Nadchodzące spotkania" />

      <h2 className="mb-3 text-xl font-semibold">Z harmonogramu — do zaplanowania</h2>
      {scheduleSlots.length ? (
        <ul className="mb-8 space-y-2">
          {scheduleSlots.slice(0, 6).map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-3">
              <span>
                {s.name} — okres: {formatWindow(s.periodStart, s.dueDate)}
              </span>
              {canRun && (
                <Link href={`/pzk/${pzk.id}/spotkania/nowe?termin=${s.id}`} className={linkClass} aria-label={`Zaplanuj: ${s.name}, okres: ${formatWindow(s.periodStart, s.dueDate)}`}>
                  Zaplanuj
                </Link>
              )}
            </li>
          ))}
          {scheduleSlots.length > 6 && <li className="text-slate-700">…i {scheduleSlots.length - 6} dalszych w harmonogramie.</li>}
        </ul>
      ) : (
        <p className="mb-8 text-slate-700">Wszystkie spotkania z harmonogramu są zaplanowane.</p>
      )}

      <h2 className="mb-3 text-xl font-semibold">Otwarte ustalenia</h2>
      {openDecisions.length ? (
        <ResponsiveTable label="Otwarte ustalenia ze wszystkich spotkań" className="mb-8">
          <table className={tableClass}>
            <caption className="sr-only">Otwarte ustalenia ze wszystkich spotkań</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Ustalenie</th>
                <th scope="col" className={thClass}>Odpowiedzialny</th>
                <th scope="col" className={thClass}>Termin</th>
                <th scope="col" className={thClass}>Ze spotkania</th>
              </tr>
            </thead>
            <tbody>
              {openDecisions.map((d) => (
                <tr key={d.id}>
                  <td className={`${tdClass} whitespace-pre-line`}>{d.text}</td>
                  <td className={tdClass}>{d.ownerName ?? '—'}</td>
                  <td className={tdClass}>{d.dueOn ? formatDate(d.dueOn) : '—'}</td>
                  <td className={tdClass}>
                    <Link href={`/pzk/${pzk.id}/spotkania/${d.meetingId}`} className={linkClass}>
                      {formatDate(d.meetingStartsAt)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      ) : (
        <p className="mb-8 text-slate-700">Brak otwartych ustaleń.</p>
      )}

      <h2 className="mb-3 text-xl font-semibold">Odbyte spotkania</h2>
      <MeetingsTable pzkId={pzk.id} rows={past} caption="Odbyte spotkania" />
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { ProgressChart } from '@/components/cases/ProgressChart';
import { requireActor } from '@/lib/auth/session';
import { HOUSEHOLD_LABEL } from '@/lib/cases/ipp-rules';
import { getMonitoring, type MonitoringView } from '@/lib/cases/monitoring';
import { formatChange } from '@/lib/cases/scaling';
import { REMINDER_LABELS, SESSION_KINDS, TASK_PROGRESS_LABELS, TASK_STATUS_LABELS } from '@/lib/cases/vocabulary';
import { minIso } from '@/lib/model/dates';
import { guard } from '@/lib/page-guard';
import { FROZEN_MESSAGES } from '@/lib/rodo/freeze';
import { AREAS } from '@/lib/services/vocabulary';
import { formatDate, formatDateTime } from '@/lib/text';
import { plural, WORDS } from '@/lib/plural';
import { MonitoringForm, type FormIpp } from './MonitoringForm';
import { SessionForm } from './SessionForm';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Monitoring pracy z rodziną' };

const areaLabel = (a: string) => (AREAS as Record<string, string>)[a] ?? a;
const h2 = 'mb-3 mt-8 text-xl font-semibold';

export default async function MonitoringPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const m = await guard(getMonitoring(actor, Number(id)));
  const c = m.case;
  const memberName = new Map(m.members.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  const memberOf = (memberId: number | null) => (memberId === null ? HOUSEHOLD_LABEL : (memberName.get(memberId) ?? 'osoba spoza listy'));
  const formIpps: FormIpp[] = m.ipps.map((i) => ({
    id: i.id,
    sequence: i.sequence,
    startsOn: i.startsOn,
    endsOn: i.endsOn,
    goals: i.goals.map((g) => ({
      key: g.key,
      title: g.title,
      memberLabel: memberOf(g.memberId),
      baseline: g.baseline,
      target: g.target,
      tasks: g.tasks.map((t) => ({ key: t.key, description: t.description, who: [t.institutionName, t.person].filter(Boolean).join(', '), dueOn: t.dueOn })),
    })),
  }));
  const latestDay = m.caseEnd ? minIso(m.today, m.caseEnd) : m.today;
  return (
    <>
      <CaseHeader c={c} current="/monitoring" title="Monitoring" />

      {m.reminders.length > 0 && (
        <section aria-labelledby="przypomnienia" className="mb-6 max-w-3xl rounded border border-amber-700 bg-amber-50 p-4">
          <h2 id="przypomnienia" className="mb-2 text-lg font-semibold">
            Przypomnienia
          </h2>
          <ul className="list-inside list-disc">
            {m.reminders.map((r) => (
              <li key={r.id}>
                {REMINDER_LABELS[r.kind]} — termin {formatDate(r.dueOn)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <TeamReports m={m} />

      <section aria-labelledby="postep">
        <h2 id="postep" className={h2}>
          Postęp w realizacji celów
        </h2>
        <Progress m={m} memberOf={memberOf} />
      </section>

      <section aria-labelledby="nowe-spotkanie">
        <h2 id="nowe-spotkanie" className={h2}>
          Nowe spotkanie monitorujące
        </h2>
        {!m.canRecord ? (
          <p className="max-w-3xl">
            {c.freeze
              ? FROZEN_MESSAGES[c.freeze.kind]
              : c.access === 'write'
              ? 'Spotkania monitorujące odnotowuje się w sprawie zakwalifikowanej do współpracy (w realizacji lub po zakończeniu wsparcia).'
              : 'Spotkania monitorujące odnotowuje pracownik kluczowy lub animator.'}
          </p>
        ) : m.ipps.length === 0 ? (
          <p className="max-w-3xl">Spotkanie monitorujące ocenia cele IPP — najpierw zapisz IPP.</p>
        ) : (
          <MonitoringForm caseId={c.id} ipps={formIpps} latestStatuses={m.latestStatuses} defaultDate={latestDay} minDate={c.qualifiedOn ?? ''} maxDate={latestDay} />
        )}
      </section>

      <section aria-labelledby="spotkania">
        <h2 id="spotkania" className={h2}>
          Spotkania monitorujące
        </h2>
        <Entries m={m} memberOf={memberOf} />
      </section>

      <section aria-labelledby="sesje">
        <h2 id="sesje" className={h2}>
          Warsztaty, przeglądy IPP i superwizje
        </h2>
        <Sessions m={m} />
        {m.canRecord && (
          <>
            <h3 className="mb-2 mt-6 text-lg font-semibold">Odnotuj warsztat, przegląd lub superwizję</h3>
            <SessionForm
              caseId={c.id}
              today={m.today}
              minDate={c.qualifiedOn ?? ''}
              ipps={m.ipps.map((i) => ({ value: String(i.id), label: `IPP nr ${i.sequence} (${formatDate(i.startsOn)} – ${formatDate(i.endsOn)})` }))}
              meetings={m.meetings.map((x) => ({ value: String(x.id), label: formatDateTime(x.startsAt) }))}
            />
          </>
        )}
      </section>
    </>
  );
}

/** The partners' latest report on each IPP task (issue 15): what the key worker reads at the next monitoring. */
function TeamReports({ m }: { m: MonitoringView }) {
  const rows = m.ipps.flatMap((i) => i.goals.flatMap((g) => g.tasks.map((t) => ({ ipp: i.sequence, task: t, report: m.taskReports[`${i.id}:${t.key}`] })))).filter((r) => r.report);
  return (
    <section aria-labelledby="informacje-zespolu">
      <h2 id="informacje-zespolu" className={h2}>
        Informacje zespołu o zadaniach
      </h2>
      {rows.length === 0 ? (
        <p className="max-w-3xl">Instytucje zespołu nie przekazały jeszcze informacji o zadaniach.</p>
      ) : (
        <ResponsiveTable label="Ostatnia informacja o każdym zadaniu">
          <table className="data-table max-w-5xl">
            <caption className="py-1 text-left font-semibold">Ostatnia informacja o każdym zadaniu</caption>
            <thead>
              <tr>
                <th scope="col">Zadanie</th>
                <th scope="col">Stan</th>
                <th scope="col">Notatka</th>
                <th scope="col">Z dnia</th>
                <th scope="col">Kto</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ ipp, task, report }) => (
                <tr key={`${ipp}:${task.key}`}>
                  <th scope="row">
                    {task.description} <span className="text-slate-700">(IPP nr {ipp})</span>
                  </th>
                  <td>{TASK_PROGRESS_LABELS[report!.status]}</td>
                  <td className="whitespace-pre-line">{report!.note || '—'}</td>
                  <td>{formatDate(report!.notedOn)}</td>
                  <td>{[report!.userName, report!.institutionName].filter(Boolean).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
      <p className="mt-2">
        <a href={`/sprawy/${m.case.id}/zadania`} className="text-brand-800 underline">
          Zadania zespołu — wszystkie informacje
        </a>
      </p>
    </section>
  );
}

/** One chart per goal, grouped by household member (the household's own goals first); then the average change per area. */
function Progress({ m, memberOf }: { m: MonitoringView; memberOf: (id: number | null) => string }) {
  if (m.series.length === 0) return <p>Brak celów — wykresy pojawią się po zapisaniu IPP.</p>;
  const memberIds = [...new Set(m.series.map((s) => s.memberId))].sort((a, b) => Number(a !== null) - Number(b !== null));
  return (
    <>
      {memberIds.map((memberId) => (
        <div key={memberId ?? 'household'} className="mb-6">
          <h3 className="mb-2 text-lg font-semibold">{memberOf(memberId)}</h3>
          {m.series
            .filter((s) => s.memberId === memberId)
            .map((s) => (
              <div key={s.key}>
                <h4 className="font-semibold">
                  {s.title} <span className="font-normal text-slate-700">— obszar: {areaLabel(s.area)}</span>
                </h4>
                <ProgressChart series={s} />
              </div>
            ))}
        </div>
      ))}
      <ResponsiveTable label="Średnia zmiana na skali według obszarów">
      <table className="data-table max-w-3xl">
        <caption className="py-1 text-left font-semibold">Średnia zmiana na skali według obszarów</caption>
        <thead>
          <tr>
            <th scope="col">
              Obszar
            </th>
            <th scope="col">
              Cele
            </th>
            <th scope="col">
              Z pomiarem
            </th>
            <th scope="col">
              Osiągnięte
            </th>
            <th scope="col">
              Średnia zmiana od punktu wyjścia
            </th>
          </tr>
        </thead>
        <tbody>
          {m.areas.map((a) => (
            <tr key={a.area}>
              <th scope="row">
                {areaLabel(a.area)}
              </th>
              <td>{a.goals}</td>
              <td>{a.measured}</td>
              <td>{a.reached}</td>
              <td>{formatChange(a.averageChange)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ResponsiveTable>
    </>
  );
}

function Entries({ m, memberOf }: { m: MonitoringView; memberOf: (id: number | null) => string }) {
  if (m.entries.length === 0) return <p>Nie odnotowano jeszcze spotkań monitorujących.</p>;
  const ippById = new Map(m.ipps.map((i) => [i.id, i]));
  return (
    <>
      <p className="mb-3">
        {m.entries.length} {plural(m.entries.length, WORDS.meeting)}, od najnowszego.
      </p>
      <ol className="space-y-4">
        {m.entries.map((e) => {
          const ipp = ippById.get(e.ippId);
          const goals = ipp?.goals ?? [];
          const tasks = goals.flatMap((g) => g.tasks);
          return (
            <li key={e.id} className="max-w-4xl rounded border border-slate-200 bg-white p-4">
              <article aria-labelledby={`spotkanie-${e.id}`}>
                <h3 id={`spotkanie-${e.id}`} className="text-lg font-semibold">
                  Spotkanie {formatDate(e.heldOn)}
                </h3>
                <p className="mb-2 text-sm text-slate-700">
                  {ipp ? `IPP nr ${ipp.sequence}` : 'IPP'} · zadowolenie rodziny ze zmian: {e.satisfaction}/10 · zapisał(a): {e.recordedByName}
                </p>
                <ResponsiveTable label={`Skala celów — spotkanie ${formatDate(e.heldOn)}`}>
                <table className="data-table mb-2">
                  <caption className="py-1 text-left font-medium">Skala celów — spotkanie {formatDate(e.heldOn)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        Cel
                      </th>
                      <th scope="col">
                        Osoba
                      </th>
                      <th scope="col">
                        Skala (0–10)
                      </th>
                      <th scope="col">
                        Cel na skali
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {goals.map((g) => (
                      <tr key={g.key}>
                        <th scope="row">
                          {g.title}
                        </th>
                        <td>{memberOf(g.memberId)}</td>
                        <td>{e.scales[g.key] ?? '—'}</td>
                        <td>{g.target}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                </ResponsiveTable>
                {tasks.length > 0 && (
                  <>
                    <h4 className="font-medium">Stan zadań</h4>
                    <ul className="mb-2 list-inside list-disc">
                      {tasks.map((t) => (
                        <li key={t.key}>
                          {t.description}: {e.taskStatuses[t.key] ? TASK_STATUS_LABELS[e.taskStatuses[t.key]] : '—'}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {e.notes && (
                  <>
                    <h4 className="font-medium">Notatki</h4>
                    <p className="whitespace-pre-line">{e.notes}</p>
                  </>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Sessions({ m }: { m: MonitoringView }) {
  const n = m.sessionCounts;
  const ippById = new Map(m.ipps.map((i) => [i.id, i]));
  return (
    <>
      <dl className="mb-4 grid max-w-3xl gap-3 sm:grid-cols-3">
        {(
          [
            ['workshop', `${n.workshop} (wymagane co najmniej 2)`],
            ['team_review', `${n.team_review} (co 3 miesiące)`],
            ['supervision', `${n.supervision} (co najmniej 1)`],
          ] as const
        ).map(([k, v]) => (
          <div key={k} className="rounded border border-slate-200 bg-white p-3">
            <dt className="font-semibold">{SESSION_KINDS[k]}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {m.sessionWarnings.length > 0 && (
        <div className="mb-4 max-w-3xl rounded border border-amber-700 bg-amber-50 p-3">
          <h3 className="font-semibold">Do uwagi</h3>
          <ul className="list-inside list-disc">
            {m.sessionWarnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {m.sessions.length === 0 ? (
        <p>Nie odnotowano jeszcze warsztatów, przeglądów ani superwizji.</p>
      ) : (
        <ResponsiveTable label="Warsztaty, przeglądy IPP i superwizje, od najnowszych">
        <table className="data-table max-w-5xl">
          <caption className="py-1 text-left font-semibold">Warsztaty, przeglądy IPP i superwizje, od najnowszych</caption>
          <thead>
            <tr>
              <th scope="col">
                Data
              </th>
              <th scope="col">
                Rodzaj
              </th>
              <th scope="col">
                IPP
              </th>
              <th scope="col">
                Spotkanie PZK
              </th>
              <th scope="col">
                Uczestnicy
              </th>
              <th scope="col">
                Notatki
              </th>
            </tr>
          </thead>
          <tbody>
            {m.sessions.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {formatDate(s.heldOn)}
                </th>
                <td>{SESSION_KINDS[s.kind]}</td>
                <td>{s.ippId && ippById.get(s.ippId) ? `nr ${ippById.get(s.ippId)!.sequence}` : '—'}</td>
                <td>{s.meetingStartsAt ? formatDateTime(s.meetingStartsAt) : '—'}</td>
                <td className="whitespace-pre-line">{s.participants}</td>
                <td className="whitespace-pre-line">{s.notes || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ResponsiveTable>
      )}
    </>
  );
}

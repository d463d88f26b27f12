import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoachingSessionForm } from '@/components/coaching/CoachingSessionForm';
import { DeleteSessionButton } from '@/components/coaching/DeleteSessionButton';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { requireActor } from '@/lib/auth/session';
import { clock } from '@/lib/clock';
import { listCoachingSessions } from '@/lib/coaching/coaching';
import { COACHING_KINDS, coachingTotalsSentence, formatHours } from '@/lib/coaching/schemas';
import { isoToPolish } from '@/lib/model/dates';
import { guard } from '@/lib/page-guard';
import { count, WORDS } from '@/lib/plural';
import { deleteCoachingSessionAction, saveCoachingSessionAction } from './actions';

export const metadata: Metadata = { title: 'Rozwój zespołu (krok 7.1)' };

const KIND_LABEL = { internal_training: 'Szkolenie wewnętrzne', coaching: 'Coaching', supervision: 'Superwizja zespołowa' } as const satisfies Record<keyof typeof COACHING_KINDS, string>;
const KIND_OF = { internal_training: 'szkolenie wewnętrzne', coaching: 'sesję coachingu', supervision: 'superwizję' } as const satisfies Record<keyof typeof COACHING_KINDS, string>;

export default async function CoachingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, canManage, implementationStart, sessions, totals } = await guard(listCoachingSessions(actor, Number(id)));
  const today = clock.today();
  const caption = `Szkolenia wewnętrzne, coaching i superwizje — ${pzk.gminaName}`;
  return (
    <>
      <PageHeader
        title={`Rozwój zespołu (krok 7.1) — ${pzk.name}`}
        lead={`Szkolenia wewnętrzne (mini-szkolenia), coaching i superwizje zespołowe osób pracujących z rodzinami (${pzk.words.caseTeamShort}) w gminie ${pzk.gminaName}: kiedy, ile godzin, kto prowadził i kto brał udział. Superwizja zespołowa (minimum raz na trzy miesiące) oznacza w harmonogramie gminy superwizję swojego okresu jako odbytą.`}
      />
      <PzkNav pzk={pzk} current="/coaching" />

      <section aria-labelledby="coaching-totals" className="mb-8">
        <h2 id="coaching-totals" className="mb-2 text-xl font-semibold">
          Godziny w gminie {pzk.gminaName}
        </h2>
        <p className="text-lg">{coachingTotalsSentence(totals)}</p>
      </section>

      <section aria-labelledby="coaching-list" className="mb-8">
        <h2 id="coaching-list" className="mb-3 text-xl font-semibold">
          Sesje
        </h2>
        {sessions.length ? (
          <ResponsiveTable label={caption}>
            <table className={tableClass}>
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Data</th>
                  <th scope="col" className={thClass}>Rodzaj</th>
                  <th scope="col" className={thClass}>Godziny</th>
                  <th scope="col" className={thClass}>Prowadzący, coach lub superwizor</th>
                  <th scope="col" className={thClass}>Uczestnicy</th>
                  <th scope="col" className={thClass}>Temat</th>
                  {canManage && <th scope="col" className={thClass}>Czynności</th>}
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => {
                  const what = `${KIND_OF[s.kind]} z ${isoToPolish(s.heldOn)}`;
                  return (
                    <tr key={s.id}>
                      <td className={`${tdClass} whitespace-nowrap`}>{isoToPolish(s.heldOn)}</td>
                      <td className={tdClass}>
                        {KIND_LABEL[s.kind]}
                        {s.kind === 'supervision' && <span className="block text-sm text-slate-700">{s.occurrenceId ? 'odnotowana w harmonogramie' : 'poza okresami superwizji w harmonogramie'}</span>}
                      </td>
                      <td className={`${tdClass} whitespace-nowrap`}>{formatHours(s.hours)} godz.</td>
                      <td className={tdClass}>{s.leader}</td>
                      <td className={`${tdClass} whitespace-pre-line`}>
                        {s.participants} ({count(s.participantCount, WORDS.person)})
                      </td>
                      <td className={`${tdClass} whitespace-pre-line`}>{s.topic || '—'}</td>
                      {canManage && (
                        <td className={tdClass}>
                          <Link href={`/pzk/${pzk.id}/coaching/${s.id}/edycja`} className={linkClass} aria-label={`Zmień ${what}`}>
                            Zmień
                          </Link>
                          <DeleteSessionButton pzkId={pzk.id} sessionId={s.id} version={s.version} what={what} action={deleteCoachingSessionAction} />
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ResponsiveTable>
        ) : (
          <p className="text-slate-700">Brak zapisanych sesji.</p>
        )}
      </section>

      {canManage && (
        <section aria-labelledby="coaching-new">
          <h2 id="coaching-new" className="mb-3 text-xl font-semibold">
            Zapisz szkolenie wewnętrzne, coaching lub superwizję
          </h2>
          <CoachingSessionForm
            action={saveCoachingSessionAction}
            minDate={implementationStart}
            maxDate={today}
            defaults={{ pzkId: pzk.id, version: 0, kind: 'coaching', heldOn: today < implementationStart ? '' : today, hours: '', leader: '', participants: '', participantCount: '', topic: '' }}
          />
        </section>
      )}
    </>
  );
}

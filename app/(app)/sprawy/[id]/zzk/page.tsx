import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { ZzkMeetingForm } from '@/components/cases/ZzkMeetingForm';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { Disclosure } from '@/components/ui/Disclosure';
import { requireActor } from '@/lib/auth/session';
import { listZzkMeetings } from '@/lib/cases/zzk';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Spotkania zespołu sprawy (ZZK)' };

const h2 = 'mb-3 mt-8 text-xl font-semibold';

export default async function ZzkMeetingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const v = await guard(listZzkMeetings(actor, Number(id)));
  const c = v.case;
  const title = `Spotkania ${c.words.caseTeamOf}`;
  return (
    <>
      <CaseHeader c={c} current="/zzk" title={title} />
      <p className="mb-4 max-w-3xl">
        {c.words.caseTeam}: spotkania zespołu zbudowanego wokół osoby lub rodziny — kto brał udział, czy z udziałem rodziny, ustalenia z osobami odpowiedzialnymi i terminami. Otwarte ustalenia trafiają do „Mojej pracy” odpowiedzialnych osób.
      </p>
      <p className="mb-4 font-semibold">{v.counts.label}.</p>
      {v.canRecord && (
        <section aria-labelledby="nowe-spotkanie">
          <h2 id="nowe-spotkanie" className={h2}>
            Nowe spotkanie
          </h2>
          <Disclosure label="Odnotuj spotkanie">
            <ZzkMeetingForm caseId={c.id} teamName={c.words.caseTeamShort} team={v.team} today={v.today} minDate={v.minDate} />
          </Disclosure>
        </section>
      )}
      <section aria-labelledby="rejestr">
        <h2 id="rejestr" className={h2}>
          Rejestr spotkań
        </h2>
        {v.meetings.length === 0 ? (
          <p>Nie odnotowano jeszcze spotkań.</p>
        ) : (
          <ResponsiveTable label={`Rejestr spotkań ${c.words.caseTeamOf}`}>
            <table className={tableClass}>
              <caption className="sr-only">Rejestr spotkań {c.words.caseTeamOf}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Data</th>
                  <th scope="col" className={thClass}>Z udziałem rodziny</th>
                  <th scope="col" className={thClass}>Obecni</th>
                  <th scope="col" className={thClass}>Ustalenia (otwarte)</th>
                </tr>
              </thead>
              <tbody>
                {v.meetings.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      <Link href={`/sprawy/${c.id}/zzk/${m.id}`} className={linkClass}>
                        {formatDate(m.heldOn)}
                      </Link>
                    </th>
                    <td className={tdClass}>{m.familyPresent ? 'tak' : 'nie'}</td>
                    <td className={tdClass}>{[...m.present, m.otherParticipants].filter(Boolean).join(', ') || '—'}</td>
                    <td className={tdClass}>
                      {m.decisions} ({m.openDecisions})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
      </section>
    </>
  );
}

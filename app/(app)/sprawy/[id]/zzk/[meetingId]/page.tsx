import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { FROZEN_PRINT_NOTE } from '@/components/cases/CaseFreezeBanner';
import { ZzkDecisionButton } from '@/components/cases/ZzkDecisionButton';
import { ZzkMeetingForm } from '@/components/cases/ZzkMeetingForm';
import { Disclosure } from '@/components/ui/Disclosure';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { requireActor } from '@/lib/auth/session';
import { getZzkMeeting } from '@/lib/cases/zzk';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Spotkanie zespołu sprawy (ZZK)' };

const h2 = 'mb-3 mt-8 text-xl font-semibold';

export default async function ZzkMeetingPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(meetingId)) notFound();
  const actor = await requireActor();
  const v = await guard(getZzkMeeting(actor, Number(id), Number(meetingId)));
  const { case: c, meeting: m } = v;
  return (
    <>
      <CaseHeader
        c={c}
        current="/zzk"
        title={`Spotkanie ${c.words.caseTeamOf} z ${formatDate(m.heldOn)}`}
        actions={
          <Link href={`/sprawy/${c.id}/zzk`} className={linkClass}>
            Wróć do rejestru spotkań
          </Link>
        }
      />
      <section aria-labelledby="przebieg">
        <h2 id="przebieg" className={h2}>
          Przebieg
        </h2>
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Udział osoby lub rodziny</dt>
          <dd>{m.familyPresent ? 'tak' : 'nie'}</dd>
          <dt className="font-medium">Obecni z zespołu</dt>
          <dd>{m.presentDetails.join('; ') || '—'}</dd>
          <dt className="font-medium">Inni uczestnicy</dt>
          <dd>{m.otherParticipants || '—'}</dd>
        </dl>
        <h3 className="mt-4 font-semibold">Omówione sprawy</h3>
        <p className="max-w-3xl whitespace-pre-line">{m.summary || '—'}</p>
        <p className="mt-4">
          {c.freeze ? (
            FROZEN_PRINT_NOTE
          ) : (
            <a href={`/sprawy/${c.id}/zzk/${m.id}/protokol.pdf`} className={linkClass}>
              Protokół spotkania (PDF)
            </a>
          )}
        </p>
      </section>
      <section aria-labelledby="ustalenia">
        <h2 id="ustalenia" className={h2}>
          Ustalenia
        </h2>
        {v.decisions.length === 0 ? (
          <p>Na spotkaniu nie podjęto ustaleń.</p>
        ) : (
          <ResponsiveTable label="Ustalenia spotkania">
            <table className={tableClass}>
              <caption className="sr-only">Ustalenia spotkania</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Ustalenie</th>
                  <th scope="col" className={thClass}>Odpowiedzialna osoba</th>
                  <th scope="col" className={thClass}>Termin</th>
                  <th scope="col" className={thClass}>Stan</th>
                </tr>
              </thead>
              <tbody>
                {v.decisions.map((d, i) => (
                  <tr key={d.id}>
                    <th scope="row" className={`${tdClass} font-normal`}>{d.text}</th>
                    <td className={tdClass}>{d.ownerName ?? '—'}</td>
                    <td className={tdClass}>{d.dueOn ? formatDate(d.dueOn) : '—'}</td>
                    <td className={tdClass}>
                      {d.status === 'done' ? 'wykonane' : 'do wykonania'}
                      {d.canMark && (
                        <div className="mt-1">
                          <ZzkDecisionButton caseId={c.id} decisionId={d.id} version={d.version} done={d.status === 'done'} label={`ustalenie ${i + 1}`} />
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
      </section>
      {v.canEdit && (
        <section aria-labelledby="popraw">
          <h2 id="popraw" className={h2}>
            Popraw spotkanie
          </h2>
          <Disclosure label="Popraw dane spotkania">
            <ZzkMeetingForm
              caseId={c.id}
              teamName={c.words.caseTeamShort}
              team={v.team}
              today={v.today}
              minDate={v.minDate}
              meetingId={m.id}
              version={m.version}
              initial={{
                heldOn: m.heldOn,
                familyPresent: m.familyPresent ? 'yes' : 'no',
                presentMemberIds: m.presentMemberIds.map(String),
                otherParticipants: m.otherParticipants,
                summary: m.summary,
                decisions: v.decisions.map((d) => ({ id: String(d.id), text: d.text, ownerMemberId: d.ownerMemberId ? String(d.ownerMemberId) : '', dueOn: d.dueOn ?? '' })),
              }}
            />
          </Disclosure>
        </section>
      )}
    </>
  );
}

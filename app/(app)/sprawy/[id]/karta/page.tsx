import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { ReferralForm } from '@/components/cases/ReferralForm';
import { linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getReferral } from '@/lib/cases/cases';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';

export const metadata: Metadata = { title: 'Karta oczekiwań' };

export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const r = await guard(getReferral(actor, Number(id)));
  const c = r.case;
  const meeting = r.meetings.find((m) => m.id === r.referral.meetingId);
  const editable = c.access === 'write' && c.status === 'referred' && !c.freeze;
  return (
    <>
      <CaseHeader
        c={c}
        current="/karta"
        title="Karta oczekiwań"
        actions={
          !c.freeze && (
            <a href={`/sprawy/${c.id}/pdf/karta`} className={linkClass}>
              Karta oczekiwań (PDF)
            </a>
          )
        }
      />
      {editable ? (
        <ReferralForm
          caseId={c.id}
          version={r.referral.version}
          options={{
            institutions: r.institutions.map((i) => ({ value: String(i.id), label: i.name })),
            meetings: r.meetings.map((m) => ({ value: String(m.id), label: formatDateTime(m.startsAt) })),
          }}
          defaults={{
            referringInstitutionId: r.referral.referringInstitutionId ? String(r.referral.referringInstitutionId) : '',
            referringInstitutionName: r.referral.referringInstitutionName,
            referrerName: r.referral.referrerName,
            referredOn: r.referral.referredOn,
            situation: r.referral.situation,
            reasons: r.referral.reasons,
            expectations: r.referral.expectations,
            expectedFrom: r.referral.expectedFrom,
            meetingId: r.referral.meetingId ? String(r.referral.meetingId) : '',
          }}
        />
      ) : (
        <dl className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
          {(
            [
              ['Instytucja zgłaszająca', r.referral.referringInstitutionName],
              ['Osoba zgłaszająca', r.referral.referrerName],
              ['Data zgłoszenia', formatDate(r.referral.referredOn)],
              ['Kogo dotyczy zgłoszenie', r.referral.situation],
              ['Dlaczego zgłaszamy', r.referral.reasons],
              ['Czego oczekujemy', r.referral.expectations],
              ['Od kogo oczekujemy działań', r.referral.expectedFrom],
              ['Przedstawiono na spotkaniu PZK', meeting ? formatDateTime(meeting.startsAt) : 'jeszcze nie przedstawiono'],
            ] as const
          ).map(([k, v]) => (
            <div key={k}>
              <dt className="font-semibold">{k}</dt>
              <dd className="whitespace-pre-line">{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {c.access === 'write' && !editable && !c.freeze && <p className="mt-3 text-sm text-slate-700">Po decyzji o kwalifikacji karta oczekiwań nie jest już zmieniana.</p>}
    </>
  );
}

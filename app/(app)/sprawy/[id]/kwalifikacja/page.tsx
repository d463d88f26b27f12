import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getQualification } from '@/lib/cases/qualification';
import { StepAttachments } from '@/components/cases/StepAttachments';
import { CONSENT_FORMS, CONSENT_KINDS, QUALIFICATION_CRITERIA } from '@/lib/cases/vocabulary';

import { guard } from '@/lib/page-guard';
import { MEETING_KINDS } from '@/lib/pzk/meeting-schemas';
import { formatDate, formatDateTime } from '@/lib/text';
import { QualificationForm } from './QualificationForm';
import { clock } from '@/lib/clock';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Kwalifikacja' };

type Loaded = Awaited<ReturnType<typeof getQualification>>;
const h2 = 'mb-3 mt-6 text-xl font-semibold';

function Consents({ consents, caseId }: { consents: Loaded['consents']; caseId: number }) {
  if (!consents.length) {
    return (
      <p className="mb-4">
        Nie zapisano zgód.{' '}
        <Link href={`/sprawy/${caseId}`} className={linkClass}>
          Zgody zapisuje się na koncie sprawy
        </Link>
        .
      </p>
    );
  }
  return (
    <ResponsiveTable label="Zgody zapisane na koncie sprawy" className="mb-4">
      <table className={tableClass}>
        <caption className="sr-only">Zgody zapisane na koncie sprawy</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Rodzaj zgody</th>
            <th scope="col" className={thClass}>Wyrażona</th>
            <th scope="col" className={thClass}>Forma</th>
            <th scope="col" className={thClass}>Kto wyraził</th>
            <th scope="col" className={thClass}>Stan</th>
          </tr>
        </thead>
        <tbody>
          {consents.map((c) => (
            <tr key={c.id}>
              <th scope="row" className={`${tdClass} font-normal`}>
                {CONSENT_KINDS[c.kind]}
                {c.kind === 'data_sharing' && c.institutions && <span className="block text-slate-700">Instytucje: {c.institutions}</span>}
              </th>
              <td className={tdClass}>{formatDate(c.givenOn)}</td>
              <td className={tdClass}>{CONSENT_FORMS[c.form]}</td>
              <td className={tdClass}>{c.givenBy}</td>
              <td className={tdClass}>{c.withdrawnOn ? <strong className="text-red-900">wycofana {formatDate(c.withdrawnOn)}</strong> : 'obowiązuje'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

function Decision({ q }: { q: NonNullable<Loaded['qualification']> }) {
  const qualified = q.decision === 'qualified';
  const rows: [string, React.ReactNode][] = [
    ['Decyzja', qualified ? 'Zakwalifikowano do współpracy w modelu' : 'Odmowa kwalifikacji'],
    ['Data decyzji', formatDate(q.decidedOn)],
    ['Decyzję zapisał(a)', q.decidedByName ?? '—'],
  ];
  if (qualified) {
    rows.push(
      [
        'Pozytywne opinie instytucji',
        <ul key="o" className="list-disc pl-5">
          {q.opinions.map((o, i) => (
            <li key={i}>
              <strong>{o.institutionName}</strong> — {o.reason}
            </li>
          ))}
        </ul>,
      ],
      ['Weryfikacja w systemie pomocy społecznej (animator GOPS)', q.welfareVerifiedOn ? formatDate(q.welfareVerifiedOn) : '—'],
      ['Konsultacja z animatorem PCPR w zespole', q.pcprConsultedOn ? formatDate(q.pcprConsultedOn) : '—'],
      [
        'Kryteria kwalifikacji z modelu',
        <ul key="k" className="list-disc pl-5">
          {q.criteria.map((k) => (
            <li key={k}>{(QUALIFICATION_CRITERIA as Record<string, string>)[k] ?? k}</li>
          ))}
        </ul>,
      ],
    );
  } else {
    rows.push(['Powód odmowy', q.refusalReason ?? '—']);
  }
  rows.push(['Spotkanie PZK, na którym przedstawiono sprawę', q.meetingStartsAt ? formatDateTime(q.meetingStartsAt) : 'nie wskazano']);
  return (
    <dl className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt className="font-semibold">{k}</dt>
          <dd className="whitespace-pre-line">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function QualificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const data = await guard(getQualification(actor, Number(id)));
  const c = data.case;
  return (
    <>
      <CaseHeader c={c} current="/kwalifikacja" title="Kwalifikacja" />

      <section aria-labelledby="zgody">
        <h2 id="zgody" className={h2}>
          Zgody osoby lub rodziny
        </h2>
        <Consents consents={data.consents} caseId={c.id} />
      </section>

      <section aria-labelledby="decyzja">
        <h2 id="decyzja" className={h2}>
          Decyzja o kwalifikacji
        </h2>
        {data.qualification ? (
          <Decision q={data.qualification} />
        ) : data.canDecide && data.options ? (
          <QualificationForm
            caseId={c.id}
            version={c.version}
            consents={data.consents.map((x) => ({ kind: x.kind, withdrawnOn: x.withdrawnOn }))}
            institutions={data.options.institutions.map((i) => ({ value: String(i.id), label: i.name }))}
            meetings={data.options.meetings.map((m) => ({ value: String(m.id), label: `${formatDateTime(m.startsAt)} — ${MEETING_KINDS[m.kind]}` }))}
            defaults={{ decidedOn: clock.today(), meetingId: data.referral?.meetingId ? String(data.referral.meetingId) : '' }}
          />
        ) : (
          <p className="max-w-3xl">
            {c.status === 'referred'
              ? 'Decyzja o kwalifikacji nie została jeszcze podjęta. Podejmuje ją pracownik kluczowy lub animator.'
              : 'Sprawa nie oczekuje na decyzję o kwalifikacji.'}
          </p>
        )}
      </section>
      <StepAttachments c={c} id="opinie" title="Opinie instytucji w aktach sprawy" empty="W aktach sprawy nie ma opinii instytucji." belongs={(a) => a.kind === 'opinion'} />
    </>
  );
}

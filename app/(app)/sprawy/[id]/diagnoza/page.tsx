import { StepAttachments } from '@/components/cases/StepAttachments';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { SwotGrid } from '@/components/cases/SwotGrid';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getDiagnosis } from '@/lib/cases/diagnosis';
import { workshopNote } from '@/lib/cases/diagnosis-schemas';
import { DIAGNOSIS_TOOLS } from '@/lib/cases/vocabulary';
import { guard } from '@/lib/page-guard';
import { clock } from '@/lib/clock';
import { formatDate, formatDateTime } from '@/lib/text';
import { DiagnosisForm } from './DiagnosisForm';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Diagnoza' };

type Diagnosis = NonNullable<Awaited<ReturnType<typeof getDiagnosis>>['diagnosis']>;
const h2 = 'mb-3 mt-6 text-xl font-semibold';

const toolLabels = (d: Diagnosis) => [...d.tools.map((k) => (DIAGNOSIS_TOOLS as Record<string, string>)[k] ?? k), ...(d.toolsOther ? [d.toolsOther] : [])];

function DiagnosisView({ d }: { d: Diagnosis }) {
  const sections: [string, string][] = [
    ['Przyczyny i źródła trudności', d.causes],
    ['Mocne strony rodziny', d.strengths],
    ['Słabe strony rodziny', d.weaknesses],
    ['Zasoby rodziny', d.resources],
    ['Deficyty rodziny', d.deficits],
    ['Oczekiwania i potrzeby rodziny', d.familyExpectations],
  ];
  const tools = toolLabels(d);
  return (
    <>
      <dl className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
        <div>
          <dt className="font-semibold">Data diagnozy</dt>
          <dd>{formatDate(d.diagnosedOn)}</dd>
        </div>
        {sections.map(([k, v]) => (
          <div key={k}>
            <dt className="font-semibold">{k}</dt>
            <dd className="whitespace-pre-line">{v || '—'}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>Oczekiwania instytucji</h2>
      {d.institutionExpectations.length ? (
        <ResponsiveTable label="Oczekiwania instytucji wobec pracy z rodziną" className="max-w-3xl">
          <table className={tableClass}>
            <caption className="sr-only">Oczekiwania instytucji wobec pracy z rodziną</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Instytucja</th>
                <th scope="col" className={thClass}>Oczekiwania</th>
              </tr>
            </thead>
            <tbody>
              {d.institutionExpectations.map((e, i) => (
                <tr key={i}>
                  <th scope="row" className={`${tdClass} font-normal`}>{e.institutionName}</th>
                  <td className={`${tdClass} whitespace-pre-line`}>{e.expectations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      ) : (
        <p>Nie wpisano oczekiwań instytucji.</p>
      )}

      <h2 className={h2}>Analiza SWOT</h2>
      <SwotGrid swot={{ strengths: d.swotStrengths, weaknesses: d.swotWeaknesses, opportunities: d.swotOpportunities, threats: d.swotThreats }} />

      <h2 className={h2}>Zastosowane narzędzia diagnostyczne</h2>
      {tools.length ? (
        <ul className="list-disc pl-5">
          {tools.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : (
        <p>Nie wskazano narzędzi.</p>
      )}
    </>
  );
}

export default async function DiagnosisPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const data = await guard(getDiagnosis(actor, Number(id)));
  const c = data.case;
  const d = data.diagnosis;
  const note = workshopNote(data.workshops);
  return (
    <>
      <CaseHeader c={c} current="/diagnoza" title="Diagnoza wielowymiarowa" />

      <p role={note.warning ? 'note' : undefined} className={`mb-4 max-w-3xl rounded border p-3 ${note.warning ? 'border-amber-700 bg-amber-50' : 'border-slate-300 bg-slate-50'}`}>
        {note.text}{' '}
        <Link href={`/sprawy/${c.id}/monitoring`} className={linkClass}>
          Warsztaty odnotowuje się na stronie „Monitoring”.
        </Link>
      </p>
      {d && (
        <p className="mb-4 text-sm text-slate-700">
          Ostatni zapis: {formatDateTime(d.updatedAt)}
          {d.updatedByName ? `, ${d.updatedByName}` : ''} (wersja {d.version}).
        </p>
      )}

      {data.canEdit ? (
        <>
          <DiagnosisForm
            caseId={c.id}
            version={d?.version ?? 0}
            dateHint={`Dzień postawienia diagnozy: nie wcześniej niż kwalifikacja${c.qualifiedOn ? ` (${formatDate(c.qualifiedOn)})` : ''} i nie później niż dziś.`}
            defaults={{
              diagnosedOn: d?.diagnosedOn ?? clock.today(),
              causes: d?.causes ?? '',
              strengths: d?.strengths ?? '',
              weaknesses: d?.weaknesses ?? '',
              resources: d?.resources ?? '',
              deficits: d?.deficits ?? '',
              familyExpectations: d?.familyExpectations ?? '',
              institutionExpectations: d?.institutionExpectations ?? [],
              swotStrengths: d?.swotStrengths ?? '',
              swotWeaknesses: d?.swotWeaknesses ?? '',
              swotOpportunities: d?.swotOpportunities ?? '',
              swotThreats: d?.swotThreats ?? '',
              tools: d?.tools ?? [],
              toolsOther: d?.toolsOther ?? '',
            }}
          />
          {d && (
            <details className="mt-8 max-w-4xl">
              <summary className="cursor-pointer font-semibold text-brand-800">Podgląd zapisanej analizy SWOT</summary>
              <div className="mt-3">
                <SwotGrid swot={{ strengths: d.swotStrengths, weaknesses: d.swotWeaknesses, opportunities: d.swotOpportunities, threats: d.swotThreats }} />
              </div>
            </details>
          )}
        </>
      ) : d ? (
        <DiagnosisView d={d} />
      ) : (
        <p className="max-w-3xl">
          Diagnozy jeszcze nie zapisano.
          {c.access === 'write' && c.status === 'referred' && ' Diagnozę prowadzi się po zakwalifikowaniu sprawy do współpracy.'}
        </p>
      )}
      {data.canEdit === false && d && c.access === 'write' && c.status !== 'qualified' && (
        <p className="mt-4 text-sm text-slate-700">Diagnozę zmienia się, gdy sprawa jest w realizacji.</p>
      )}
      <StepAttachments c={c} id="genogram" title="Genogram w aktach sprawy" empty="W aktach sprawy nie ma skanu genogramu." belongs={(a) => a.kind === 'genogram'} />
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswersForm } from '@/components/evaluation/AnswersForm';
import { FigureTables } from '@/components/evaluation/FigureTables';
import { ThreeDFigures } from '@/components/evaluation/ThreeDFigures';
import { QuestionnaireReportSection } from '@/components/questionnaires/QuestionnaireReportSection';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getReport } from '@/lib/evaluation/evaluation';
import { KEY_QUESTIONS, QUESTION_KEYS } from '@/lib/evaluation/labels';
import { sectionsFor } from '@/lib/evaluation/labels-3d';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';

export const metadata: Metadata = { title: 'Raport z ewaluacji wdrożenia (krok 9.2)' };

export default async function EvaluationReportPage({ params }: { params: Promise<{ implementationId: string }> }) {
  const { implementationId } = await params;
  if (!/^\d{1,9}$/.test(implementationId)) notFound();
  const actor = await requireActor();
  const r = await guard(getReport(actor, Number(implementationId)));
  const id = r.place.id;
  return (
    <>
      <nav aria-label="Okruszki" className="mb-2 text-sm">
        <Link href="/ewaluacja" className={linkClass}>
          Ewaluacja (etap IV)
        </Link>
      </nav>
      <PageHeader
        title={`Raport z ewaluacji wdrożenia (krok 9.2) — ${r.label}`}
        lead={`${r.variant === 'urban_3d' ? `Kooperacje 3D, lider: ${r.words.leaderInText}. ` : ''}Okres wdrożenia: od ${formatDate(r.place.startDate)}${r.place.endDate ? ` do ${formatDate(r.place.endDate)}` : ''}. Wskaźniki są liczone z danych Platformy — nie wpisuje się ich ręcznie.`}
      />
      <ul className="mb-6 flex flex-wrap items-center gap-3" aria-label="Wydruki i działania">
        <li>
          <a href={`/ewaluacja/${id}/raport.pdf`} className={buttonClass}>
            Raport (PDF)
          </a>
        </li>
        <li>
          <a href={`/ewaluacja/${id}/wskazniki.csv`} className={buttonClass}>
            Wskaźniki (CSV)
          </a>
        </li>
        <li>
          <Link href={`/ewaluacja/${id}/dzialania`} className={linkClass}>
            Działania (kroki 7.3 i 10.1)
          </Link>
        </li>
        {r.canCertify && (
          <>
            <li>
              <a href={`/ewaluacja/${id}/certyfikaty`} className={linkClass}>
                Certyfikaty uczestników (PDF)
              </a>
            </li>
            <li>
              <a href={`/ewaluacja/${id}/referencje`} className={linkClass}>
                Referencje: osoby, instytucje i zespoły (PDF)
              </a>
            </li>
            <li>
              <Link href={`/ewaluacja/${id}/wybor-referencji`} className={linkClass}>
                Wybór referencji (krok 10.4)
              </Link>
            </li>
          </>
        )}
        {r.canRegional && (
          <li>
            <Link href="/ewaluacja/region" className={linkClass}>
              Raport regionalny
            </Link>
          </li>
        )}
      </ul>
      <p className="mb-6 max-w-4xl text-slate-700">
        Raport (PDF) jest przeznaczony na posiedzenia komisji ds. społecznych rad gmin i powiatu (krok 10.1); rekomendacje zespołu mogą zostać wpisane do OZPS, programów i strategii.
      </p>

      <h2 className="mb-3 text-xl font-semibold">Wskaźniki</h2>
      <FigureTables figures={r.figures} sections={sectionsFor(r.figures, r.variant)} />
      {r.towns3d && <ThreeDFigures towns={r.towns3d} />}
      <QuestionnaireReportSection implementationId={id} />

      <h2 className="mb-3 mt-8 text-xl font-semibold">Pytania kluczowe i rekomendacje</h2>
      {r.answers && (
        <p className="mb-3 text-sm text-slate-700">
          Ostatni zapis: {formatDateTime(r.answers.updatedAt)}
          {r.answers.updatedByName ? `, ostatnio zapisał(a): ${r.answers.updatedByName}` : ''}.
        </p>
      )}
      {r.canAnswer ? (
        <AnswersForm
          defaults={{
            implementationId: id,
            version: r.answers?.version ?? 0,
            answers: Object.fromEntries(QUESTION_KEYS.map((k) => [k, r.answers?.answers[k] ?? ''])),
            recommendations: r.answers?.recommendations ?? '',
          }}
        />
      ) : (
        <dl className="max-w-4xl">
          {KEY_QUESTIONS.map((q) => (
            <div key={q.key} className="mb-3">
              <dt className="font-medium">
                {q.key}) {q.text}
              </dt>
              <dd className="whitespace-pre-line text-slate-800">{r.answers?.answers[q.key] || '— brak odpowiedzi —'}</dd>
            </div>
          ))}
          <div className="mb-3">
            <dt className="font-medium">Rekomendacje zespołu (krok 10.2)</dt>
            <dd className="whitespace-pre-line text-slate-800">{r.answers?.recommendations || '— brak rekomendacji —'}</dd>
          </div>
        </dl>
      )}
    </>
  );
}

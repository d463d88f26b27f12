import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { regionalReport } from '@/lib/evaluation/evaluation';
import { figureSections } from '@/lib/evaluation/labels';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { ThreeDFigures } from '@/components/evaluation/ThreeDFigures';
import { RegionalEvaluationSection } from '@/components/wzk/RegionalEvaluationSection';
import { evaluationYear } from '@/lib/wzk/evaluation';

export const metadata: Metadata = { title: 'Raport regionalny z ewaluacji' };

export default async function RegionalReportPage({ searchParams }: { searchParams: Promise<{ rok?: string }> }) {
  const actor = await requireActor();
  const r = await guard(regionalReport(actor));
  const totals = figureSections(r.totals);
  const perImpl = r.implementations.map((i) => ({ i, sections: figureSections(i.figures) }));
  return (
    <>
      <nav aria-label="Okruszki" className="mb-2 text-sm">
        <Link href="/ewaluacja" className={linkClass}>
          Ewaluacja (etap IV)
        </Link>
      </nav>
      <PageHeader
        title={`Raport regionalny z ewaluacji — województwo ${r.voivodeshipName}`}
        lead="Te same wskaźniki dla każdego wdrożenia województwa i razem. W wierszu „Razem” średnie liczone są ze wszystkich spotkań i celów, a instytucja zaangażowana w kilku wdrożeniach liczy się raz."
        actions={
          <span className="flex flex-wrap gap-3">
            <a href="/ewaluacja/region/raport.pdf" className={buttonClass}>
              Raport regionalny (PDF)
            </a>
            <a href="/ewaluacja/region/wskazniki.csv" className={buttonClass}>
              Wskaźniki regionalne (CSV)
            </a>
          </span>
        }
      />
      {totals.map((section, si) => (
        <ResponsiveTable key={section.key} label={section.title} className="mb-8">
          <table className={tableClass}>
            <caption className="mb-2 text-left text-lg font-semibold">{section.title}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Wdrożenie
                </th>
                {section.lines.map((l) => (
                  <th key={l.key} scope="col" className={`${thClass} text-right`}>
                    {l.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {perImpl.map(({ i, sections }) => (
                <tr key={i.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <Link href={`/ewaluacja/${i.id}`} className={linkClass}>
                      {i.label}
                    </Link>
                    <span className="block text-sm text-slate-700">od {formatDate(i.startDate)}</span>
                  </th>
                  {sections[si].lines.map((l) => (
                    <td key={l.key} className={`${tdClass} text-right tabular-nums`}>
                      {l.value}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="font-semibold">
                <th scope="row" className={tdClass}>
                  Razem
                </th>
                {section.lines.map((l) => (
                  <td key={l.key} className={`${tdClass} text-right tabular-nums`}>
                    {l.value}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </ResponsiveTable>
      ))}
      {r.towns3d.length > 0 && <ThreeDFigures towns={r.towns3d} total={r.totals3d} />}
      <h2 className="mb-3 text-xl font-semibold">Rekomendacje zespołów (krok 10.2)</h2>
      {r.implementations.length ? (
        <dl>
          {r.implementations.map((i) => (
            <div key={i.id} className="mb-4">
              <dt className="font-medium">{i.label}</dt>
              <dd className="whitespace-pre-line text-slate-800">{i.recommendations || '— brak rekomendacji —'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-slate-700">W województwie nie ma jeszcze wdrożeń.</p>
      )}
      <RegionalEvaluationSection actor={actor} year={evaluationYear((await searchParams).rok)} />
    </>
  );
}

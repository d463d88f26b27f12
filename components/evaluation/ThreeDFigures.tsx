import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import type { Figures3dCounts, Town3dFigures } from '@/lib/evaluation/figures-3d';
import { THREE_D_TITLE, threeDLines, threeDSummary } from '@/lib/evaluation/labels-3d';

type Town = Town3dFigures & { implementationLabel?: string };

/**
 * The "Kooperacje 3D" section of the reports (issue 17): the pilot's sentences per town, then a
 * table with a column per town (and the total where there are several).
 */
export function ThreeDFigures({ towns, total, headingLevel = 2 }: { towns: Town[]; total?: Figures3dCounts | null; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const columns: { key: string; label: string; detail?: string; figures: Figures3dCounts }[] = [
    ...towns.map((t) => ({ key: String(t.pzkId), label: t.gminaName, detail: t.implementationLabel, figures: t })),
    ...(total && towns.length > 1 ? [{ key: 'total', label: 'Razem', figures: total }] : []),
  ];
  const lines = columns.map((c) => threeDLines(c.figures));
  return (
    <section aria-labelledby="kooperacje-3d" className="mb-8 mt-8">
      <H id="kooperacje-3d" className="mb-3 text-xl font-semibold">
        {THREE_D_TITLE}
      </H>
      {towns.length ? (
        <>
          {towns.map((t) => (
            <div key={t.pzkId} className="mb-3">
              <p className="font-medium">{t.gminaName}</p>
              <ul className="list-disc pl-6 text-slate-800">
                {threeDSummary(t).map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </div>
          ))}
          <ResponsiveTable label={`${THREE_D_TITLE} — wskaźniki według miast`}>
            <table className={tableClass}>
              <caption className="mb-2 text-left text-lg font-semibold">{THREE_D_TITLE} — wskaźniki według miast</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>
                    Wskaźnik
                  </th>
                  {columns.map((c) => (
                    <th key={c.key} scope="col" className={`${thClass} text-right`}>
                      {c.label}
                      {c.detail && <span className="block text-sm font-normal text-slate-700">{c.detail}</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines[0].map((l, li) => (
                  <tr key={l.key}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      {l.label}
                    </th>
                    {columns.map((c, ci) => (
                      <td key={c.key} className={`${tdClass} text-right tabular-nums`}>
                        {lines[ci][li].value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        </>
      ) : (
        <p className="text-slate-700">Partnerskie Zespoły Kooperacji miast jeszcze nie powstały.</p>
      )}
    </section>
  );
}

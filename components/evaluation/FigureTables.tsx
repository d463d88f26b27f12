import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { formatChange } from '@/lib/cases/scaling';
import type { Figures } from '@/lib/evaluation/aggregate';
import { figureSections, type FigureSection } from '@/lib/evaluation/labels';
import { AREAS } from '@/lib/services/vocabulary';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

/** The report's figures: a table per step 9.2 area, and the scale change per area in detail; `sections` in the variant's words. */
export function FigureTables({ figures, sections: worded }: { figures: Figures; sections?: FigureSection[] }) {
  const sections = (worded ?? figureSections(figures)).filter((s) => s.key !== 'scale');
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        {sections.map((s) => (
          <ResponsiveTable key={s.key} label={s.title}>
            <table className={tableClass}>
              <caption className="mb-2 text-left text-lg font-semibold">{s.title}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>
                    Wskaźnik
                  </th>
                  <th scope="col" className={`${thClass} text-right`}>
                    Wartość
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.lines.map((l) => (
                  <tr key={l.key}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      {l.label}
                    </th>
                    <td className={`${tdClass} text-right tabular-nums`}>{l.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        ))}
      </div>
      <ResponsiveTable label="Zmiana w skali 0–10 według obszarów" className="mt-6">
        <table className={tableClass}>
          <caption className="mb-2 text-left text-lg font-semibold">Zmiana w skali 0–10 według obszarów (cele indywidualnych programów pomocy)</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                Obszar
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Cele
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Zmierzone
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Osiągnięte
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Średnia zmiana
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.areas.map((a) => (
              <tr key={a.area}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  {AREAS[a.area]}
                </th>
                <td className={`${tdClass} text-right tabular-nums`}>{a.goals}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{a.measured}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{a.reached}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatChange(a.averageChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-slate-700">Średnia zmiana: ostatnia wartość w skali (monitoring, ewaluacja końcowa) minus punkt wyjścia z programu pomocy, średnio na cel, w którym był pomiar.</p>
      </ResponsiveTable>
    </>
  );
}

import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import type { GoalSeries } from '@/lib/cases/scaling';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

/** The table alternative of a progress chart: every value of the goal's scale, with its date. */
export function ScaleTable({ series }: { series: GoalSeries }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-800 underline">Tabela wartości: {series.title}</summary>
      <ResponsiveTable label={`Wartości skali — ${series.title}`}>
      <table className={`${tableClass} mt-2 max-w-xl`}>
        <caption className="py-1 text-left font-semibold">Wartości skali — {series.title}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Data
            </th>
            <th scope="col" className={thClass}>
              Wartość (0–10)
            </th>
            <th scope="col" className={thClass}>
              Pomiar
            </th>
          </tr>
        </thead>
        <tbody>
          <tr data-kind="baseline">
            <th scope="row" className={`${tdClass} font-normal`}>
              {formatDate(series.baselineOn)}
            </th>
            <td className={tdClass}>{series.baseline}</td>
            <td className={tdClass}>punkt wyjścia (IPP)</td>
          </tr>
          {series.points.map((p, i) => (
            <tr key={`${p.date}-${i}`} data-kind="point">
              <th scope="row" className={`${tdClass} font-normal`}>
                {formatDate(p.date)}
              </th>
              <td className={tdClass}>{p.value}</td>
              <td className={tdClass}>spotkanie monitorujące</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-kind="target">
            <th scope="row" className={`${tdClass} font-semibold`}>
              Cel
            </th>
            <td className={`${tdClass} font-semibold`}>{series.target}</td>
            <td className={tdClass}>{series.latest === null ? 'brak pomiarów' : series.reached ? 'osiągnięty' : 'jeszcze nieosiągnięty'}</td>
          </tr>
        </tfoot>
      </table>
      </ResponsiveTable>
    </details>
  );
}

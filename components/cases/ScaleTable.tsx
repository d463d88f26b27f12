import type { GoalSeries } from '@/lib/cases/scaling';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

/** The table alternative of a progress chart: every value of the goal's scale, with its date. */
export function ScaleTable({ series }: { series: GoalSeries }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-800 underline">Tabela wartości: {series.title}</summary>
      <ResponsiveTable label={`Wartości skali — ${series.title}`}>
      <table className="data-table mt-2 max-w-xl">
        <caption className="py-1 text-left font-semibold">Wartości skali — {series.title}</caption>
        <thead>
          <tr>
            <th scope="col">
              Data
            </th>
            <th scope="col">
              Wartość (0–10)
            </th>
            <th scope="col">
              Pomiar
            </th>
          </tr>
        </thead>
        <tbody>
          <tr data-kind="baseline">
            <th scope="row">
              {formatDate(series.baselineOn)}
            </th>
            <td>{series.baseline}</td>
            <td>punkt wyjścia (IPP)</td>
          </tr>
          {series.points.map((p, i) => (
            <tr key={`${p.date}-${i}`} data-kind="point">
              <th scope="row">
                {formatDate(p.date)}
              </th>
              <td>{p.value}</td>
              <td>spotkanie monitorujące</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-kind="target">
            <th scope="row" className="font-semibold">
              Cel
            </th>
            <td className="font-semibold">{series.target}</td>
            <td>{series.latest === null ? 'brak pomiarów' : series.reached ? 'osiągnięty' : 'jeszcze nieosiągnięty'}</td>
          </tr>
        </tfoot>
      </table>
      </ResponsiveTable>
    </details>
  );
}

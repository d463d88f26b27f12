import Link from 'next/link';
import type { InstitutionType } from '@/db/schema';
import { INSTITUTION_TYPES } from '@/lib/institutions/types';
import { linkClass, tableClass, tdClass, thClass } from './ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export interface InstitutionRow {
  id: number;
  name: string;
  type: InstitutionType;
  city: string;
  powiatName?: string | null;
  gminaName?: string | null;
}

export function InstitutionTable({ rows, empty, showArea = false }: { rows: InstitutionRow[]; empty: string; showArea?: boolean }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <ResponsiveTable label="Instytucje">
      <table className={tableClass}>
        <caption className="sr-only">Instytucje</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Nazwa</th>
            <th scope="col" className={thClass}>Rodzaj</th>
            <th scope="col" className={thClass}>Miejscowość</th>
            {showArea && <th scope="col" className={thClass}>Obszar</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={tdClass}>
                <Link href={`/instytucje/${r.id}`} className={linkClass}>
                  {r.name}
                </Link>
              </td>
              <td className={tdClass}>{INSTITUTION_TYPES[r.type]}</td>
              <td className={tdClass}>{r.city}</td>
              {showArea && (
                <td className={tdClass}>
                  {r.gminaName ? `gmina ${r.gminaName}` : r.powiatName ? `powiat ${r.powiatName}` : 'całe województwo'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

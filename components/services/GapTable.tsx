import Link from 'next/link';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { missingPairs, type GapTable as Gaps } from '@/lib/services/gaps';
import { AREAS, AREA_KEYS, TARGET_GROUPS, TARGET_GROUP_KEYS, type Area, type TargetGroup } from '@/lib/services/vocabulary';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

/**
 * Brakujące usługi: published entries per target group and area. An empty pair says "brak" in
 * words and is marked by weight and background, not by colour alone.
 */
export function GapTable({ gaps, hrefFor }: { gaps: Gaps; hrefFor: (group: TargetGroup, area: Area) => string }) {
  const missing = missingPairs(gaps).length;
  return (
    <>
      <p className="mb-3">
        {missing === 0
          ? 'Każda grupa odbiorców ma co najmniej jedną usługę w każdym obszarze.'
          : `Brak usług w ${missing} z ${TARGET_GROUP_KEYS.length * AREA_KEYS.length} par „grupa odbiorców × obszar” — oznaczone w tabeli słowem „brak”.`}
      </p>
      <ResponsiveTable label="Liczba usług według obszaru wsparcia i grupy odbiorców">
        <table className={tableClass}>
          <caption className="mb-2 text-left text-sm text-slate-700">
            Liczba opublikowanych usług na liście według obszaru wsparcia (wiersze) i grupy odbiorców (kolumny). Liczba prowadzi do tych usług.
          </caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                Obszar wsparcia
              </th>
              {TARGET_GROUP_KEYS.map((g) => (
                <th key={g} scope="col" className={thClass}>
                  {TARGET_GROUPS[g]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {AREA_KEYS.map((a) => (
              <tr key={a}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  {AREAS[a]}
                </th>
                {TARGET_GROUP_KEYS.map((g) => {
                  const n = gaps[g][a];
                  return n === 0 ? (
                    <td key={g} className={`${tdClass} bg-amber-100 font-semibold text-amber-950`}>
                      brak
                    </td>
                  ) : (
                    <td key={g} className={tdClass}>
                      <Link href={hrefFor(g, a)} className={linkClass} aria-label={`${n}: ${TARGET_GROUPS[g]}, obszar ${AREAS[a].toLowerCase()}`}>
                        {n}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
    </>
  );
}

import type { IppGoal } from '@/db/schema';
import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { AREAS } from '@/lib/services/vocabulary';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export interface GoalsTableMember {
  id: number;
  firstName: string;
  lastName: string;
  relation: string;
}

const areaLabel = (a: string) => (AREAS as Record<string, string>)[a] ?? a;

/**
 * The IPP's goals read-only: one table per household member (its caption is the person's name),
 * each goal with its scale and its tasks — who answers for them and by when.
 */
export function IppGoalsTable({ goals, members }: { goals: IppGoal[]; members: GoalsTableMember[] }) {
  if (!goals.length) return <p className="mb-6 text-slate-700">Ten IPP nie ma jeszcze celów.</p>;
  return (
    <>
      {members.map((m) => {
        const own = goals.filter((g) => g.memberId === m.id);
        const name = `${m.firstName} ${m.lastName}`;
        if (!own.length)
          return (
            <p key={m.id} className="mb-6">
              <strong>{name}</strong> ({m.relation}): brak celów w tym IPP.
            </p>
          );
        return (
          <ResponsiveTable key={m.id} label={`${name} (${m.relation}) — cele`} className="mb-8">
            <table className={tableClass}>
              <caption className="mb-2 text-left text-lg font-semibold">
                {name} ({m.relation}) — cele
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Obszar</th>
                  <th scope="col" className={thClass}>Cel i oczekiwany efekt</th>
                  <th scope="col" className={thClass}>Skala 0–10: na początku → docelowo</th>
                  <th scope="col" className={thClass}>Zadania</th>
                </tr>
              </thead>
              <tbody>
                {own.map((g) => (
                  <tr key={g.key}>
                    <td className={tdClass}>{areaLabel(g.area)}</td>
                    <th scope="row" className={`${tdClass} text-left font-normal`}>
                      <span className="font-semibold">{g.title}</span>
                      <span className="mt-1 block whitespace-pre-line">Oczekiwany efekt: {g.expectedEffect}</span>
                    </th>
                    <td className={tdClass}>
                      {g.baseline} → {g.target}
                    </td>
                    <td className={tdClass}>
                      {g.tasks.length ? (
                        <ul className="list-disc space-y-1 pl-5">
                          {g.tasks.map((t) => (
                            <li key={t.key}>
                              {t.description}
                              {t.serviceId != null && <span className="text-slate-700"> (z listy usług PZK)</span>} — {t.institutionName}
                              {t.person && `, odpowiada: ${t.person}`}; termin: {formatDate(t.dueOn)}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        'brak zadań'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        );
      })}
    </>
  );
}

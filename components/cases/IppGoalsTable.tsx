import type { IppGoal } from '@/db/schema';
import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { HOUSEHOLD_GOAL, HOUSEHOLD_LABEL } from '@/lib/cases/ipp-rules';
import { AREAS } from '@/lib/services/vocabulary';
import { formatDate, inParentheses } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export interface GoalsTableMember {
  id: number;
  firstName: string;
  lastName: string;
  relation: string;
}

const areaLabel = (a: string) => (AREAS as Record<string, string>)[a] ?? a;

/**
 * The IPP's goals read-only: the household's goals first (cel rodzinny — cała rodzina), then one
 * table per household member (its caption is the person's name), each goal with its scale and its
 * tasks — who answers for them and by when; a member without a goal shows how they are covered.
 */
export function IppGoalsTable({ goals, members, reasons = [] }: { goals: IppGoal[]; members: GoalsTableMember[]; reasons?: { memberId: number; reason: string }[] }) {
  if (!goals.length) return <p className="mb-6 text-slate-700">Ten IPP nie ma jeszcze celów.</p>;
  const household = goals.filter((g) => g.memberId === null);
  return (
    <>
      {household.length > 0 && <GoalTable caption={`${HOUSEHOLD_GOAL} — ${HOUSEHOLD_LABEL.toLowerCase()}`} goals={household} />}
      {members.map((m) => {
        const own = goals.filter((g) => g.memberId === m.id);
        const name = `${m.firstName} ${m.lastName}`;
        const reason = reasons.find((r) => r.memberId === m.id)?.reason;
        if (!own.length)
          return (
            <p key={m.id} className="mb-6">
              <strong>{name}</strong> {inParentheses(m.relation)}: brak własnych celów w tym IPP
              {household.length ? ' — cel rodzinny obejmuje całą rodzinę' : ''}
              {reason ? `. Powód: ${reason}` : ''}.
            </p>
          );
        return <GoalTable key={m.id} caption={`${name} ${inParentheses(m.relation)} — cele`} goals={own} />;
      })}
    </>
  );
}

function GoalTable({ caption, goals: own }: { caption: string; goals: IppGoal[] }) {
  return (
    <ResponsiveTable label={caption} className="mb-8">
      <table className={tableClass}>
        <caption className="mb-2 text-left text-lg font-semibold">
          {caption}
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
}

import { tdClass } from '@/components/ui/PageHeader';
import type { AssignmentSummary } from '@/lib/auth/actor';
import { roleLabel } from '@/lib/auth/roles';

/** The person, institution and roles cells shared by the account tables. */
export function AccountCells({ u }: { u: { name: string; email: string; institutionName: string | null; jobTitle: string; assignments: AssignmentSummary[] } }) {
  return (
    <>
      <td className={tdClass}>
        <span className="font-medium">{u.name}</span>
        <br />
        {u.email}
      </td>
      <td className={tdClass}>
        {u.institutionName}
        <br />
        <span className="text-slate-600">{u.jobTitle}</span>
      </td>
      <td className={tdClass}>
        {u.assignments.map((a) => (
          <p key={a.id}>
            {roleLabel(a.role)} — {a.scopeLabel}
          </p>
        ))}
      </td>
    </>
  );
}

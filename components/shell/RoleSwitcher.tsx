import { switchRole } from '@/app/(app)/actions';
import type { AssignmentSummary } from '@/lib/auth/actor';
import { roleLabel } from '@/lib/auth/roles';

/** A plain form, so switching works without JavaScript too. */
export function RoleSwitcher({ assignments, activeId }: { assignments: AssignmentSummary[]; activeId: number }) {
  return (
    <form action={switchRole} className="flex items-center gap-2">
      <label htmlFor="aktywna-rola" className="sr-only">
        Aktywna rola
      </label>
      <select id="aktywna-rola" name="assignmentId" defaultValue={activeId} className="min-h-11 max-w-56 rounded border border-slate-400 px-2 py-2">
        {assignments.map((a) => (
          <option key={a.id} value={a.id}>
            {roleLabel(a.role)} — {a.scopeLabel}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-11 rounded border border-slate-400 px-3 py-2 hover:bg-slate-100">
        Zmień rolę
      </button>
    </form>
  );
}

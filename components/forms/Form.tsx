import type { FormHTMLAttributes, ReactNode } from 'react';

export const REQUIRED_NOTE = 'Pola oznaczone gwiazdką (*) są wymagane.';

/** The note that explains the asterisk; `Form` puts it first in every form that has required fields. */
export function RequiredNote({ children = REQUIRED_NOTE }: { children?: ReactNode }) {
  return <p className="mb-4 text-sm text-slate-700">{children}</p>;
}

/**
 * A form with required fields: the required-fields note comes first, before any field, so it is read
 * before the first asterisk; `note` words it differently where the rule differs (a draft that may be
 * saved incomplete). A form without required fields (a filter, a single button) stays a plain <form>;
 * `tests/unit/forms-required-note.test.ts` checks every form in app/ and components/.
 */
export function Form({ children, note, ...props }: FormHTMLAttributes<HTMLFormElement> & { children: ReactNode; note?: ReactNode }) {
  return (
    <form {...props}>
      <RequiredNote>{note}</RequiredNote>
      {children}
    </form>
  );
}

'use client';
import { ConfirmActionButton } from '@/components/forms/ConfirmActionButton';
import type { ActionResult } from '@/lib/action-result';

/** "Usuń" on one session: asks once more, then deletes it (the version seen guards a changed session). */
export function DeleteSessionButton({
  pzkId,
  sessionId,
  version,
  what,
  action,
}: {
  pzkId: number;
  sessionId: number;
  version: number;
  /** "sesję coachingu z 10.02.2027": the accessible names say which session. */
  what: string;
  action: (input: { pzkId: number; sessionId: number; version: number }) => Promise<ActionResult<unknown>>;
}) {
  return (
    <ConfirmActionButton
      label="Usuń…"
      name={`Usuń ${what}`}
      confirmName={`Potwierdź usunięcie: ${what}`}
      warning="Sesja zniknie z listy i z sum godzin. Usunięcia nie można cofnąć."
      yes="Tak, usuń"
      busy="Usuwanie…"
      danger
      run={() => action({ pzkId, sessionId, version })}
    />
  );
}

'use client';
import { ConfirmActionButton } from '@/components/forms/ConfirmActionButton';
import type { ActionResult } from '@/lib/action-result';

/**
 * "Cofnij" on one invitation (ROPS administrator). For an accepted one the account made with it is
 * blocked too, so the button asks once more before it acts.
 */
export function RevokeInvitationButton({ invitationId, who, accepted, action }: { invitationId: number; who: string; accepted: boolean; action: (input: { invitationId: number }) => Promise<ActionResult<unknown>> }) {
  return (
    <ConfirmActionButton
      label="Cofnij…"
      name={`Cofnij zaproszenie: ${who}`}
      confirmName={`Potwierdź cofnięcie zaproszenia: ${who}`}
      warning={accepted ? 'Konto założone z tego zaproszenia zostanie zablokowane, a jego sesje zakończone.' : 'Link z zaproszenia przestanie działać.'}
      yes="Tak, cofnij"
      busy="Cofanie…"
      danger
      run={() => action({ invitationId })}
    />
  );
}

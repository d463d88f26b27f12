import type { Metadata } from 'next';
import Link from 'next/link';
import { RevokeInvitationButton } from '@/components/invitations/RevokeInvitationButton';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { INVITATION_STATUS_LABELS, listInvitations } from '@/lib/accounts/invitations';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';
import { revokeInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Zaproszenia' };

const ACCOUNT = { active: 'aktywne', disabled: 'zablokowane', rejected: 'odrzucone', pending: 'oczekuje' } as const;

/** The ROPS administrator: every invitation of the województwo and the accounts made with them. */
export default async function InvitationsAdminPage() {
  const actor = await requireActor();
  const rows = await guard(listInvitations(actor));
  const accounts = rows.filter((r) => r.userId).length;
  return (
    <>
      <PageHeader
        title="Zaproszenia"
        lead={
          <>
            Zaproszenia wysłane przez animatorów PCPR Twojego województwa do osób z instytucji członkowskich PZK ({accounts > 0 ? `założonych z nich kont: ${accounts}` : 'żadne konto nie zostało jeszcze z nich założone'}). Cofnięcie zaproszenia unieważnia link, a jeśli konto już założono — blokuje je. Wnioski o konto złożone przez formularz publiczny rozpatrujesz nadal na stronie{' '}
            <Link href="/admin/wnioski" className={linkClass}>
              Wnioski o konto
            </Link>
            .
          </>
        }
      />
      {rows.length === 0 ? (
        <p>Nie wysłano jeszcze żadnego zaproszenia.</p>
      ) : (
        <ResponsiveTable label="Zaproszenia województwa">
          <table className={tableClass}>
            <caption className="sr-only">Zaproszenia województwa</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Osoba</th>
                <th scope="col" className={thClass}>Instytucja i zespół</th>
                <th scope="col" className={thClass}>Zaprosił(a)</th>
                <th scope="col" className={thClass}>Stan</th>
                <th scope="col" className={thClass}>Konto</th>
                <th scope="col" className={thClass}>Działania</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={tdClass}>
                    {r.name}
                    <span className="block text-slate-600">{r.jobTitle}</span>
                    <span className="block break-all text-slate-600">{r.email}</span>
                  </td>
                  <td className={tdClass}>
                    {r.institutionName}
                    {r.pzkName && <span className="block text-slate-600">{r.pzkName}</span>}
                  </td>
                  <td className={tdClass}>
                    {r.invitedByName}
                    <span className="block text-slate-600">{formatDate(r.createdAt)}</span>
                  </td>
                  <td className={tdClass}>
                    {INVITATION_STATUS_LABELS[r.status]}
                    <span className="block text-slate-600">
                      {r.status === 'pending' && `ważne do ${formatDate(r.expiresAt)}`}
                      {r.status === 'accepted' && r.acceptedAt && `przyjęte ${formatDate(r.acceptedAt)}`}
                      {r.status === 'expired' && `wygasło ${formatDate(r.expiresAt)}`}
                      {r.status === 'revoked' && r.revokedAt && `cofnięte ${formatDate(r.revokedAt)}`}
                    </span>
                  </td>
                  <td className={tdClass}>{r.accountStatus ? ACCOUNT[r.accountStatus] : '—'}</td>
                  <td className={tdClass}>
                    {(r.status === 'pending' || r.status === 'accepted') && (
                      <RevokeInvitationButton invitationId={r.id} who={`${r.name} (${r.email})`} accepted={r.status === 'accepted'} action={revokeInvitationAction} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </>
  );
}

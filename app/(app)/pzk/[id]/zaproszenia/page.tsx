import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InviteListForm, InvitePersonForm } from '@/components/invitations/InviteForms';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { INVITATION_STATUS_LABELS, getPzkInvitations } from '@/lib/accounts/invitations';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';
import { invitePeopleAction, invitePersonAction } from './actions';

export const metadata: Metadata = { title: 'Zaproszenia do zespołu' };

const STATUS_CLASS = { pending: 'text-slate-900', accepted: 'text-green-900', expired: 'text-amber-900', revoked: 'text-red-900' } as const;

/** The PCPR animator invites people of the team's member institutions to the platform. */
export default async function PzkInvitationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, institutions, invitations } = await guard(getPzkInvitations(actor, Number(id)));
  return (
    <>
      <PageHeader title={`Zaproszenia — ${pzk.name}`} lead={<>Osoby z instytucji członkowskich zakładają konto same, bez czekania na ROPS: dostają e-mail z jednorazowym linkiem ważnym 7 dni i od razu pracują jako „Członek PZK” swojej instytucji.</>} />
      <p className="mb-4">
        <Link href={`/pzk/${pzk.id}`} className={linkClass}>
          ← Wróć do składu zespołu
        </Link>
      </p>
      {institutions.length === 0 ? (
        <p className="mb-6 rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">
          Zespół nie ma jeszcze instytucji członkowskich. Zaprosić można osoby z instytucji dodanych do składu zespołu lub będących stroną podpisanego porozumienia PZK albo deklaracji przystąpienia.
        </p>
      ) : (
        <>
          <InvitePersonForm pzkId={pzk.id} institutions={institutions} action={invitePersonAction} />
          <InviteListForm pzkId={pzk.id} institutions={institutions} action={invitePeopleAction} />
        </>
      )}
      <section aria-labelledby="wyslane-h">
        <h2 id="wyslane-h" className="mb-2 text-xl font-semibold">
          Wysłane zaproszenia
        </h2>
        {invitations.length === 0 ? (
          <p>Nie wysłano jeszcze żadnego zaproszenia.</p>
        ) : (
          <ResponsiveTable label="Wysłane zaproszenia">
            <table className={tableClass}>
              <caption className="sr-only">Zaproszenia do zespołu {pzk.name}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Osoba</th>
                  <th scope="col" className={thClass}>Instytucja</th>
                  <th scope="col" className={thClass}>Wysłane</th>
                  <th scope="col" className={thClass}>Stan</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id}>
                    <td className={tdClass}>
                      {i.name}
                      <span className="block text-slate-600">{i.jobTitle}</span>
                      <span className="block break-all text-slate-600">{i.email}</span>
                    </td>
                    <td className={tdClass}>{i.institutionName}</td>
                    <td className={tdClass}>
                      {formatDate(i.createdAt)}
                      <span className="block text-slate-600">przez: {i.invitedByName}</span>
                    </td>
                    <td className={`${tdClass} font-medium ${STATUS_CLASS[i.status]}`}>
                      {INVITATION_STATUS_LABELS[i.status]}
                      <span className="block font-normal text-slate-600">
                        {i.status === 'pending' && `ważne do ${formatDate(i.expiresAt)}`}
                        {i.status === 'accepted' && i.acceptedAt && `konto założone ${formatDate(i.acceptedAt)}`}
                        {i.status === 'expired' && `wygasło ${formatDate(i.expiresAt)} — możesz zaprosić ponownie`}
                        {i.status === 'revoked' && i.revokedAt && `cofnięte przez ROPS ${formatDate(i.revokedAt)}`}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
      </section>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/invitations/AcceptInvitationForm';
import { INVITATION_STATE_MESSAGES, openInvitation } from '@/lib/accounts/invitations';
import { clientIp } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/text';
import { acceptInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Zaproszenie do Platformy', referrer: 'no-referrer', robots: { index: false, follow: false } };
// The token is a secret: the page is never cached or prerendered.
export const dynamic = 'force-dynamic';

/** The invited person's page: who invites to what, and the form that sets the password — or why the link is dead. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openInvitation(token, await clientIp());
  if (opened.state !== 'valid') {
    const m = INVITATION_STATE_MESSAGES[opened.state];
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="mb-4 text-2xl font-bold">{m.title}</h1>
        <p role="status" className="mb-6 rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">
          {m.text}
        </p>
        <p>
          <Link href="/logowanie" className="text-brand-800 underline">
            Przejdź do logowania
          </Link>
        </p>
      </div>
    );
  }
  const i = opened.invitation;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-2xl font-bold">Zaproszenie do Platformy Modelu Kooperacji</h1>
      <div className="mb-6 rounded border border-slate-300 bg-white p-4">
        <p className="mb-2">
          <strong>{i.invitedByName}</strong> (animator PCPR) zaprasza Cię do pracy na Platformie jako przedstawiciela instytucji <strong>{i.institutionName}</strong>
          {i.pzkName && (
            <>
              {' '}
              w zespole <strong>{i.pzkName}</strong>
            </>
          )}
          .
        </p>
        <p className="mb-2">Po ustawieniu hasła od razu zalogujesz się z rolą „Członek PZK” tej instytucji.</p>
        <p className="text-sm text-slate-700">Link działa jeden raz i jest ważny do {formatDateTime(i.expiresAt)}.</p>
      </div>
      <AcceptInvitationForm token={token} name={i.name} email={i.email} action={acceptInvitationAction} />
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Konto założone', referrer: 'no-referrer', robots: { index: false, follow: false } };

/** After the password is set: the account is active; the person signs in with it. */
export default function InvitationAcceptedPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-2xl font-bold">Konto założone</h1>
      <p role="status" className="mb-6 rounded border border-green-700 bg-green-50 p-3 text-green-900">
        Twoje konto jest aktywne. Zaloguj się adresem e-mail z zaproszenia i ustawionym hasłem. Link z zaproszenia już nie działa.
      </p>
      <p>
        <Link href="/logowanie" className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900">
          Zaloguj się
        </Link>
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeReturnPath } from '@/lib/auth/return-path';
import { getActor } from '@/lib/auth/session';
import { LoginForm } from './LoginForm';

export const metadata: Metadata = { title: 'Logowanie' };

const NOTICES: Record<string, string> = {
  wszedzie: 'Wylogowano Cię ze wszystkich urządzeń.',
  zmienione: 'Hasło zostało zmienione, a wszystkie sesje zakończone. Zaloguj się nowym hasłem.',
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ wylogowano?: string; haslo?: string; callbackUrl?: string | string[] }> }) {
  const { wylogowano, haslo, callbackUrl } = await searchParams;
  // Back to the page that sent the visitor here — a path on this site only.
  const returnTo = safeReturnPath(callbackUrl) ?? '/pulpit';
  if (await getActor()) redirect(returnTo);
  const notice = NOTICES[wylogowano ?? ''] ?? NOTICES[haslo ?? ''];
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">Logowanie</h1>
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}
      <LoginForm returnTo={returnTo} />
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { roleLabel } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { listMySessions } from '@/lib/auth/sessions';
import { formatDateTime } from '@/lib/text';
import { signOutEverywhereAction } from './actions';
import { ChangePasswordForm } from './ChangePasswordForm';

export const metadata: Metadata = { title: 'Moje konto' };

/** "Chrome, Linux" from a user agent — enough to recognise one's own devices. */
function device(ua: string | null): string {
  if (!ua) return 'nieznane urządzenie';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'przeglądarka';
  const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : 'inny system';
  return `${browser}, ${system}`;
}

export default async function AccountPage() {
  const actor = await requireActor();
  const sessions = await listMySessions(actor);
  return (
    <>
      <PageHeader title="Moje konto" lead={`${actor.name} · ${actor.email}`} />
      <section aria-labelledby="role" className="mb-8">
        <h2 id="role" className="mb-2 text-lg font-semibold">
          Role i obszar działania
        </h2>
        <ul className="list-disc pl-6">
          {actor.assignments.map((a) => (
            <li key={a.id}>
              {roleLabel(a.role)} — {a.scopeLabel}
            </li>
          ))}
        </ul>
        <p className="mt-2">
          <Link href="/konto/powiadomienia" className={linkClass}>
            Ustawienia powiadomień e-mail
          </Link>
        </p>
      </section>

      <section aria-labelledby="sesje" className="mb-8">
        <h2 id="sesje" className="mb-2 text-lg font-semibold">
          Gdzie jesteś zalogowany(-a)
        </h2>
        <ul className="mb-4 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {sessions.map((s) => (
            <li key={s.id} className="px-3 py-2">
              <span className="font-medium">{device(s.userAgent)}</span>
              {s.current && <span className="ml-2 rounded bg-green-100 px-2 text-sm text-green-900">to urządzenie</span>}
              <span className="block text-sm text-slate-700">
                zalogowano {formatDateTime(s.createdAt)}
                {s.ip ? ` z adresu ${s.ip}` : ''}, sesja wygaśnie {formatDateTime(s.expiresAt)}
              </span>
            </li>
          ))}
        </ul>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="min-h-11 rounded border border-red-800 px-4 py-2 font-medium text-red-900 hover:bg-red-50">
            Wyloguj ze wszystkich urządzeń
          </button>
        </form>
      </section>

      <section aria-labelledby="haslo" className="mb-8 max-w-xl">
        <h2 id="haslo" className="mb-2 text-lg font-semibold">
          Zmiana hasła
        </h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}

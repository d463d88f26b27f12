import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { getMyData, listMyLogins, loginFailureDays } from '@/lib/accounts/my-account';
import { canOpen } from '@/lib/auth/policy';
import { roleLabel } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { listMySessions } from '@/lib/auth/sessions';
import { formatDate, formatDateTime } from '@/lib/text';
import { count, WORDS } from '@/lib/plural';
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
  const [sessions, me, logins, failureDays] = await Promise.all([listMySessions(actor), getMyData(actor), listMyLogins(actor), loginFailureDays()]);
  return (
    <>
      <PageHeader title="Moje konto" lead={`${actor.name} · ${actor.email}`} />
      <section aria-labelledby="moje-dane" className="mb-8">
        <h2 id="moje-dane" className="mb-2 text-lg font-semibold">
          Moje dane
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">Tyle Platforma wie o Tobie jako użytkowniku. Dane zmienia administrator ROPS Twojego województwa — napisz do niego, jeśli coś się nie zgadza.</p>
        {me && (
          <dl className="mb-4 grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[14rem_1fr] sm:gap-y-2">
            <dt className="font-semibold">Imię i nazwisko</dt>
            <dd>{me.name}</dd>
            <dt className="font-semibold">Adres e-mail</dt>
            <dd className="break-all">{me.email}</dd>
            <dt className="font-semibold">Instytucja</dt>
            <dd>{me.institutionName ?? 'nie podano'}</dd>
            <dt className="font-semibold">Stanowisko</dt>
            <dd>{me.jobTitle || 'nie podano'}</dd>
            <dt className="font-semibold">Konto założone</dt>
            <dd>{formatDate(me.createdAt)}</dd>
            <dt className="font-semibold">Zatwierdzone (lub ostatnio odblokowane)</dt>
            <dd>{me.decidedAt ? formatDate(me.decidedAt) : 'brak zapisu'}</dd>
            <dt className="font-semibold">Ostatnie logowanie</dt>
            <dd>{me.lastLoginAt ? formatDateTime(me.lastLoginAt) : 'brak zapisu'}</dd>
          </dl>
        )}
        <p className="max-w-3xl text-sm text-slate-700">Konto, na które nikt nie loguje się przez 12 miesięcy, jest blokowane automatycznie (30 dni wcześniej wysyłamy ostrzeżenie e-mailem). Każde logowanie przedłuża ten termin.</p>
      </section>

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
        {canOpen(actor, 'staff.profile') && (
          <p className="mt-2">
            <Link href="/konto/profil-zawodowy" className={linkClass}>
              Mój profil zawodowy
            </Link>{' '}
            — kwalifikacje, specjalizacja, samoocena kompetencji i ścieżka rozwoju
          </p>
        )}
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

      <section aria-labelledby="historia-logowan" className="mb-8">
        <h2 id="historia-logowan" className="mb-2 text-lg font-semibold">
          Historia logowań
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">
          Próby logowania na Twoje konto (najwyżej 50 ostatnich), od najnowszej. Jeśli widzisz logowanie, którego nie rozpoznajesz, zmień hasło i wyloguj się ze wszystkich
          urządzeń.
        </p>
        {logins.length === 0 ? (
          <p>Nie ma jeszcze zapisanych logowań.</p>
        ) : (
          <ResponsiveTable label="Historia logowań">
            <table className={tableClass}>
              <caption className="sr-only">Historia logowań na moje konto</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Data i godzina</th>
                  <th scope="col" className={thClass}>Adres IP</th>
                  <th scope="col" className={thClass}>Wynik</th>
                </tr>
              </thead>
              <tbody>
                {logins.map((l) => (
                  <tr key={l.id}>
                    <td className={tdClass}>{formatDateTime(l.at)}</td>
                    <td className={tdClass}>{l.ip ?? 'nieznany'}</td>
                    <td className={tdClass}>
                      {l.result}
                      {l.repeats > 0 && <span className="block text-slate-600">kolejne wstrzymane próby w ciągu kilku minut: {l.repeats}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
        <p className="mt-2 max-w-3xl text-sm text-slate-700">
          Historia pochodzi z dziennika zdarzeń Platformy, którego wpisów nie usuwa się ani nie zmienia (są chronione łańcuchem skrótów). Osobny zapis nieudanych prób, służący do wstrzymywania
          odgadywania haseł, przechowujemy przez {count(failureDays, WORDS.day)} — potem zostaje z niego tylko liczba prób w danym dniu.
        </p>
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

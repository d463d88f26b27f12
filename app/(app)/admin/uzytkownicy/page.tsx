import type { Metadata } from 'next';
import { PageHeader, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { listAccounts, listInactiveAccounts } from '@/lib/accounts/review';
import { isoToPolish } from '@/lib/model/dates';
import { formatDate, formatDateTime } from '@/lib/text';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { disableAction, enableAction } from '../actions';
import { AccountCells } from '../AccountCells';
import { AccountDecision } from '../AccountDecision';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Użytkownicy' };

const STATUS = { active: 'aktywne', disabled: 'zablokowane', rejected: 'wniosek odrzucony', pending: 'oczekuje' } as const;

export default async function UsersPage() {
  const actor = await requireActor();
  const [rows, inactive] = await Promise.all([guard(listAccounts(actor, ['active', 'disabled', 'rejected'])), guard(listInactiveAccounts(actor))]);
  return (
    <>
      <PageHeader title="Użytkownicy" lead="Konta osób pracujących w Twoim województwie." />
      <ResponsiveTable label="Użytkownicy województwa">
        <table className={tableClass}>
          <caption className="sr-only">Użytkownicy województwa</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Osoba</th>
              <th scope="col" className={thClass}>Instytucja</th>
              <th scope="col" className={thClass}>Role</th>
              <th scope="col" className={thClass}>Stan konta</th>
              <th scope="col" className={thClass}>Działania</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <AccountCells u={u} />
                <td className={tdClass}>
                  {STATUS[u.status]}
                  {u.statusReason && <span className="block text-slate-600">Powód: {u.statusReason}</span>}
                </td>
                <td className={tdClass}>
                  {u.id !== actor.userId && u.status !== 'rejected' && (
                    <AccountDecision
                      userId={u.id}
                      userName={u.name}
                      positive={u.status === 'disabled' ? { label: 'Odblokuj', action: enableAction } : undefined}
                      negative={u.status === 'active' ? { label: 'Zablokuj', reasonLabel: 'Powód zablokowania', action: disableAction } : undefined}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>

      <section aria-labelledby="nieuzywane" className="mt-10">
        <h2 id="nieuzywane" className="mb-2 text-lg font-semibold">
          Konta nieużywane
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">
          Konto, na które nikt nie loguje się przez 12 miesięcy, jest blokowane automatycznie; 30 dni wcześniej jego właściciel dostaje ostrzeżenie e-mailem. Logowanie (albo odblokowanie
          konta) liczy ten czas od nowa.
        </p>
        <h3 className="mb-2 font-semibold">Do zablokowania w ciągu 30 dni</h3>
        {inactive.soon.length === 0 ? (
          <p className="mb-6">Żadne konto nie zostanie zablokowane w ciągu najbliższych 30 dni.</p>
        ) : (
          <ResponsiveTable label="Konta do zablokowania w ciągu 30 dni">
            <table className={`${tableClass} mb-6`}>
              <caption className="sr-only">Konta do zablokowania w ciągu 30 dni</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Osoba</th>
                  <th scope="col" className={thClass}>Adres e-mail</th>
                  <th scope="col" className={thClass}>Ostatnie logowanie</th>
                  <th scope="col" className={thClass}>Zablokowanie</th>
                </tr>
              </thead>
              <tbody>
                {inactive.soon.map((u) => (
                  <tr key={u.id}>
                    <td className={tdClass}>{u.name}</td>
                    <td className={`${tdClass} break-all`}>{u.email}</td>
                    <td className={tdClass}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'nigdy'}</td>
                    <td className={tdClass}>
                      {isoToPolish(u.disableOn)}
                      <span className="block text-slate-600">{u.warnedOn ? `ostrzeżenie wysłane ${isoToPolish(u.warnedOn)}` : 'ostrzeżenie jeszcze nie wysłane'}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
        <h3 className="mb-2 font-semibold">Zablokowane z powodu braku logowania</h3>
        {inactive.disabled.length === 0 ? (
          <p>Żadne konto nie jest zablokowane z powodu braku logowania.</p>
        ) : (
          <ResponsiveTable label="Konta zablokowane z powodu braku logowania">
            <table className={tableClass}>
              <caption className="sr-only">Konta zablokowane z powodu braku logowania</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Osoba</th>
                  <th scope="col" className={thClass}>Adres e-mail</th>
                  <th scope="col" className={thClass}>Ostatnie logowanie</th>
                  <th scope="col" className={thClass}>Zablokowane</th>
                  <th scope="col" className={thClass}>Działania</th>
                </tr>
              </thead>
              <tbody>
                {inactive.disabled.map((u) => (
                  <tr key={u.id}>
                    <td className={tdClass}>{u.name}</td>
                    <td className={`${tdClass} break-all`}>{u.email}</td>
                    <td className={tdClass}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'nigdy'}</td>
                    <td className={tdClass}>{u.disabledAt ? formatDate(u.disabledAt) : '—'}</td>
                    <td className={tdClass}>
                      <AccountDecision userId={u.id} userName={u.name} positive={{ label: 'Odblokuj', action: enableAction }} />
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

import type { Metadata } from 'next';
import { PageHeader, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { listAccounts } from '@/lib/accounts/review';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/text';
import { approveAction, rejectAction } from '../actions';
import { AccountCells } from '../AccountCells';
import { AccountDecision } from '../AccountDecision';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Wnioski o konta' };

export default async function AccountRequestsPage() {
  const actor = await requireActor();
  const rows = await guard(listAccounts(actor, ['pending']));
  return (
    <>
      <PageHeader title="Wnioski o konta" lead="Wnioski osób z instytucji Twojego województwa, od najstarszego." />
      {rows.length === 0 ? (
        <p>Brak wniosków oczekujących na decyzję.</p>
      ) : (
        <ResponsiveTable label="Wnioski oczekujące na decyzję">
          <table className={tableClass}>
            <caption className="sr-only">Wnioski oczekujące na decyzję</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Osoba</th>
                <th scope="col" className={thClass}>Instytucja i funkcja</th>
                <th scope="col" className={thClass}>Wnioskowana rola i obszar</th>
                <th scope="col" className={thClass}>Złożono</th>
                <th scope="col" className={thClass}>Decyzja</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id}>
                  <AccountCells u={u} />
                  <td className={tdClass}>{formatDateTime(u.createdAt)}</td>
                  <td className={tdClass}>
                    <AccountDecision
                      userId={u.id}
                      userName={u.name}
                      positive={{ label: 'Zatwierdź', action: approveAction }}
                      negative={{ label: 'Odrzuć', reasonLabel: 'Powód odrzucenia (zobaczy go wnioskodawca)', action: rejectAction }}
                    />
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

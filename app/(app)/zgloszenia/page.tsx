import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { mayEver } from '@/lib/auth/policy';
import { notificationHref } from '@/lib/implementations/notification-number';
import { listNotifications } from '@/lib/implementations/notifications';
import { VARIANT_LABELS } from '@/lib/model/catalogue';
import { NOTIFICATION_STATUS_LABELS } from '@/lib/model/labels';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Zgłoszenia do ROPS' };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const rows = await guard(listNotifications(actor));
  return (
    <>
      <PageHeader
        title="Zgłoszenia do ROPS"
        lead="Decyzje powiatów i gmin o wdrażaniu Modelu Kooperacji (krok 2.4)."
        actions={
          mayEver(actor.scope, 'notification.submit') && (
            <Link href="/zgloszenia/nowe" className={buttonClass}>
              Nowe zgłoszenie
            </Link>
          )
        }
      />
      {rows.length === 0 ? (
        <p>Brak zgłoszeń.</p>
      ) : (
        <ResponsiveTable label="Zgłoszenia">
          <table className={tableClass}>
            <caption className="sr-only">Zgłoszenia</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Nr</th>
                <th scope="col" className={thClass}>Powiat i gminy</th>
                <th scope="col" className={thClass}>Wariant</th>
                <th scope="col" className={thClass}>Planowany początek</th>
                <th scope="col" className={thClass}>Wysłano</th>
                <th scope="col" className={thClass}>Stan</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={tdClass}>
                    <Link href={notificationHref(r.number)} className={linkClass}>
                      {r.number}
                    </Link>
                  </td>
                  <td className={tdClass}>
                    powiat {r.powiatName}: {r.gminaNames}
                  </td>
                  <td className={tdClass}>{VARIANT_LABELS[r.variant]}</td>
                  <td className={tdClass}>{formatDate(r.plannedStart)}</td>
                  <td className={tdClass}>{formatDateTime(r.submittedAt)}</td>
                  <td className={tdClass}>{NOTIFICATION_STATUS_LABELS[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </>
  );
}

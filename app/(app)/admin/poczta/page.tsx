import type { Metadata } from 'next';
import { FilterForm, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { listOutbox } from '@/lib/notifications/notifications';
import { ACCOUNT_EMAIL_KINDS, EMAIL_KINDS, EVENT_EMAIL_KINDS } from '@/lib/notifications/outbox';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Poczta wychodząca' };

const STATUS = { pending: 'czeka na wysłanie', sent: 'wysłana', failed: 'nie udało się wysłać' } as const;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ stan?: string }> }) {
  const { stan } = await searchParams;
  const status = stan === 'pending' || stan === 'sent' || stan === 'failed' ? stan : undefined;
  const actor = await requireActor();
  const o = await guard(listOutbox(actor, status));
  return (
    <>
      <PageHeader
        title="Poczta wychodząca"
        lead={
          o.smtpConfigured
            ? 'Powiadomienia e-mail członków zespołów województwa. Wysyłka działa w tle; nieudane próby są ponawiane (po 1, 2, 4 i 8 minutach).'
            : 'Serwer SMTP nie jest skonfigurowany (SMTP_URL) — powiadomienia czekają tutaj i nie są wysyłane.'
        }
      />
      <p className="mb-4">
        Czeka: {o.counts.pending ?? 0} · wysłane: {o.counts.sent ?? 0} · nieudane: {o.counts.failed ?? 0}
      </p>
      <FilterForm label="Filtr poczty">
        <FilterSelect id="f-stan" label="Stan" name="stan" defaultValue={status} options={Object.entries(STATUS).map(([value, label]) => ({ value, label }))} />
      </FilterForm>
      {o.rows.length === 0 ? (
        <p>Brak wiadomości.</p>
      ) : (
        <ResponsiveTable label="Wiadomości">
          <table className={tableClass}>
            <caption className="sr-only">Wiadomości</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Utworzona</th>
                <th scope="col" className={thClass}>Do</th>
                <th scope="col" className={thClass}>Rodzaj i temat</th>
                <th scope="col" className={thClass}>Stan</th>
              </tr>
            </thead>
            <tbody>
              {o.rows.map((m) => (
                <tr key={m.id}>
                  <td className={tdClass}>{formatDateTime(m.createdAt)}</td>
                  <td className={tdClass}>{m.toEmail}</td>
                  <td className={tdClass}>
                    <span className="block text-slate-600">{({ ...EMAIL_KINDS, ...ACCOUNT_EMAIL_KINDS, ...EVENT_EMAIL_KINDS } as Record<string, string>)[m.kind] ?? m.kind}</span>
                    <details>
                      <summary className="cursor-pointer">{m.subject}</summary>
                      <pre className="mt-1 whitespace-pre-wrap font-sans text-sm">{m.body}</pre>
                    </details>
                  </td>
                  <td className={tdClass}>
                    {STATUS[m.status]}
                    {m.sentAt && <span className="block">{formatDateTime(m.sentAt)}</span>}
                    {m.status !== 'sent' && m.attempts > 0 && (
                      <span className="block text-sm">
                        prób: {m.attempts}
                        {m.status === 'pending' && `, następna ${formatDateTime(m.nextAttemptAt)}`}
                      </span>
                    )}
                    {m.lastError && <span className="block text-sm text-red-800">{m.lastError}</span>}
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

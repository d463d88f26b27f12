import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { DOCUMENT_KIND_LABELS } from '@/lib/documents/template';
import { listTemplates } from '@/lib/documents/templates';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Wzory dokumentów' };

export default async function TemplatesPage() {
  const actor = await requireActor();
  const { mode, templates: rows } = await guard(listTemplates(actor));
  const propose = mode === 'propose';
  return (
    <>
      <PageHeader title="Wzory dokumentów" lead="Wzory porozumień, deklaracji i oświadczeń, z których powstają dokumenty we wdrożeniach." />
      <div className="mb-6 max-w-3xl space-y-2 text-slate-800">
        <p>
          Wzór to treść dokumentu z polami do uzupełnienia (np. <code>{'{{numer}}'}</code>), paragrafami, klauzulami opcjonalnymi i rolami stron.{' '}
          {propose ? 'Wzory są wspólne dla całego kraju: zmianę proponujesz tutaj, a przyjmuje ją administrator krajowy modelu.' : 'Zmieniasz go tutaj, bez zmian w programie.'}
        </p>
        <p>
          Każdy zapis tworzy <strong>nową wersję</strong> wzoru. Nowe dokumenty powstają z najnowszej wersji, a dokumenty już utworzone zachowują wersję, z której je przygotowano.
        </p>
        {propose && (
          <p>
            Wysłane propozycje i decyzje w ich sprawie znajdziesz na stronie{' '}
            <Link href="/admin/propozycje" className={linkClass}>
              Propozycje zmian modelu
            </Link>
            .
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p>Brak wzorów dokumentów.</p>
      ) : (
        <ResponsiveTable label="Wzory dokumentów i ich bieżące wersje">
          <table className={tableClass}>
            <caption className="sr-only">Wzory dokumentów i ich bieżące wersje</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Rodzaj dokumentu</th>
                <th scope="col" className={thClass}>Wersja</th>
                <th scope="col" className={thClass}>Ostatnia zmiana</th>
                <th scope="col" className={thClass}>Działania</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.kind}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {DOCUMENT_KIND_LABELS[r.kind]}
                  </th>
                  <td className={tdClass}>{r.version}</td>
                  <td className={tdClass}>{formatDateTime(r.updatedAt)}</td>
                  <td className={tdClass}>
                    <Link href={`/admin/wzory/${r.kind}`} className={linkClass}>
                      {propose ? 'Zaproponuj zmianę' : 'Edytuj'}
                      <span className="sr-only">
                        {propose ? ' wzoru' : ' wzór'}: {DOCUMENT_KIND_LABELS[r.kind]}
                      </span>
                    </Link>
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

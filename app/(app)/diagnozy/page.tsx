import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { mayEver } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { listDiagnoses } from '@/lib/diagnosis/diagnoses';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Diagnozy lokalne' };

export default async function DiagnosesPage() {
  const actor = await requireActor();
  const rows = await guard(listDiagnoses(actor));
  const canCreate = mayEver(actor.scope, 'diagnosis.manage');
  const caption = 'Diagnozy lokalne (podkrok 2.1)';
  return (
    <>
      <PageHeader
        title="Diagnozy lokalne"
        lead="Diagnoza sytuacji powiatowo-gminnej (podkrok 2.1): dane liczbowe gmin, problemy, potrzeby, zasoby i brakujące usługi. Zakończoną diagnozę wskazujesz w zgłoszeniu do ROPS."
        actions={
          canCreate ? (
            <Link href="/diagnozy/nowa" className={buttonClass}>
              Nowa diagnoza
            </Link>
          ) : undefined
        }
      />
      {rows.length ? (
        <ResponsiveTable label={caption}>
          <table className={tableClass}>
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Diagnoza</th>
                <th scope="col" className={thClass}>Data</th>
                <th scope="col" className={thClass}>Powiat</th>
                <th scope="col" className={thClass}>Gminy</th>
                <th scope="col" className={thClass}>Stan</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <td className={tdClass}>
                    <Link href={`/diagnozy/${d.id}`} className={linkClass}>
                      {d.title}
                    </Link>
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDate(d.madeOn)}</td>
                  <td className={tdClass}>{d.powiatName}</td>
                  <td className={tdClass}>{d.gminaNames}</td>
                  <td className={tdClass}>{d.finishedAt ? 'zakończona' : 'w przygotowaniu'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      ) : (
        <p>Nie ma jeszcze żadnej diagnozy lokalnej.</p>
      )}
    </>
  );
}

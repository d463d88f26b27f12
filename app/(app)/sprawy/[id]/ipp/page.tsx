import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { listIpps } from '@/lib/cases/ipp';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';
import { NewIppForm } from './NewIppForm';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Indywidualne programy pomocy' };

export default async function IppListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const data = await guard(listIpps(actor, Number(id)));
  const c = data.case;
  return (
    <>
      <CaseHeader c={c} current="/ipp" title="Indywidualne programy pomocy" />
      <p className="mb-4 max-w-3xl text-slate-700">
        Każdy IPP obejmuje najwyżej 3 miesiące. Kolejny zaczyna się dzień po zakończeniu poprzedniego i kontynuuje jego cele, tak by postępy były widoczne przez całą pracę z rodziną
        {data.caseEnd ? ` (do ${formatDate(data.caseEnd)})` : ''}.
      </p>
      {data.ipps.length ? (
        <ResponsiveTable label={`Indywidualne programy pomocy w sprawie ${c.number}`} className="mb-8">
          <table className={tableClass}>
            <caption className="sr-only">Indywidualne programy pomocy w sprawie {c.number}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>IPP</th>
                <th scope="col" className={thClass}>Okres</th>
                <th scope="col" className={thClass}>Akceptacja PZK</th>
                <th scope="col" className={thClass}>Cele</th>
                <th scope="col" className={thClass}>Kontrakt</th>
              </tr>
            </thead>
            <tbody>
              {data.ipps.map((i) => (
                <tr key={i.id}>
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    <Link href={`/sprawy/${c.id}/ipp/${i.id}`} className={linkClass}>
                      IPP {i.sequence}
                    </Link>
                  </th>
                  <td className={tdClass}>
                    {formatDate(i.startsOn)}–{formatDate(i.endsOn)}
                  </td>
                  <td className={tdClass}>{i.acceptedOn ? formatDate(i.acceptedOn) : 'jeszcze nie zaakceptowano'}</td>
                  <td className={tdClass}>{i.goalsCount || 'brak — do uzupełnienia'}</td>
                  <td className={tdClass}>
                    {i.hasContract ? (
                      <Link href={`/sprawy/${c.id}/ipp/${i.id}/kontrakt`} className={linkClass}>
                        zawarty<span className="sr-only"> — kontrakt do IPP {i.sequence}</span>
                      </Link>
                    ) : (
                      'nie zawarto'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      ) : (
        <p className="mb-8 text-slate-700">W tej sprawie nie ma jeszcze IPP.</p>
      )}
      {c.access === 'write' && !c.freeze && (
        <section aria-labelledby="nowy-ipp">
          <h2 id="nowy-ipp" className="mb-3 text-xl font-semibold">
            {data.next.continuesFrom ? `Kolejny IPP (IPP ${data.next.sequence})` : 'Pierwszy IPP'}
          </h2>
          {data.canStart ? (
            <NewIppForm caseId={c.id} sequence={data.next.sequence} continuesFrom={data.next.continuesFrom} caseEnd={data.caseEnd} defaults={{ startsOn: data.next.startsOn, endsOn: data.next.endsOn, pzkAttendance: data.next.pzkAttendance }} />
          ) : (
            <p className="rounded border border-slate-300 bg-slate-50 p-3">{data.startBlocked}</p>
          )}
        </section>
      )}
    </>
  );
}

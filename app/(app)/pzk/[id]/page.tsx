import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { getPzkTeam, institutionOptions, MEMBER_STATUS_LABELS } from '@/lib/pzk/members';
import { TEAM_ROLES } from '@/lib/pzk/schemas';
import { MemberActions, MemberForm } from './MemberControls';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Partnerski Zespół Kooperacji' };

const ACCESS_NOTE = {
  manage: 'Jako animator PCPR decydujesz o składzie zespołu.',
  member: 'Możesz proponować nowe osoby; o składzie decyduje animator PCPR.',
  observer: 'ROPS ma wgląd w zespół bez możliwości zmian.',
  guest: 'Twoja instytucja jest na liście zespołu, ale nie podpisała jeszcze porozumienia PZK ani deklaracji przystąpienia — widzisz tylko strony bez danych osobowych.',
} as const;

export default async function PzkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const team = await guard(getPzkTeam(actor, Number(id)));
  const { pzk } = team;
  const options = team.canManage || team.canPropose ? await guard(institutionOptions(actor, pzk.id)) : [];
  const personal = pzk.access !== 'guest';
  return (
    <>
      <PageHeader title={pzk.name} lead={<>Partnerski Zespół Kooperacji · powiat {pzk.powiatName} · <Link href={`/dokumenty?wdrozenie=${pzk.implementationId}`} className={linkClass}>porozumienia</Link></>} />
      <PzkNav pzk={pzk} current="" />
      <p className="mb-4 text-slate-700">{ACCESS_NOTE[pzk.access]}</p>
      {team.canManage && (
        <p className="mb-4">
          <Link href={`/pzk/${pzk.id}/zaproszenia`} className={buttonClass}>
            Zaproś osoby
          </Link>
          <span className="mt-1 block text-sm text-slate-700">Osoby z instytucji członkowskich zakładają konto same, z linku w e-mailu — bez wniosku do ROPS.</span>
        </p>
      )}
      <section aria-labelledby="sklad" className="mb-8">
        <h2 id="sklad" className="mb-2 text-xl font-semibold">
          Skład zespołu
        </h2>
        {team.members.length === 0 ? (
          <p>Nikogo jeszcze nie dodano.</p>
        ) : (
          <ResponsiveTable label="Skład zespołu">
            <table className={tableClass}>
              <caption className="sr-only">Skład zespołu</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Rola w zespole</th>
                  <th scope="col" className={thClass}>Osoba</th>
                  <th scope="col" className={thClass}>Instytucja</th>
                  <th scope="col" className={thClass}>Status</th>
                  {team.canManage && <th scope="col" className={thClass}>Czynności</th>}
                </tr>
              </thead>
              <tbody>
                {team.members.map((m) => (
                  <tr key={m.id}>
                    <td className={tdClass}>{TEAM_ROLES[m.teamRole]}</td>
                    <td className={tdClass}>
                      {m.name}
                      <span className="block text-slate-600">{m.function}</span>
                    </td>
                    <td className={tdClass}>{m.institutionName ?? '—'}</td>
                    <td className={tdClass}>
                      {MEMBER_STATUS_LABELS[m.status]}
                      {m.signedBy && personal && (
                        <span className="block">
                          <Link href={`/dokumenty/${m.signedBy.documentId}`} className={linkClass}>
                            {m.signedBy.number}
                          </Link>
                        </span>
                      )}
                    </td>
                    {team.canManage && (
                      <td className={tdClass}>
                        <MemberActions memberId={m.id} version={m.version} name={m.name} proposed={m.status === 'proposed'} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
        {team.signedWithoutPeople.length > 0 && (
          <p className="mt-3 text-sm text-slate-700">
            Instytucje, które podpisały porozumienie, a nie mają jeszcze osoby w zespole: {team.signedWithoutPeople.map((i) => i.name).join(', ')}.
          </p>
        )}
      </section>
      {(team.canManage || team.canPropose) && <MemberForm pzkId={pzk.id} institutions={options} proposing={!team.canManage} />}
    </>
  );
}

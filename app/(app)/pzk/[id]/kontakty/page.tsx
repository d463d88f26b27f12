import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { contactList } from '@/lib/pzk/members';
import { TEAM_ROLES } from '@/lib/pzk/schemas';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Kontakty zespołu' };

export default async function ContactsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, contacts } = await guard(contactList(actor, Number(id)));
  return (
    <>
      <PageHeader title={`Kontakty — ${pzk.name}`} actions={<a href={`/pzk/${pzk.id}/kontakty/pdf`} className={linkClass}>Lista kontaktów (PDF)</a>} />
      <PzkNav pzk={pzk} current="/kontakty" />
      <p className="mb-4 text-slate-700">Służbowe dane kontaktowe członków zespołu — widoczne tylko dla członków.</p>
      <ResponsiveTable label="Kontakty">
        <table className={tableClass}>
          <caption className="sr-only">Kontakty</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Imię i nazwisko</th>
              <th scope="col" className={thClass}>Instytucja</th>
              <th scope="col" className={thClass}>Funkcja</th>
              <th scope="col" className={thClass}>E-mail</th>
              <th scope="col" className={thClass}>Telefon</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <td className={tdClass}>
                  {c.name}
                  <span className="block text-slate-600">{TEAM_ROLES[c.teamRole]}</span>
                </td>
                <td className={tdClass}>{c.institutionName ?? '—'}</td>
                <td className={tdClass}>{c.function}</td>
                <td className={tdClass}>{c.email ? <a href={`mailto:${c.email}`} className={linkClass}>{c.email}</a> : '—'}</td>
                <td className={tdClass}>{c.phone ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
    </>
  );
}

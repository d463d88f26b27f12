import 'server-only';
import { ContactListPdf } from '@/components/pdf/ContactListPdf';
import type { Actor } from '@/lib/auth/actor';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { formatDateTime } from '@/lib/text';
import { contactList } from './members';
import { TEAM_ROLES } from './schemas';

export async function contactListPdf(actor: Actor, pzkId: number, now = new Date()): Promise<PdfFile> {
  const { pzk, contacts } = await contactList(actor, pzkId);
  const pdf = await renderPdf(
    <ContactListPdf
      title={`Lista kontaktów — ${pzk.name}`}
      subtitle={`Partnerski Zespół Kooperacji, powiat ${pzk.powiatName}`}
      rows={contacts.map((c) => ({ ...c, teamRole: TEAM_ROLES[c.teamRole] }))}
      generatedAt={formatDateTime(now)}
    />,
  );
  return { pdf, filename: `kontakty-pzk-${pzk.gminaName}.pdf` };
}

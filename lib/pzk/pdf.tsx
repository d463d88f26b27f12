import 'server-only';
import { ContactListPdf } from '@/components/pdf/ContactListPdf';
import { WorkPlanPdf } from '@/components/pdf/WorkPlanPdf';
import { notFoundError } from '@/lib/errors';
import type { Actor } from '@/lib/auth/actor';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { formatDateTime } from '@/lib/text';
import { contactList } from './members';
import { TEAM_ROLES } from './schemas';
import { getWorkPlan } from './work-plan';
import { WORK_PLAN_SECTIONS } from './work-plan-sections';
import { clock } from '@/lib/clock';

export async function contactListPdf(actor: Actor, pzkId: number, now = clock.now()): Promise<PdfFile> {
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

/** The work plan (its current version, or an earlier one) as a PDF, for members. */
export async function workPlanPdf(actor: Actor, pzkId: number, version?: number): Promise<PdfFile> {
  const w = await getWorkPlan(actor, pzkId, version);
  if (!w.plan) throw notFoundError('Plan pracy nie został jeszcze zapisany.');
  const content = (w.shown?.content ?? w.plan.content) as Record<string, string>;
  const v = w.shown?.version ?? w.plan.version;
  const pdf = await renderPdf(
    <WorkPlanPdf
      title={`Plan pracy — ${w.pzk.name}`}
      subtitle={`Partnerski Zespół Kooperacji, powiat ${w.pzk.powiatName} · wersja ${v}`}
      sections={WORK_PLAN_SECTIONS.map((s) => ({ label: s.label, text: content[s.key] ?? '' }))}
      footnote={`Wersja ${v} z ${formatDateTime(w.shown?.createdAt ?? w.plan.updatedAt)}.`}
    />,
  );
  return { pdf, filename: `plan-pracy-pzk-${w.pzk.gminaName}-v${v}.pdf` };
}

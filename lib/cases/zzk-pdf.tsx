import 'server-only';
import { getDb } from '@/db/client';
import { ZzkProtocolPdf } from '@/components/pdf/case/ZzkProtocolPdf';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { casePdfMeta } from './family-papers';
import { getZzkMeeting } from './zzk';

/*
 * The protocol of a case team's meeting (ZZK in Kooperacje 3D; components/pdf/case/ZzkProtocolPdf.tsx). Printed by
 * whoever may open the case (the print is written to the audit log as case.printed, "pdf:zzk");
 * a frozen case is not printed (openCase). The file is named by the case number, never a name.
 */

/** The protocol PDF of one meeting of the case team. */
export async function zzkProtocolPdf(actor: Actor, caseId: number, meetingId: number, now = clock.now()): Promise<PdfFile> {
  const view = await getZzkMeeting(actor, caseId, meetingId, 'pdf:zzk');
  const c = view.case;
  const meta = await casePdfMeta(getDb(), c, actor, now);
  const pdf = await renderPdf(<ZzkProtocolPdf data={{ meta, view }} />);
  return { pdf, filename: `protokol-${c.words.caseTeamShort === 'ZZK' ? 'zzk' : 'zespolu'}-${view.meeting.heldOn}-${c.number.replace(/\//g, '-')}.pdf` };
}

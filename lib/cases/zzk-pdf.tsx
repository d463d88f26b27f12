import 'server-only';
import { getDb } from '@/db/client';
import { CaseFrame, pdfDate, PrintNote, Section, SignatureBoxes, type CasePdfMeta } from '@/components/pdf/case/common';
import { Facts, Table } from '@/components/pdf/primitives';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { casePdfMeta } from './family-papers';
import { getZzkMeeting, type ZzkMeetingView } from './zzk';

/*
 * The protocol of a case team's meeting (ZZK in Kooperacje 3D): date, who took part, with or
 * without the family, what was discussed and the decisions with owner and due date. Printed by
 * whoever may open the case (the print is written to the audit log as case.printed, "pdf:zzk");
 * a frozen case is not printed (openCase). The file is named by the case number, never a name.
 */

const DECISION_STATUS = { open: 'do wykonania', done: 'wykonane' } as const;

type ProtocolData = { meta: CasePdfMeta; view: ZzkMeetingView };

function ZzkProtocol({ data: { meta, view } }: { data: ProtocolData }) {
  const { meeting: m, decisions, case: c } = view;
  const title = `Protokół spotkania — ${c.words.caseTeamShort}`;
  return (
    <CaseFrame meta={meta} title={title} subtitle={`${c.words.caseTeam} · ${meta.pzkName} · sprawa ${meta.caseNumber}`}>
      <Facts
        items={[
          ['Data spotkania', pdfDate(m.heldOn)],
          ['Udział osoby lub rodziny', m.familyPresent ? 'tak — spotkanie z udziałem osoby lub rodziny' : 'nie — spotkanie bez udziału osoby lub rodziny'],
          ['Pracownik kluczowy', meta.keyWorkerName],
        ]}
      />
      <Section title={`Obecni członkowie zespołu (${c.words.caseTeamShort})`} text={m.present.join('\n')} />
      <Section title="Inni uczestnicy" text={m.otherParticipants} />
      <Section title="Przebieg spotkania i omówione sprawy" text={m.summary} />
      <Table<ZzkMeetingView['decisions'][number]>
        caption="Ustalenia (zadania)"
        rows={decisions}
        fontSize={8.5}
        emptyText="Nie podjęto ustaleń."
        columns={[
          { header: 'Lp.', width: 5, align: 'right', cell: (_, i) => `${i + 1}.` },
          { header: 'Ustalenie', width: 45, cell: (d) => d.text },
          { header: 'Odpowiedzialna osoba', width: 25, cell: (d) => d.ownerName ?? '—' },
          { header: 'Termin', width: 12, align: 'center', cell: (d) => pdfDate(d.dueOn) },
          { header: 'Stan', width: 13, cell: (d) => DECISION_STATUS[d.status] },
        ]}
      />
      <SignatureBoxes heading="Podpisy" boxes={[{ role: 'Protokół sporządził(a)', name: '' }, { role: 'Pracownik kluczowy', name: meta.keyWorkerName }]} />
      <PrintNote meta={meta} />
    </CaseFrame>
  );
}

/** The protocol PDF of one meeting of the case team. */
export async function zzkProtocolPdf(actor: Actor, caseId: number, meetingId: number, now = clock.now()): Promise<PdfFile> {
  const view = await getZzkMeeting(actor, caseId, meetingId, 'pdf:zzk');
  const c = view.case;
  const meta = await casePdfMeta(getDb(), c, actor, now);
  const pdf = await renderPdf(<ZzkProtocol data={{ meta, view }} />);
  return { pdf, filename: `protokol-${c.words.caseTeamShort === 'ZZK' ? 'zzk' : 'zespolu'}-${view.meeting.heldOn}-${c.number.replace(/\//g, '-')}.pdf` };
}

import { Facts, Table } from '../primitives';
import type { ZzkMeetingView } from '@/lib/cases/zzk';
import { CaseFrame, pdfDate, PrintNote, Section, SignatureBoxes, type CasePdfMeta } from './common';

/*
 * The protocol of a case team's meeting (ZZK in Kooperacje 3D): date, who took part, with or
 * without the family, what was discussed and the decisions with owner and due date (data from
 * lib/cases/zzk-pdf.tsx).
 */

const DECISION_STATUS = { open: 'do wykonania', done: 'wykonane' } as const;

export type ZzkProtocolData = { meta: CasePdfMeta; view: ZzkMeetingView };

export function ZzkProtocolPdf({ data: { meta, view } }: { data: ZzkProtocolData }) {
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


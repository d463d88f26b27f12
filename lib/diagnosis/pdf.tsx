import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { evidence, gminas, localDiagnoses, localDiagnosisGminas, notificationDiagnoses, powiats, scheduleItems, trackEvents } from '@/db/schema';
import { DiagnosisPdf, type DiagnosisPdfData } from '@/components/pdf/DiagnosisPdf';
import type { Actor } from '@/lib/auth/actor';
import type { Catalogue } from '@/lib/model/catalogue-load';
import { isoToPolish } from '@/lib/model/dates';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { polishOrder } from '@/lib/polish-order';
import { formatDateTime } from '@/lib/text';
import { storeUpload } from '@/lib/uploads';
import { clock } from '@/lib/clock';
import { getDiagnosis } from './diagnoses';
import { FIGURE_KEYS, FIGURES, figuresOf } from './figures';
import { DIAGNOSIS_SECTIONS } from './schemas';

type PrintSource = {
  diagnosis: { id: number; title: string; madeOn: string; finishedAt: Date | null; version: number } & Record<(typeof DIAGNOSIS_SECTIONS)[number]['key'], string>;
  powiatName: string;
  gminas: { name: string; figures: Record<string, number | null> }[];
};

const num = (n: number | null) => (n == null ? '—' : n.toLocaleString('pl-PL'));

function pdfData(src: PrintSource, now: Date): DiagnosisPdfData {
  const d = src.diagnosis;
  return {
    title: `Diagnoza lokalna — ${d.title}`,
    subtitle: `Podkrok 2.1: diagnoza sytuacji powiatowo-gminnej · powiat ${src.powiatName}`,
    facts: [
      ['Powiat', src.powiatName],
      ['Gminy', src.gminas.map((g) => g.name).join(', ')],
      ['Data diagnozy', isoToPolish(d.madeOn)],
      ['Stan', d.finishedAt ? `zakończona ${formatDateTime(d.finishedAt)}` : 'w przygotowaniu'],
    ],
    figureLabels: FIGURE_KEYS.map((k) => FIGURES[k]),
    rows: src.gminas.map((g) => {
      const f = figuresOf(g.figures);
      return { gmina: g.name, values: FIGURE_KEYS.map((k) => num(f[k])) };
    }),
    sections: DIAGNOSIS_SECTIONS.map((s) => ({ label: s.label, text: d[s.key] })),
    draft: !d.finishedAt,
    footnote: `Wersja ${d.version}. Wydruk z ${formatDateTime(now)}.`,
  };
}

const fileName = (title: string) => `diagnoza-lokalna-${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'powiat'}.pdf`;

/** The diagnosis as a PDF, for its readers. */
export async function diagnosisPdf(actor: Actor, diagnosisId: number, now = clock.now()): Promise<PdfFile> {
  const src = await getDiagnosis(actor, diagnosisId);
  const pdf = await renderPdf(<DiagnosisPdf data={pdfData(src, now)} />);
  return { pdf, filename: fileName(src.diagnosis.title) };
}

/**
 * On acceptance of a notification that names a diagnosis: its PDF becomes the evidence of
 * sub-step 2.1 on each new gmina track, with a line in the track's history. The sub-step's state is
 * left to the animators — 2.1 is also the PCPR's information meeting, which the diagnosis does not
 * prove. Runs inside the acceptance's transaction (no policy: ROPS is accepting).
 */
export async function unsafeAttachDiagnosisEvidence(tx: DbOrTx, notificationId: number, trackIds: number[], catalogue: Catalogue, who: { userId: string; name: string }) {
  const [link] = await tx.select({ d: localDiagnoses }).from(notificationDiagnoses).innerJoin(localDiagnoses, eq(localDiagnoses.id, notificationDiagnoses.diagnosisId)).where(eq(notificationDiagnoses.notificationId, notificationId));
  const substep = catalogue.substeps.find((s) => s.code === '2.1');
  if (!link || !substep || !trackIds.length) return;
  const d = link.d;
  const [[powiat], gs] = await Promise.all([
    tx.select({ name: powiats.name }).from(powiats).where(eq(powiats.id, d.powiatId)),
    tx
      .select({ name: gminas.name, figures: localDiagnosisGminas.figures })
      .from(localDiagnosisGminas)
      .innerJoin(gminas, eq(gminas.id, localDiagnosisGminas.gminaId))
      .where(eq(localDiagnosisGminas.diagnosisId, d.id))
      .orderBy(polishOrder(gminas.name)),
  ]);
  const pdf = await renderPdf(<DiagnosisPdf data={pdfData({ diagnosis: d, powiatName: powiat?.name ?? '', gminas: gs }, clock.now())} />);
  const file = await storeUpload(tx, { name: fileName(d.title), data: new Uint8Array(pdf) }, who.userId);
  const items = await tx.select({ id: scheduleItems.id, trackId: scheduleItems.trackId }).from(scheduleItems).where(and(inArray(scheduleItems.trackId, trackIds), eq(scheduleItems.substepId, substep.id)));
  if (!items.length) return;
  const title = `Diagnoza lokalna: ${d.title}`.slice(0, 300);
  await tx.insert(evidence).values(items.map((i) => ({ scheduleItemId: i.id, title, fileId: file.id, createdBy: who.userId })));
  await tx.insert(trackEvents).values(items.map((i) => ({ trackId: i.trackId, userId: who.userId, userName: who.name, text: `Dołączono diagnozę lokalną „${d.title}” (z ${isoToPolish(d.madeOn)}) jako dowód podkroku 2.1.` })));
}

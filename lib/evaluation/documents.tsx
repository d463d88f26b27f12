import 'server-only';
import { CertificatesPdf, ReferencesPdf } from '@/components/pdf/CertificatesPdf';
import { EvaluationReportPdf } from '@/components/pdf/EvaluationReportPdf';
import { RegionalReportPdf } from '@/components/pdf/RegionalReportPdf';
import type { Actor } from '@/lib/auth/actor';
import { toCsv, type CsvCell, type CsvText } from '@/lib/csv';

import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { certificatePeople, getReport, regionalReport } from './evaluation';
import { refereeLine, referenceText, REFERENCE_SUBTITLES } from './reference-wording';
import { referencePeople } from './references';
import { figureSections, KEY_QUESTIONS, type FigureLine } from './labels';
import { periodText } from './wording';
import { sectionsFor, THREE_D_TITLE, threeDLines } from './labels-3d';
import { clock } from '@/lib/clock';
import { questionnaireResults } from '@/lib/questionnaires/report';
import { getRegionalEvaluation } from '@/lib/wzk/evaluation';

/** "Raport (PDF)": the step 9.2 report for the council committees (step 10.1). */
export async function evaluationReportPdf(actor: Actor, id: number, now = clock.now()): Promise<PdfFile> {
  const r = await getReport(actor, id, now);
  const pdf = await renderPdf(
    <EvaluationReportPdf
      data={{
        label: r.label,
        voivodeshipName: r.place.voivodeshipName,
        powiatName: r.place.powiatName,
        gminaNames: r.place.gminas.map((g) => g.name),
        startDate: r.place.startDate,
        endDate: r.place.endDate,
        figures: r.figures,
        sections: sectionsFor(r.figures, r.variant),
        towns3d: r.towns3d,
        questionnaires: await questionnaireResults(actor, id),
        answers: r.answers?.answers ?? null,
        recommendations: r.answers?.recommendations ?? '',
        answersUpdatedAt: r.answers?.updatedAt ?? null,
        generatedAt: now,
        generatedBy: actor.name,
      }}
    />,
  );
  return { pdf, filename: `raport-ewaluacji-${r.place.powiatName}-${r.place.id}.pdf` };
}

/** A figure's cell: its number where it has one (a scale change of −2 is written -2 and stays a number), else its printed value. */
const figureCell = (l: FigureLine): CsvCell => l.number ?? l.value;

/** "Wskaźniki (CSV)": one row per figure, then the team's answers and recommendations. */
export async function indicatorsCsv(actor: Actor, id: number, now = clock.now()): Promise<{ csv: CsvText; filename: string }> {
  const r = await getReport(actor, id, now);
  const rows = sectionsFor(r.figures, r.variant).flatMap((s) => s.lines.map((l) => [s.title, l.label, figureCell(l)]));
  // Kooperacje 3D: its figures per town, each a number.
  for (const t of r.towns3d ?? []) rows.push(...threeDLines(t).map((l) => [`${THREE_D_TITLE} — ${t.gminaName}`, l.label, figureCell(l)]));
  const answers = KEY_QUESTIONS.map((q) => ['Pytania kluczowe', `${q.key}) ${q.text}`, r.answers?.answers[q.key] ?? '']);
  const csv = toCsv(['Obszar', 'Wskaźnik', 'Wartość'], [...rows, ...answers, ['Rekomendacje (krok 10.2)', 'Rekomendacje', r.answers?.recommendations ?? '']]);
  return { csv, filename: `wskazniki-ewaluacji-${r.place.id}.csv` };
}

/** The regional report as a landscape PDF (ROPS, WZK). */
export async function regionalReportPdf(actor: Actor, now = clock.now(), year = clock.year()): Promise<PdfFile> {
  const r = await regionalReport(actor, now);
  const regionalEvaluation = { year, evaluation: (await getRegionalEvaluation(actor, year)).evaluation };
  const pdf = await renderPdf(<RegionalReportPdf data={{ ...r, regionalEvaluation, generatedAt: now, generatedBy: actor.name }} />);
  return { pdf, filename: `ewaluacja-wojewodztwo-${r.voivodeshipName}.pdf` };
}

/** The regional figures as CSV: a row per implementation and the totals, a column per figure. */
export async function regionalCsv(actor: Actor, now = clock.now()): Promise<{ csv: CsvText; filename: string }> {
  const r = await regionalReport(actor, now);
  const head = figureSections(r.totals).flatMap((s) => s.lines.map((l) => `${s.title}: ${l.label}`));
  const line = (label: string, f: typeof r.totals) => [label, ...figureSections(f).flatMap((s) => s.lines.map(figureCell))];
  // Kooperacje 3D: its figures per town of the 3D implementations, in columns after the common ones
  // (empty for a rural implementation); without 3D implementations the CSV is as it was.
  const with3d = r.towns3d.length > 0;
  const head3d = with3d ? threeDLines(r.totals3d!).map((l) => `${THREE_D_TITLE}: ${l.label}`) : [];
  const blank3d = head3d.map(() => '');
  const rows3d = r.towns3d.map((t) => [`${t.implementationLabel} — ${t.gminaName}`, ...figureSections(r.totals).flatMap((s) => s.lines.map(() => '')), ...threeDLines(t).map(figureCell)]);
  const csv = toCsv(
    ['Wdrożenie', ...head, ...head3d],
    [...r.implementations.map((i) => [...line(i.label, i.figures), ...blank3d]), ...rows3d, [...line('Razem', r.totals), ...(with3d ? threeDLines(r.totals3d!).map(figureCell) : [])]],
  );
  return { csv, filename: `ewaluacja-wojewodztwo-${r.voivodeshipName}.csv` };
}

/** Certificates of participation: one page per PZK member of the implementation and per WZK member. */
export async function certificatesPdf(actor: Actor, id: number, today = clock.today()): Promise<PdfFile> {
  const c = await certificatePeople(actor, id);
  const pdf = await renderPdf(
    <CertificatesPdf data={{ label: c.label, period: periodText(c.place.startDate, c.place.endDate), ropsName: c.rops.name, place: c.rops.city, issuedOn: today, people: c.people }} />,
  );
  return { pdf, filename: `certyfikaty-${c.place.powiatName}-${c.place.id}.pdf` };
}

/**
 * References (step 10.4): one page per Leader of Cooperation (animators, heads of the PCPR and the
 * GOPS, authorities, councillors), per member institution and per team, worded from the figures;
 * `keys` — only those ROPS ticked on the choice page (none: everyone).
 */
export async function referencesPdf(actor: Actor, id: number, today = clock.today(), now = clock.now(), keys?: readonly string[]): Promise<PdfFile> {
  const r = await referencePeople(actor, id, now, keys);
  const place = { powiatName: r.place.powiatName, gminaNames: r.place.gminas.map((g) => g.name), startDate: r.place.startDate, endDate: r.place.endDate };
  const pdf = await renderPdf(
    <ReferencesPdf
      data={{
        label: r.label,
        ropsName: r.rops.name,
        place: r.rops.city,
        issuedOn: today,
        people: r.people.map((p) => ({ name: p.name, subtitle: REFERENCE_SUBTITLES[p.kind], roleLabel: refereeLine(p), institutionName: '', paragraphs: referenceText(p, place, r.figures) })),
      }}
    />,
  );
  return { pdf, filename: `referencje-${r.place.powiatName}-${r.place.id}.pdf` };
}

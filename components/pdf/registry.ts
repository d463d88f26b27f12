import type { ReactElement } from 'react';
import { AgreementPdf } from './AgreementPdf';
import { AttendanceListPdf } from './AttendanceListPdf';
import { CalculatorPdf } from './CalculatorPdf';
import { CertificatePdf } from './CertificatePdf';
import { CertificatesPdf, ReferencesPdf } from './CertificatesPdf';
import { ContactListPdf } from './ContactListPdf';
import { DashboardReport } from './DashboardReport';
import { DiagnosisPdf as LocalDiagnosisPdf } from './DiagnosisPdf';
import { EvaluationReportPdf } from './EvaluationReportPdf';
import { GoodPracticePdf } from './GoodPracticePdf';
import { MinutesPdf } from './MinutesPdf';
import { ProgressReport } from './ProgressReport';
import { RegionalReportPdf } from './RegionalReportPdf';
import { printServiceBasket, ServiceCardPdf } from './ServicesPdf';
import { WorkPlanPdf } from './WorkPlanPdf';
import { CongratulationsPdf } from './case/CongratulationsPdf';
import { ContractPdf } from './case/ContractPdf';
import { DiagnosisPdf as CaseDiagnosisPdf } from './case/DiagnosisPdf';
import { EvaluationPdf as CaseEvaluationPdf } from './case/EvaluationPdf';
import { ConsentPaper, MonitoringSheet, QualificationPaper, RightsDutiesPaper } from './case/FamilyPapers';
import { IppPdf } from './case/IppPdf';
import { KartaOczekiwanPdf } from './case/KartaOczekiwanPdf';
import { ZzkProtocolPdf } from './case/ZzkProtocolPdf';
import { AccessSummaryPdf } from './rodo/AccessSummaryPdf';

/**
 * Every whole PDF document by a name of its own: what the PDF worker threads render (lib/pdf/pool.ts).
 * lib/pdf/render.ts finds a document's name by its component; a document not listed here (or given
 * props that are not plain data) is rendered in the request's own thread.
 */
export const PDF_DOCUMENTS = {
  AgreementPdf,
  AttendanceListPdf,
  CalculatorPdf,
  CertificatePdf,
  CertificatesPdf,
  ReferencesPdf,
  ContactListPdf,
  DashboardReport,
  LocalDiagnosisPdf,
  EvaluationReportPdf,
  GoodPracticePdf,
  MinutesPdf,
  ProgressReport,
  RegionalReportPdf,
  ServiceCardPdf,
  WorkPlanPdf,
  CongratulationsPdf,
  ContractPdf,
  CaseDiagnosisPdf,
  CaseEvaluationPdf,
  ConsentPaper,
  MonitoringSheet,
  QualificationPaper,
  RightsDutiesPaper,
  IppPdf,
  KartaOczekiwanPdf,
  ZzkProtocolPdf,
  AccessSummaryPdf,
} as const;

export type PdfDocumentName = keyof typeof PDF_DOCUMENTS;

/**
 * Documents printed in more than one pass (e.g. a table of contents that learns its page numbers
 * from a first layout), by name: each gets plain data and the renderer of the thread it runs in.
 */
export const PDF_PROGRAMS = {
  printServiceBasket,
} satisfies Record<string, (props: never, render: (doc: ReactElement) => Promise<Buffer>) => Promise<Buffer>>;

export type PdfProgramName = keyof typeof PDF_PROGRAMS;

import { AgreementPdf } from './AgreementPdf';
import { CalculatorPdf } from './CalculatorPdf';
import { CertificatePdf } from './CertificatePdf';
import { CertificatesPdf, ReferencesPdf } from './CertificatesPdf';
import { ContactListPdf } from './ContactListPdf';
import { DashboardReport } from './DashboardReport';
import { EvaluationReportPdf } from './EvaluationReportPdf';
import { GoodPracticePdf } from './GoodPracticePdf';
import { MinutesPdf } from './MinutesPdf';
import { ProgressReport } from './ProgressReport';
import { RegionalReportPdf } from './RegionalReportPdf';
import { WorkPlanPdf } from './WorkPlanPdf';
import { CongratulationsPdf } from './case/CongratulationsPdf';
import { ContractPdf } from './case/ContractPdf';
import { DiagnosisPdf as CaseDiagnosisPdf } from './case/DiagnosisPdf';
import { EvaluationPdf as CaseEvaluationPdf } from './case/EvaluationPdf';
import { ConsentPaper, MonitoringSheet, QualificationPaper, RightsDutiesPaper } from './case/FamilyPapers';
import { IppPdf } from './case/IppPdf';
import { KartaOczekiwanPdf } from './case/KartaOczekiwanPdf';
import { AccessSummaryPdf } from './rodo/AccessSummaryPdf';

/**
 * Every whole PDF document by a name of its own: what the PDF worker threads render (lib/pdf/pool.ts).
 * lib/pdf/render.ts finds a document's name by its component; a document not listed here (or given
 * props that are not plain data) is rendered in the request's own thread.
 */
export const PDF_DOCUMENTS = {
  AgreementPdf,
  CalculatorPdf,
  CertificatePdf,
  CertificatesPdf,
  ReferencesPdf,
  ContactListPdf,
  DashboardReport,
  EvaluationReportPdf,
  GoodPracticePdf,
  MinutesPdf,
  ProgressReport,
  RegionalReportPdf,
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
  AccessSummaryPdf,
} as const;

export type PdfDocumentName = keyof typeof PDF_DOCUMENTS;

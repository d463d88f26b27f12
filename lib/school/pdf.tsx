import 'server-only';
import { CertificatePdf, type CertificatePdfItem } from '@/components/pdf/CertificatePdf';
import type { Actor } from '@/lib/auth/actor';
import type { PdfFile } from '@/lib/pdf/reports';
import { renderPdf } from '@/lib/pdf/render';
import { formatVerificationCode } from '@/lib/pdf/verification';
import { BASIC_PROGRAMME } from './training-schemas';
import { allCertificatesData, certificateData, type CertificateData } from './trainings';

const item = (c: CertificateData): CertificatePdfItem => ({ ...c, verificationCode: formatVerificationCode(c.verificationCode), programme: BASIC_PROGRAMME });

/** "SZK/2026/0001" → "SZK-2026-0001" for a file name. */
const fileNumber = (n: string) => n.replace(/\//g, '-');

/** One attendee's zaświadczenie (the participant, or ROPS of the województwo). */
export async function certificatePdf(actor: Actor, trainingId: number, participantId: number): Promise<PdfFile> {
  const c = await certificateData(actor, trainingId, participantId);
  const pdf = await renderPdf(<CertificatePdf title={`Zaświadczenie nr ${c.number} — ${c.name}`} certificates={[item(c)]} />);
  return { pdf, filename: `zaswiadczenie-${fileNumber(c.number)}.pdf` };
}

/** All zaświadczenia of a closed training in one PDF, a page each (ROPS). */
export async function allCertificatesPdf(actor: Actor, trainingId: number): Promise<PdfFile> {
  const d = await allCertificatesData(actor, trainingId);
  const pdf = await renderPdf(<CertificatePdf title={`Zaświadczenia — ${d.topic}`} certificates={d.certificates.map(item)} />);
  return { pdf, filename: `zaswiadczenia-szkolenie-${trainingId}-${d.heldOn}.pdf` };
}

import type { ModelVariant } from '@/db/schema';
import { ITEM_STATUS_LABELS, ROMAN } from '@/lib/model/labels';
import { formatDate, formatDateTime } from '@/lib/text';

/* Labels and formats for printed documents. */

export { ROMAN };
export const roman = (n: number) => ROMAN[n] ?? String(n);

export { ITEM_STATUS_LABELS };

export const OCCURRENCE_STATUS_PDF: Record<string, string> = {
  planned: 'zaplanowane',
  done: 'wykonane',
  skipped: 'pominięte',
};

/** Short variant names for narrow table columns (the full ones are in VARIANT_LABELS). */
export const VARIANT_SHORT: Record<ModelVariant, string> = {
  rural: 'gminy wiejskie',
  urban_3d: 'Kooperacje 3D',
};

const valid = (d: Date | string | null | undefined): d is Date | string => d != null && d !== '' && !Number.isNaN(new Date(d).getTime());

/** dd.mm.rrrr, or "—" when there is no (valid) date. */
export const pdfDate = (d: Date | string | null | undefined) => (valid(d) ? formatDate(d) : '—');
/** dd.mm.rrrr, gg:mm, or "—". */
export const pdfDateTime = (d: Date | string | null | undefined) => (valid(d) ? formatDateTime(d) : '—');
/** dd.mm.rrrr–dd.mm.rrrr */
export const pdfRange = (from: string | null | undefined, to: string | null | undefined) => `${pdfDate(from)}–${pdfDate(to)}`;

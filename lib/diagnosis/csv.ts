import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { toCsv } from '@/lib/csv';
import { getDiagnosis } from './diagnoses';
import { FIGURE_KEYS, csvHeaders } from './figures';

/** The CSV template of a diagnosis: one row per gmina (TERYT, name) with its current figures, ready to fill in and import back. */
export async function diagnosisCsvTemplate(actor: Actor, diagnosisId: number) {
  const d = await getDiagnosis(actor, diagnosisId);
  const csv = toCsv(
    csvHeaders(),
    d.gminas.map((g) => [g.teryt, g.name, ...FIGURE_KEYS.map((k) => g.figures[k])]),
  );
  return { csv, filename: `diagnoza-${d.diagnosis.id}-dane-gmin.csv` };
}

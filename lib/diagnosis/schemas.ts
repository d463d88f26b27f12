import { z } from 'zod';
import { MESSAGES, requiredText } from '@/lib/validation/fields';
import { FIGURE_KEYS, FIGURES, figureErrors, type FigureKey } from './figures';

export const DIAGNOSIS_LIMITS = { title: 300, text: 20000, csvBytes: 512 * 1024 } as const;

/** The diagnosis's text sections, in the order of the form and the PDF (the seed's words for step 2.1). */
export const DIAGNOSIS_SECTIONS = [
  { key: 'problems', label: 'Problemy społeczne', hint: 'Najważniejsze problemy powiatu i gmin według oceny zasobów pomocy społecznej (OZPS) i gminnych strategii.' },
  { key: 'needs', label: 'Potrzeby', hint: 'Czego potrzebują osoby i rodziny, instytucje, specjaliści.' },
  { key: 'resources', label: 'Zasoby', hint: 'Instytucje, kadra, infrastruktura, organizacje pozarządowe, dostęp do specjalistów.' },
  { key: 'servicesAvailable', label: 'Dostępne usługi', hint: 'Wstępnie wypełnione z list aktywności i usług gmin powiatu — uzupełnij lub popraw.' },
  { key: 'missing', label: 'Czego brakuje', hint: 'Brakujące usługi, specjaliści i infrastruktura.' },
  { key: 'targetGroup', label: 'Grupa docelowa i uzasadnienie', hint: 'Dla kogo wdrożenie i dlaczego — na podstawie danych i wniosków powyżej.' },
] as const;
export type SectionKey = (typeof DIAGNOSIS_SECTIONS)[number]['key'];

const id = z.coerce.number().int().positive();
const text = z
  .string()
  .trim()
  .max(DIAGNOSIS_LIMITS.text, MESSAGES.maxLength(DIAGNOSIS_LIMITS.text))
  .optional()
  .transform((v) => v ?? '');

const madeOn = z
  .string({ error: 'Podaj datę diagnozy.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Podaj datę diagnozy.', abort: true })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'Podaj poprawną datę.');

/** A new diagnosis: its title, date and gminas (the PCPR animator's powiat; a GOPS animator's or network worker's own gmina). */
export const diagnosisCreateSchema = z.object({
  title: requiredText(DIAGNOSIS_LIMITS.title),
  madeOn,
  gminaIds: z.array(id, { error: 'Zaznacz co najmniej jedną gminę.' }).min(1, 'Zaznacz co najmniej jedną gminę.'),
});
export type DiagnosisCreateInput = z.input<typeof diagnosisCreateSchema>;

const figureCell = z.union([z.string(), z.number(), z.null()]).optional();

/** One gmina's figures as typed; each error lands on its own field (`gminas.<i>.figures.<key>`). */
const gminaFigures = z
  .object({ gminaId: id, figures: z.object(Object.fromEntries(FIGURE_KEYS.map((k) => [k, figureCell])) as Record<FigureKey, typeof figureCell>) })
  .transform((g, ctx) => {
    const { figures, errors } = figureErrors(g.figures);
    for (const [k, message] of Object.entries(errors)) ctx.addIssue({ code: 'custom', path: ['figures', k], message });
    return { gminaId: g.gminaId, figures };
  });

/** Saving the diagnosis (its texts and every gmina's figures) based on `version`. */
export const diagnosisSaveSchema = z.object({
  diagnosisId: id,
  version: z.coerce.number().int().positive(),
  title: requiredText(DIAGNOSIS_LIMITS.title),
  madeOn,
  problems: text,
  needs: text,
  resources: text,
  servicesAvailable: text,
  missing: text,
  targetGroup: text,
  gminas: z.array(gminaFigures),
});
export type DiagnosisSaveInput = z.input<typeof diagnosisSaveSchema>;

/** Finishing ("Zakończ diagnozę") or reopening, based on `version`. */
export const diagnosisStateSchema = z.object({ diagnosisId: id, version: z.coerce.number().int().positive() });

/** The CSV import: the file's text (decoded in the browser or by the server), based on `version`. */
export const diagnosisImportSchema = z.object({
  diagnosisId: id,
  version: z.coerce.number().int().positive(),
  csv: z.string().max(DIAGNOSIS_LIMITS.csvBytes, 'Plik jest zbyt duży (najwyżej 512 KB).'),
});

export const figureLabel = (k: FigureKey) => FIGURES[k];

import { z } from 'zod';
import { LIMITS, MESSAGES } from '@/lib/validation/fields';

/** The work plan's sections (step 6.2), as the model proposes them. */
export const WORK_PLAN_SECTIONS = [
  { key: 'goalsInstitutions', label: 'Cele dla podmiotów, gminy i powiatu', hint: 'Co zespół chce osiągnąć dla instytucji i lokalnej polityki społecznej.' },
  { key: 'goalsHelping', label: 'Cele pomocowe', hint: 'Na rzecz jakich osób, rodzin i grup zespół będzie pracował i z jakim zamiarem.' },
  { key: 'meetings', label: 'Terminy i miejsca spotkań', hint: 'Co najmniej jedno spotkanie w miesiącu; np. „każdy drugi wtorek miesiąca, 10:00–13:00, sala OPS”.' },
  { key: 'interventionProcedure', label: 'Procedura spotkań interwencyjnych', hint: 'Kto zwołuje, w jakim czasie, jak powiadamia członków, kto musi być obecny.' },
  { key: 'topics', label: 'Proponowane tematy spotkań', hint: 'Praca na rzecz podmiotów PZK i środowiska lokalnego.' },
  { key: 'trainingsInternal', label: 'Szkolenia wewnętrzne', hint: 'Szkolenia, które podmioty świadczą sobie nawzajem.' },
  { key: 'trainingsExternal', label: 'Szkolenia zewnętrzne', hint: 'Szkoła Kooperacji ROPS i szkolenia pozyskane.' },
  { key: 'promotion', label: 'Upowszechnianie informacji o pracy Modelem', hint: 'Prezentacje na komisjach i sesjach, informacja dla mieszkańców i instytucji.' },
] as const;
export type WorkPlanKey = (typeof WORK_PLAN_SECTIONS)[number]['key'];

const section = z.string().trim().max(LIMITS.longText, MESSAGES.maxLength(LIMITS.longText));

export const workPlanSchema = z
  .object({
    pzkId: z.coerce.number().int().positive(),
    /** The version the form was based on; 0 before the first save. */
    version: z.coerce.number().int().min(0),
    content: z.object(Object.fromEntries(WORK_PLAN_SECTIONS.map((s) => [s.key, section])) as Record<WorkPlanKey, typeof section>),
  })
  .refine((v) => Object.values(v.content).some((t) => t.length > 0), { path: ['content', 'goalsInstitutions'], message: 'Plan pracy jest pusty — wpisz co najmniej jeden punkt.' });

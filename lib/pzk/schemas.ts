import { z } from 'zod';
import { LIMITS, MESSAGES, optionalText, requiredText } from '@/lib/validation/fields';

/** The roles in the team, in the order the model lists the core (trzon), invited members last. */
export const TEAM_ROLES = {
  animator_pcpr: 'Animator PCPR',
  social_worker_pcpr: 'Pracownik socjalny PCPR',
  animator_gops: 'Animator GOPS',
  social_worker_gops: 'Pracownik socjalny GOPS',
  network_worker: 'Pracownik ds. sieci',
  councillor_gmina: 'Radny gminy',
  councillor_powiat: 'Radny powiatu / członek zarządu powiatu',
  lzi_chair: 'Przewodniczący zespołu interdyscyplinarnego',
  leader_expert: 'Lider-ekspert',
  invited: 'Członek zaproszony',
} as const;
export type TeamRole = keyof typeof TEAM_ROLES;
export const CORE_ROLES = (Object.keys(TEAM_ROLES) as TeamRole[]).filter((r) => r !== 'invited');

const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional());

export const memberSchema = z.object({
  pzkId: z.coerce.number().int().positive(),
  institutionId: optionalId,
  name: requiredText(LIMITS.name),
  function: requiredText(LIMITS.name),
  teamRole: z.enum(Object.keys(TEAM_ROLES) as [TeamRole, ...TeamRole[]], { error: 'Wybierz rolę w zespole.' }),
  email: z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .toLowerCase()
      .max(LIMITS.email, MESSAGES.maxLength(LIMITS.email))
      .refine((v) => !v || z.email().safeParse(v).success, MESSAGES.email)
      .transform((v) => v || undefined),
  ),
  phone: z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .max(LIMITS.phone, MESSAGES.maxLength(LIMITS.phone))
      .refine((v) => !v || /^[0-9 +()-]{6,}$/.test(v), MESSAGES.phone)
      .transform((v) => v || undefined),
  ),
});

export const memberChangeSchema = z.object({ memberId: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });

export const profileSchema = z.object({
  pzkId: z.coerce.number().int().positive(),
  institutionId: z.coerce.number().int().positive(),
  /** The version the form was based on; 0 for a new row. */
  version: z.coerce.number().int().min(0),
  scope: requiredText(LIMITS.longText),
  competences: requiredText(LIMITS.longText),
  legalLimits: requiredText(LIMITS.longText),
  contactPerson: requiredText(300),
});

export const noteField = optionalText(LIMITS.reason);

import { z } from 'zod';
import { REQUESTABLE_ROLES, ROLES } from '@/lib/auth/roles';
import type { Role } from '@/db/schema';
import {
  LIMITS,
  MESSAGES,
  emailField,
  idField,
  optionalIdField,
  passwordField,
  requiredText,
} from '@/lib/validation/fields';

/** Account request (public form /rejestracja). */
export const requestAccountSchema = z
  .object({
    name: requiredText(LIMITS.name),
    email: emailField,
    password: passwordField,
    passwordConfirm: z.string(),
    jobTitle: requiredText(LIMITS.shortText),
    role: z.enum(REQUESTABLE_ROLES as [Role, ...Role[]], { error: 'Wybierz rolę.' }),
    voivodeshipId: idField('Wybierz województwo.'),
    powiatId: optionalIdField,
    gminaId: optionalIdField,
    institutionId: idField('Wybierz instytucję.'),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.passwordConfirm) {
      ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'Hasła nie są takie same.' });
    }
    const levels = ROLES[v.role]?.levels ?? [];
    const needsPowiat = levels.every((l) => l === 'powiat' || l === 'gmina');
    if (needsPowiat && !v.powiatId) {
      ctx.addIssue({ code: 'custom', path: ['powiatId'], message: 'Dla tej roli wybierz powiat.' });
    }
    if (levels.length === 1 && levels[0] === 'gmina' && !v.gminaId) {
      ctx.addIssue({ code: 'custom', path: ['gminaId'], message: 'Dla tej roli wybierz gminę.' });
    }
  });
export type RequestAccountInput = z.input<typeof requestAccountSchema>;

export const rejectSchema = z.object({
  userId: z.uuid(),
  reason: requiredText(LIMITS.reason),
});

export const decideSchema = z.object({ userId: z.uuid() });

export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, MESSAGES.required).max(LIMITS.password.max, MESSAGES.passwordMax),
});

/** Changing one's own password (/konto). */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Wpisz obecne hasło.'),
    password: passwordField,
    passwordConfirm: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.passwordConfirm) ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'Hasła nie są takie same.' });
    if (v.password === v.currentPassword) ctx.addIssue({ code: 'custom', path: ['password'], message: 'Nowe hasło musi różnić się od obecnego.' });
  });

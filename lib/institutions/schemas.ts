import { z } from 'zod';
import {
  LIMITS,
  emailField,
  optionalNipField,
  optionalRegonField,
  phoneField,
  postalCodeField,
  requiredText,
} from '@/lib/validation/fields';
import { INSTITUTION_TYPE_VALUES } from './types';

/**
 * The institution form. `area` is where it works: "v" (whole województwo), "p:<powiatId>" or
 * "g:<gminaId>" — one select instead of three dependent ones.
 */
export const institutionSchema = z.object({
  name: requiredText(300),
  type: z.enum(INSTITUTION_TYPE_VALUES, { error: 'Wybierz rodzaj instytucji.' }),
  area: z.string().regex(/^(v|p:\d+|g:\d+)$/, 'Wybierz obszar działania.'),
  street: requiredText(LIMITS.street),
  postalCode: postalCodeField,
  city: requiredText(LIMITS.city),
  nip: optionalNipField,
  regon: optionalRegonField,
  email: z.union([z.literal('').transform(() => undefined), emailField]).optional(),
  phone: phoneField,
});
export type InstitutionInput = z.input<typeof institutionSchema>;

export const updateInstitutionSchema = institutionSchema.extend({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});
export type UpdateInstitutionInput = z.input<typeof updateInstitutionSchema>;

export function parseArea(area: string): { level: 'v' } | { level: 'p' | 'g'; id: number } {
  if (area === 'v') return { level: 'v' };
  const [level, id] = area.split(':');
  return { level: level as 'p' | 'g', id: Number(id) };
}

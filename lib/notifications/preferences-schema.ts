import { z } from 'zod';
import { DELIVERIES, EMAIL_KINDS, type Delivery, type EmailKind } from './kinds';

const KINDS = Object.keys(EMAIL_KINDS) as [EmailKind, ...EmailKind[]];
const DELIVERY_VALUES = Object.keys(DELIVERIES) as [Delivery, ...Delivery[]];

const choice = z.enum(DELIVERY_VALUES, { error: 'Wybierz, jak wysyłać te powiadomienia.' });

/** The e-mail settings form: for every kind, how to deliver it (od razu / podsumowanie dzienne / tygodniowe / nie wysyłaj). */
export const preferencesSchema = z.object({
  delivery: z.object(Object.fromEntries(KINDS.map((k) => [k, choice])) as Record<EmailKind, typeof choice>),
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;

import { z } from 'zod';
import { EMAIL_KINDS, type EmailKind } from './kinds';

const KINDS = Object.keys(EMAIL_KINDS) as [EmailKind, ...EmailKind[]];

/** The e-mail settings form: the kinds left switched on. */
export const preferencesSchema = z.object({ on: z.preprocess((v) => (v === false || v == null ? [] : typeof v === 'string' ? [v] : v), z.array(z.enum(KINDS)).max(KINDS.length)) });

import { z } from 'zod';
import { clock } from '@/lib/clock';
import { formatDate } from '@/lib/text';
import { dateField, idField, LIMITS, optionalText, requiredText } from '@/lib/validation/fields';
import { JOURNAL_KINDS, TASK_PROGRESS_LABELS } from './vocabulary';

/*
 * The case team's forms (issue 15, client-importable: no database, no server-only): a partner's
 * report on an IPP task of its institution, and an entry of the dziennik współpracy. The client
 * checks them with react-hook-form; lib/cases/team-work.ts and journal.ts parse them again and add
 * what needs the database (the IPP's start, the referral, the task's version).
 */

export type TaskProgress = keyof typeof TASK_PROGRESS_LABELS;
export const TASK_PROGRESS_KEYS = Object.keys(TASK_PROGRESS_LABELS) as [TaskProgress, ...TaskProgress[]];
export type JournalKind = keyof typeof JOURNAL_KINDS;
export const JOURNAL_KIND_KEYS = Object.keys(JOURNAL_KINDS) as [JournalKind, ...JournalKind[]];

export const TEAM_LIMITS = { note: LIMITS.reason, participants: 500 } as const;

export const PROBLEM_NOTE_REQUIRED = 'Opisz problem — notatka jest wymagana przy statusie „problem”.';

/** "… nie może być późniejsza niż dziś (31.03.2027)." — today read when the form is checked. */
const notAfterToday = (subject: string) =>
  dateField.refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || v <= clock.today(), { error: () => `${subject} nie może być późniejsza niż dziś (${formatDate(clock.today())}).` });

const version = z.coerce.number({ error: 'Nieprawidłowa wersja.' }).int().positive();

/** A report on one IPP task: status and the dated note (required for "problem"). */
export const taskReportSchema = z
  .object({
    caseId: idField(),
    ippId: idField(),
    taskKey: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Nieprawidłowy klucz zadania.' }),
    version,
    status: z.enum(TASK_PROGRESS_KEYS, { error: 'Wybierz stan zadania.' }),
    notedOn: notAfterToday('Data notatki'),
    note: optionalText(TEAM_LIMITS.note),
  })
  .refine((v) => v.status !== 'problem' || !!v.note, { path: ['note'], message: PROBLEM_NOTE_REQUIRED });
export type TaskReportInput = z.input<typeof taskReportSchema>;

/** An entry of the dziennik współpracy: a dated contact or action, who took part, a short note. */
export const journalEntrySchema = z.object({
  caseId: idField(),
  happenedOn: notAfterToday('Data'),
  kind: z.enum(JOURNAL_KIND_KEYS, { error: 'Wybierz rodzaj kontaktu lub działania.' }),
  participants: optionalText(TEAM_LIMITS.participants),
  note: requiredText(TEAM_LIMITS.note),
});
export type JournalEntryInput = z.input<typeof journalEntrySchema>;

import { z } from 'zod';
import { clock } from '@/lib/clock';
import { count, WORDS } from '@/lib/plural';
import { formatDate } from '@/lib/text';
import { dateField, idField, LIMITS, optionalDateField, optionalText, requiredText } from '@/lib/validation/fields';

/*
 * The forms of a case's team meetings (issue 17, item 4; client-importable: no database). In
 * Kooperacje 3D the team is the ZZK and the pilot counts "39 spotkań ZZK, w tym 9 z udziałem
 * rodziny"; the rural model has the same register under "zespół sprawy". lib/cases/zzk.ts parses
 * these again and adds what needs the database (the referral's date, the team's members).
 */

export const ZZK_LIMITS = { summary: LIMITS.longText, otherParticipants: 500, decision: LIMITS.reason, decisions: 30 } as const;

export const FAMILY_PRESENT_OPTIONS = { yes: 'Tak — z udziałem osoby lub rodziny', no: 'Nie — bez udziału osoby lub rodziny' } as const;
export type FamilyPresent = keyof typeof FAMILY_PRESENT_OPTIONS;

export const FUTURE_DATE = (today: string) => `Data spotkania nie może być późniejsza niż dziś (${formatDate(today)}).`;
export const BEFORE_CASE = (start: string) => `Data spotkania nie może być wcześniejsza niż zgłoszenie sprawy (${formatDate(start)}).`;
export const NOT_ON_TEAM = 'Zaznacz tylko osoby z zespołu tej sprawy.';
export const OWNER_NOT_ON_TEAM = 'Odpowiedzialną osobą może być tylko członek zespołu tej sprawy.';
export const DUE_BEFORE_MEETING = 'Termin nie może być wcześniejszy niż data spotkania.';

const memberIds = z.preprocess(
  (v) => (v == null || v === false ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number({ error: 'Nieprawidłowa osoba.' }).int().positive({ error: 'Nieprawidłowa osoba.' })).max(100),
);

const version = z.coerce.number({ error: 'Nieprawidłowa wersja.' }).int().positive();

/** One decision of the meeting: what, who does it (a team member, or nobody named) and by when. */
export const zzkDecisionSchema = z.object({
  /** An existing decision when the meeting is edited; blank for a new one. */
  id: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
  text: requiredText(ZZK_LIMITS.decision),
  ownerMemberId: z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional()),
  dueOn: optionalDateField,
});
export type ZzkDecisionInput = z.input<typeof zzkDecisionSchema>;

const meetingFields = {
  caseId: idField(),
  heldOn: dateField.refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || v <= clock.today(), { error: () => FUTURE_DATE(clock.today()) }),
  familyPresent: z.enum(['yes', 'no'], { error: 'Zaznacz, czy osoba lub rodzina brała udział.' }),
  presentMemberIds: memberIds,
  otherParticipants: optionalText(ZZK_LIMITS.otherParticipants),
  summary: requiredText(ZZK_LIMITS.summary),
  decisions: z.array(zzkDecisionSchema).max(ZZK_LIMITS.decisions, { error: `Najwyżej ${ZZK_LIMITS.decisions} ustaleń na jednym spotkaniu.` }).default([]),
};

/** Due dates not before the meeting, every problem reported at its field. */
function dueNotBeforeMeeting(v: { heldOn: string; decisions: { dueOn?: string }[] }, ctx: z.RefinementCtx) {
  v.decisions.forEach((d, i) => {
    if (d.dueOn && d.dueOn < v.heldOn) ctx.addIssue({ code: 'custom', path: ['decisions', i, 'dueOn'], message: DUE_BEFORE_MEETING });
  });
}

/** A new meeting of the case team (ZZK). */
export const zzkMeetingSchema = z.object(meetingFields).superRefine(dueNotBeforeMeeting);
export type ZzkMeetingInput = z.input<typeof zzkMeetingSchema>;

/** The same meeting corrected: its version guards against a stale form. */
export const zzkMeetingEditSchema = z.object({ ...meetingFields, meetingId: idField(), version }).superRefine(dueNotBeforeMeeting);
export type ZzkMeetingEditInput = z.input<typeof zzkMeetingEditSchema>;

/** A decision marked done or open again. */
export const zzkDecisionStatusSchema = z.object({ caseId: idField(), decisionId: idField(), version, done: z.preprocess((v) => v === true || v === 'true' || v === '1', z.boolean()) });

/** "5 spotkań, w tym 2 z udziałem rodziny" (a person's case: "z udziałem osoby"). */
export function zzkCountLabel(total: number, withFamily: number, caseKind: 'person' | 'family' | 'group'): string {
  return `${count(total, WORDS.meeting)}, w tym ${withFamily} z udziałem ${caseKind === 'person' ? 'osoby' : 'rodziny'}`;
}

'use client';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { COACHING_KINDS, COACHING_LIMITS, NO_FAMILY_DATA_HINT, coachingSessionSchema, type CoachingSessionInput } from '@/lib/coaching/schemas';

const KIND_OPTIONS = [
  { value: 'internal_training', label: 'Szkolenie wewnętrzne (mini-szkolenie)' },
  { value: 'coaching', label: 'Coaching' },
  { value: 'supervision', label: 'Superwizja zespołowa' },
] satisfies { value: keyof typeof COACHING_KINDS; label: string }[];

/** Who led it and what it was about, in the words of each kind. */
const WORDING = {
  internal_training: { leader: 'Kto prowadził', leaderHint: 'Imię i nazwisko oraz funkcja (np. członek zespołu, zaproszony ekspert).', topic: 'Temat szkolenia', topicHint: NO_FAMILY_DATA_HINT },
  coaching: { leader: 'Coach', leaderHint: 'Imię i nazwisko oraz skąd (np. organizacja, uprawnienia).', topic: 'Temat', topicHint: NO_FAMILY_DATA_HINT },
  supervision: {
    leader: 'Superwizor',
    leaderHint: 'Imię i nazwisko oraz skąd (np. organizacja, uprawnienia).',
    topic: 'Tematy superwizji',
    topicHint: `Superwizja zapisze się w harmonogramie gminy jako odbyta w okresie, w którym wypada jej data. ${NO_FAMILY_DATA_HINT}`,
  },
} as const satisfies Record<keyof typeof COACHING_KINDS, Record<string, string>>;

/**
 * Records a coaching or supervision session, or edits one. A new session clears the form and the
 * list above refreshes; an edit returns to the list. On a conflict the typed values stay.
 */
export function CoachingSessionForm({
  defaults,
  minDate,
  maxDate,
  action,
}: {
  defaults: CoachingSessionInput;
  /** The implementation's start and today (yyyy-mm-dd): the date picker's bounds; the server checks them again. */
  minDate: string;
  maxDate: string;
  action: (input: CoachingSessionInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const editing = !!defaults.sessionId;
  const { form, onSubmit, formError, done, submitting } = useActionForm(coachingSessionSchema, action, {
    defaultValues: defaults,
    onSuccess: () => {
      if (editing) {
        router.push(`/pzk/${defaults.pzkId}/coaching`);
      } else {
        form.reset(defaults);
      }
      router.refresh();
    },
  });
  const w = WORDING[form.watch('kind') ?? 'coaching'] ?? WORDING.coaching;
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={editing ? 'Zmiana sesji' : 'Nowe szkolenie wewnętrzne, sesja coachingu lub superwizji'} className="max-w-3xl">
      <FormError message={formError} />
      {done && !editing && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano sesję.
        </p>
      )}
      <RadioField form={form} name="kind" label="Rodzaj" required options={KIND_OPTIONS} />
      <TextField narrow form={form} name="heldOn" type="date" min={minDate} max={maxDate} label="Data sesji" hint="Zapisz sesję po jej odbyciu: nie wcześniej niż początek wdrożenia i nie później niż dziś." required />
      <TextField narrow form={form} name="hours" label="Liczba godzin" hint={`Z dokładnością do pół godziny, np. 1,5 (najwyżej ${COACHING_LIMITS.maxHours}).`} required />
      <TextField form={form} name="leader" label={w.leader} hint={w.leaderHint} required />
      <TextAreaField form={form} name="participants" label="Uczestnicy" hint={`Kto brał udział — funkcje lub zespoły pracowników. ${NO_FAMILY_DATA_HINT}`} rows={3} required />
      <TextField narrow form={form} name="participantCount" type="number" min={COACHING_LIMITS.minParticipants} max={COACHING_LIMITS.maxParticipants} step={1} label="Liczba uczestników" required />
      <TextAreaField form={form} name="topic" label={w.topic} hint={w.topicHint} rows={3} required={form.watch('kind') === 'internal_training'} />
      <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Zapisz sesję'}</SubmitButton>
    </Form>
  );
}

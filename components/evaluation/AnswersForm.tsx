'use client';
import { useRouter } from 'next/navigation';
import { FormError, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { KEY_QUESTIONS } from '@/lib/evaluation/labels';
import { answersSchema, type AnswersInput } from '@/lib/evaluation/schemas';
import { saveAnswersAction } from '@/app/(app)/ewaluacja/actions';

/** The team's answers to the eight key questions and its recommendations; a stale version is refused. */
export function AnswersForm({ defaults }: { defaults: AnswersInput }) {
  const router = useRouter();
  const { form, onSubmit, formError, done, submitting } = useActionForm(answersSchema, saveAnswersAction, {
    defaultValues: defaults,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Odpowiedzi zespołu na pytania kluczowe" className="max-w-4xl">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 text-green-900">
          Zapisano odpowiedzi zespołu.
        </p>
      )}
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Pytania kluczowe ewaluacji</legend>
        {KEY_QUESTIONS.map((q) => (
          <TextAreaField key={q.key} form={form} name={`answers.${q.key}` as never} label={`${q.key}) ${q.text}`} rows={3} />
        ))}
      </fieldset>
      <TextAreaField form={form} name="recommendations" label="Rekomendacje zespołu (krok 10.2)" hint="Mocne strony pracy zespołu, trudności, oczekiwane zmiany organizacyjne, prawne, techniczne i merytoryczne; czy zespół proponuje kontynuację pracy Modelem." rows={5} />
      <SubmitButton submitting={submitting}>Zapisz odpowiedzi</SubmitButton>
    </form>
  );
}

'use client';
import { Form } from '@/components/forms/Form';
import { useMemo } from 'react';
import type { QuestionnaireQuestion } from '@/db/schema/regional';
import { CheckboxGroup, FormError, RadioField, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { answersSchema } from '@/lib/questionnaires/schemas';

type AnswerAction = (input: { answers: Record<string, unknown> }) => Promise<ActionResult<unknown>>;

/** A scale's choices: "1 — wcale", "2", …, "5 — bardzo". */
const scaleOptions = (q: QuestionnaireQuestion) =>
  Array.from({ length: q.max ?? 5 }, (_, i) => {
    const n = i + 1;
    const end = n === 1 ? q.minLabel : n === (q.max ?? 5) ? q.maxLabel : '';
    return { value: String(n), label: end ? `${n} — ${end}` : String(n) };
  });

/**
 * The questionnaire's form: on its public link (anonymous) or filled in person by the animator with
 * a family. The same schema checks here and on the server; no question asks for a name.
 */
export function AnswerForm({ questions, action, doneText, submitLabel = 'Wyślij ankietę' }: { questions: QuestionnaireQuestion[]; action: AnswerAction; doneText: string; submitLabel?: string }) {
  const schema = useMemo(() => answersSchema(questions), [questions]);
  const { form, onSubmit, formError, done, submitting } = useActionForm(schema, action, { defaultValues: { answers: {} }, onSuccess: () => form.reset({ answers: {} }) });
  if (done)
    return (
      <p role="status" className="rounded border border-green-800 bg-green-50 p-4 text-green-900">
        {doneText}
      </p>
    );
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Ankieta" className="max-w-3xl">
      <FormError message={formError} />
      {questions.map((q, i) => {
        const name = `answers.${q.key}` as never;
        const label = `${i + 1}. ${q.text}`;
        if (q.kind === 'scale') return <RadioField key={q.key} form={form} name={name} label={label} required={q.required} options={scaleOptions(q)} />;
        if (q.kind === 'single') return <RadioField key={q.key} form={form} name={name} label={label} required={q.required} options={(q.options ?? []).map((o) => ({ value: o, label: o }))} />;
        if (q.kind === 'multiple') return <CheckboxGroup key={q.key} form={form} name={name} legend={label} required={!!q.required} options={(q.options ?? []).map((o) => ({ value: o, label: o }))} />;
        return <TextAreaField key={q.key} form={form} name={name} label={label} required={q.required} hint="Nie wpisuj imion, nazwisk ani innych danych, po których można kogoś rozpoznać." rows={4} />;
      })}
      <SubmitButton submitting={submitting}>{submitLabel}</SubmitButton>
    </Form>
  );
}

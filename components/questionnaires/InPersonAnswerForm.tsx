'use client';
import { useRouter } from 'next/navigation';
import type { QuestionnaireQuestion } from '@/db/schema/regional';
import { answerInPersonAction } from '@/app/(app)/ewaluacja/[implementationId]/ankiety/actions';
import { AnswerForm } from './AnswerForm';

/** The animator fills the questionnaire with a family during a meeting: the same form, no names. */
export function InPersonAnswerForm({ implementationId, templateId, questions }: { implementationId: number; templateId: number; questions: QuestionnaireQuestion[] }) {
  const router = useRouter();
  return (
    <AnswerForm
      questions={questions}
      submitLabel="Zapisz odpowiedź"
      doneText="Zapisano odpowiedź (bez danych rodziny)."
      action={async (input) => {
        const r = await answerInPersonAction({ ...input, implementationId, templateId });
        if (r.ok) router.refresh();
        return r;
      }}
    />
  );
}

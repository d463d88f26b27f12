'use client';
import type { QuestionnaireQuestion } from '@/db/schema/regional';
import { answerByLinkAction } from '@/app/(public)/ankieta/[token]/actions';
import { AnswerForm } from './AnswerForm';

/** The link's form: the secret goes with the answers, nothing else. */
export function PublicAnswerForm({ token, questions }: { token: string; questions: QuestionnaireQuestion[] }) {
  return <AnswerForm questions={questions} action={(input) => answerByLinkAction({ ...input, token })} doneText="Dziękujemy! Odpowiedź została zapisana. Link przestał działać — można zamknąć tę stronę." />;
}

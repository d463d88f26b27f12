import type { QuestionnaireQuestion } from '@/db/schema/regional';
import { QUESTION_KINDS } from '@/lib/questionnaires/schemas';

/** A template as its respondents will see it, read-only. */
export function TemplatePreview({ intro, questions }: { intro: string; questions: QuestionnaireQuestion[] }) {
  return (
    <>
      {intro && <p className="mb-3 whitespace-pre-line">{intro}</p>}
      <ol className="ml-5 list-decimal space-y-3">
        {questions.map((q) => (
          <li key={q.key}>
            <p className="font-medium">
              {q.text}
              {q.required && <span className="text-red-800"> *</span>}
            </p>
            <p className="text-sm text-slate-700">
              {QUESTION_KINDS[q.kind]}
              {q.kind === 'scale' && `: 1 (${q.minLabel}) – ${q.max} (${q.maxLabel})`}
            </p>
            {q.options && q.options.length > 0 && (
              <ul className="ml-5 list-disc text-sm">
                {q.options.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

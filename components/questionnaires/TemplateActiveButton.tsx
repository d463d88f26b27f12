'use client';
import { setTemplateActiveAction } from '@/app/(app)/ankiety/actions';
import { ConfirmActionButton } from '@/components/forms/ConfirmActionButton';

/** "Wyłącz…" / "Włącz…" on one version of a ROPS's own questionnaire template; asks once more first. */
export function TemplateActiveButton({ templateId, title, version, active }: { templateId: number; title: string; version: number; active: boolean }) {
  const what = `wersję ${version}: ${title}`;
  const [verb, noun, gerund, warning] = active
    ? ['Wyłącz', 'wyłączenie', 'Wyłączanie…', 'Animatorzy przestaną ją wydawać (wydadzą starszą włączoną wersję, jeśli jest). Wydane już linki działają, a odpowiedzi zostają w raportach.']
    : ['Włącz', 'włączenie', 'Włączanie…', 'Animatorzy znów będą mogli ją wydawać, jeśli to najnowsza włączona wersja wzoru.'];
  return (
    <ConfirmActionButton
      label={`${verb}…`}
      name={`${verb} ${what}`}
      confirmName={`Potwierdź ${noun}: ${what}`}
      warning={warning}
      yes={`Tak, ${verb.toLowerCase()}`}
      busy={gerund}
      danger={active}
      run={() => setTemplateActiveAction({ templateId, active: !active })}
    />
  );
}

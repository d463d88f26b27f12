'use client';
import { setTemplateActiveAction } from '@/app/(app)/ankiety/actions';
import { ConfirmActionButton } from '@/components/forms/ConfirmActionButton';

/** "Wyłącz…" / "Włącz…" on one version of a ROPS's own questionnaire template; asks once more first. */
export function TemplateActiveButton({ templateId, title, version, active }: { templateId: number; title: string; version: number; active: boolean }) {
  const what = `wersję ${version}: ${title}`;
  return active ? (
    <ConfirmActionButton
      label="Wyłącz…"
      name={`Wyłącz ${what}`}
      confirmName={`Potwierdź wyłączenie: ${what}`}
      warning="Animatorzy przestaną ją wydawać (wydadzą starszą włączoną wersję, jeśli jest). Wydane już linki działają, a odpowiedzi zostają w raportach."
      yes="Tak, wyłącz"
      busy="Wyłączanie…"
      danger
      run={() => setTemplateActiveAction({ templateId, active: false })}
    />
  ) : (
    <ConfirmActionButton
      label="Włącz…"
      name={`Włącz ${what}`}
      confirmName={`Potwierdź włączenie: ${what}`}
      warning="Animatorzy znów będą mogli ją wydawać, jeśli to najnowsza włączona wersja wzoru."
      yes="Tak, włącz"
      busy="Włączanie…"
      run={() => setTemplateActiveAction({ templateId, active: true })}
    />
  );
}

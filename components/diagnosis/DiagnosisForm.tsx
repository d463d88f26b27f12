'use client';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { FIGURE_KEYS, FIGURES } from '@/lib/diagnosis/figures';
import { DIAGNOSIS_SECTIONS, diagnosisSaveSchema, type DiagnosisSaveInput } from '@/lib/diagnosis/schemas';

/**
 * The diagnosis's texts and each gmina's figures, saved together on the version the page showed
 * (a stale save is refused and the typed values stay). Figures: whole numbers, empty = no data.
 */
export function DiagnosisForm({ defaults, gminaNames, action }: { defaults: DiagnosisSaveInput; gminaNames: Record<number, string>; action: (input: DiagnosisSaveInput) => Promise<ActionResult<{ version: number }>> }) {
  const router = useRouter();
  const { form, onSubmit, formError, done, submitting } = useActionForm(diagnosisSaveSchema, action, {
    defaultValues: defaults,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Diagnoza lokalna" className="max-w-4xl">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano diagnozę.
        </p>
      )}
      <TextField form={form} name="title" label="Tytuł diagnozy" required />
      <TextField narrow form={form} name="madeOn" type="date" label="Data diagnozy" required />
      <h2 className="mb-2 mt-6 text-xl font-semibold">Dane liczbowe gmin</h2>
      <p className="mb-3 text-sm text-slate-700">Liczby całkowite; puste pole oznacza brak danych. Możesz też wczytać dane z pliku CSV (niżej).</p>
      {(defaults.gminas ?? []).map((g, i) => (
        <fieldset key={String(g.gminaId)} className="mb-4 rounded border border-slate-200 bg-white p-3">
          <legend className="px-1 font-medium">Gmina {gminaNames[Number(g.gminaId)]}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {FIGURE_KEYS.map((k) => (
              <TextField key={k} narrow form={form} name={`gminas.${i}.figures.${k}`} label={FIGURES[k]} />
            ))}
          </div>
        </fieldset>
      ))}
      <h2 className="mb-2 mt-6 text-xl font-semibold">Wnioski z diagnozy</h2>
      {DIAGNOSIS_SECTIONS.map((s) => (
        <TextAreaField key={s.key} form={form} name={s.key} label={s.label} hint={s.hint} rows={5} />
      ))}
      <SubmitButton submitting={submitting}>Zapisz diagnozę</SubmitButton>
    </Form>
  );
}

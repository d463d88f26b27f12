'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkClass } from '@/components/ui/PageHeader';
import type { ActionResult } from '@/lib/action-result';
import { PRACTICE_LABELS as L, practiceEditSchema, practiceSchema, type PracticeFormValues } from '@/lib/practices/schemas';
import { Form } from '@/components/forms/Form';

type Saved = { id: number; version: number; status: string };

const small = 'rounded border border-brand-800 bg-white px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50';

/**
 * The sheet of a good practice: proposing one (every member) or editing it (ROPS, or the author
 * while it waits). The process is a list of steps (add, remove, reorder); the place is chosen from
 * the województwo's powiats, then the powiat's gminas.
 */
export function PracticeForm({
  mode,
  action,
  initial,
  powiats,
  gminas,
  cancelHref,
}: {
  mode: 'propose' | 'edit';
  action: (input: unknown) => Promise<ActionResult<Saved>>;
  initial: PracticeFormValues;
  powiats: { id: number; name: string }[];
  gminas: { id: number; name: string; kind: string; powiatId: number }[];
  cancelHref: string;
}) {
  const router = useRouter();
  const schema = mode === 'edit' ? practiceEditSchema : practiceSchema;
  const { form, onSubmit, formError, submitting } = useActionForm(schema as typeof practiceEditSchema, action as never, {
    defaultValues: initial as never,
    onSuccess: (saved) => router.push(mode === 'propose' ? `/dobre-praktyki?zaproponowano=1` : `/dobre-praktyki/${(saved as Saved | undefined)?.id ?? initial.id}?zapisano=1`),
  });
  const { fields, append, remove, move } = useFieldArray({ control: form.control as never, name: 'process' as never });
  const powiatId = Number(form.watch('powiatId' as never)) || null;
  const gminaOptions = gminas.filter((g) => g.powiatId === powiatId).map((g) => ({ value: g.id, label: g.kind === 'urban' ? `${g.name} (miejska)` : g.kind === 'rural' ? `${g.name} (wiejska)` : g.kind === 'urban_rural' ? `${g.name} (miejsko-wiejska)` : g.name }));
  const processErrors = (form.formState.errors as { process?: { message?: string } & Record<number, { message?: string; text?: { message?: string } }> }).process;
  const processError = processErrors?.message ?? Object.values(processErrors ?? {}).map((e) => (e as { message?: string; text?: { message?: string } })?.message ?? (e as { text?: { message?: string } })?.text?.message).find(Boolean);

  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label={mode === 'propose' ? 'Propozycja dobrej praktyki' : 'Edycja dobrej praktyki'}>
      <FormError message={formError} />
      {mode === 'propose' && (
        <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">
          Propozycję zobaczy tylko doradca regionalnego ośrodka polityki społecznej. Po jej sprawdzeniu i opublikowaniu praktyka trafi do publicznego katalogu dobrych praktyk.
        </p>
      )}
      <TextField form={form} name="name" label={L.name} required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="level" label={L.level} hint="Np. etap inicjacji PZK, współpraca z osobą/rodziną." required />
        <TextField form={form} name="area" label={L.area} hint="Np. zaangażowanie władz, metody pracy socjalnej." required />
      </div>
      <TextAreaField form={form} name="description" label={L.description} rows={6} required />
      <TextAreaField form={form} name="conditions" label={L.conditions} hint="Co było potrzebne na starcie." rows={4} required />

      <fieldset className="mb-4 rounded border border-slate-200 p-4" aria-describedby={processError ? 'process-error' : undefined}>
        <legend className="px-1 font-medium">
          {L.process} — kolejne kroki<span className="text-red-800"> *</span>
        </legend>
        <ol className="space-y-3">
          {fields.map((f, i) => (
            <li key={f.id} className="rounded border border-slate-200 bg-slate-50 p-3">
              <label htmlFor={`process-${i}`} className="block font-medium">
                Krok {i + 1}
              </label>
              <textarea id={`process-${i}`} rows={2} className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2" {...form.register(`process.${i}.text` as never)} />
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="button" className={small} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  W górę<span className="sr-only"> (krok {i + 1})</span>
                </button>
                <button type="button" className={small} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                  W dół<span className="sr-only"> (krok {i + 1})</span>
                </button>
                <button type="button" className={small} disabled={fields.length === 1} onClick={() => remove(i)}>
                  Usuń krok<span className="sr-only"> {i + 1}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className={`${small} mt-3`} onClick={() => append({ text: '' } as never)}>
          Dodaj krok
        </button>
        {processError && (
          <p id="process-error" className="mt-2 text-sm font-medium text-red-800">
            {processError}
          </p>
        )}
      </fieldset>

      <TextAreaField form={form} name="solution" label={L.solution} rows={4} required />
      <fieldset className="mb-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-medium">{L.swot}</legend>
        <p className="mb-2 text-sm text-slate-600">Każdy punkt w osobnym wierszu.</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextAreaField form={form} name="swotStrengths" label={L.swotStrengths} rows={4} />
          <TextAreaField form={form} name="swotWeaknesses" label={L.swotWeaknesses} rows={4} />
          <TextAreaField form={form} name="swotOpportunities" label={L.swotOpportunities} rows={4} />
          <TextAreaField form={form} name="swotThreats" label={L.swotThreats} rows={4} />
        </div>
      </fieldset>
      <TextAreaField form={form} name="measures" label={L.measures} hint="Po czym poznać sukces — każdy miernik w osobnym wierszu." rows={4} required />
      <fieldset className="mb-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-medium">Gdzie wdrożono praktykę</legend>
        <SelectField
          form={form}
          name="powiatId"
          label={L.powiatId}
          options={powiats.map((p) => ({ value: p.id, label: p.name }))}
          placeholder="— nie dotyczy / całe województwo —"
          onChange={() => form.setValue('gminaId' as never, '' as never)}
        />
        <SelectField form={form} name="gminaId" label={L.gminaId} hint={powiatId ? undefined : 'Najpierw wybierz powiat.'} options={gminaOptions} placeholder="— cały powiat —" />
      </fieldset>
      <TextField form={form} name="contact" label={L.contact} hint="Instytucja, osoba, telefon lub e-mail." required />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton submitting={submitting}>{mode === 'propose' ? 'Wyślij propozycję' : 'Zapisz zmiany'}</SubmitButton>
        <Link href={cancelHref} className={linkClass}>
          Anuluj
        </Link>
      </div>
    </Form>
  );
}

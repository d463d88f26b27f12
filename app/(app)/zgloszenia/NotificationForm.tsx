'use client';
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { notificationHref } from '@/lib/implementations/notification-number';
import { PERSON_FUNCTIONS, notificationSchema, type NotificationInput } from '@/lib/implementations/schemas';
import { Form } from '@/components/forms/Form';

interface Props {
  powiatName: string;
  /** `busy`: already implementing or waiting in another notification — shown, but not selectable. */
  gminas: { id: number; name: string; kind: string; busy: { label: string; number: string | null } | null }[];
  variants: { value: string; label: string }[];
  /** Kooperacje 3D network worker: the variant is fixed and only its own gmina is offered. */
  fixedVariant?: string | null;
  /** Finished local diagnoses (step 2.1) of the powiat (town) the target group may be justified by. */
  diagnoses?: { id: number; title: string; madeOn: string }[];
  initial?: NotificationInput;
  submit: (input: NotificationInput) => Promise<ActionResult<{ id: number; number: string }>>;
}

const KIND = { urban: 'miejska', rural: 'wiejska', urban_rural: 'miejsko-wiejska' } as Record<string, string>;

/** What a new notification starts with: the rural leaders, or — for a network worker — its town's two people. */
function blank(fixedVariant: string | null | undefined, gminas: Props['gminas']): NotificationInput {
  const own = fixedVariant ? gminas.find((g) => !g.busy) : undefined;
  if (fixedVariant)
    return {
      variant: fixedVariant as NotificationInput['variant'],
      plannedStart: '',
      gminaIds: own ? [String(own.id)] : [],
      targetGroup: '',
      people: [
        { function: 'network_worker', name: '', gminaId: own ? String(own.id) : '' },
        { function: 'councillor_gmina', name: '', gminaId: own ? String(own.id) : '' },
      ],
    } as NotificationInput;
  return {
    variant: 'rural',
    plannedStart: '',
    gminaIds: [],
    targetGroup: '',
    people: [
      { function: 'animator_pcpr', name: '' },
      { function: 'councillor_powiat', name: '' },
    ],
  };
}

export function NotificationForm({ powiatName, gminas, variants, fixedVariant, diagnoses = [], initial, submit }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(notificationSchema, submit, {
    defaultValues: initial ?? blank(fixedVariant, gminas),
    onSuccess: (data) => router.push(notificationHref((data as { number: string }).number)),
  });
  const people = useFieldArray({ control: form.control, name: 'people' });
  const selected = (form.watch('gminaIds') ?? []).map(Number);
  const gminaError = form.formState.errors.gminaIds?.message ?? form.formState.errors.gminaIds?.root?.message;
  const anyBusy = gminas.some((g) => g.busy);
  const peopleError = form.formState.errors.people?.message ?? form.formState.errors.people?.root?.message;
  const urban = form.watch('variant') === 'urban_3d';

  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <p className="mb-4">
        Powiat: <strong>{powiatName}</strong>
      </p>
      {fixedVariant ? (
        <p className="mb-4">
          Wariant modelu: <strong>{variants.find((v) => v.value === fixedVariant)?.label ?? fixedVariant}</strong>
          <input type="hidden" {...form.register('variant')} />
          <span className="block text-sm text-slate-600">Pracownik ds. sieci zgłasza wdrożenie w swojej gminie (mieście).</span>
        </p>
      ) : (
        <SelectField form={form} name="variant" label="Wariant modelu" options={variants} required placeholder="— wybierz wariant —" />
      )}
      <TextField form={form} name="plannedStart" label="Planowany początek wdrożenia" hint="Od tej daty liczy się 18-miesięczny harmonogram." type="date" required />
      <fieldset className="mb-4" aria-describedby={[anyBusy ? 'gminy-zajete' : '', gminaError ? 'gminy-blad' : ''].filter(Boolean).join(' ') || undefined}>
        <legend className="font-medium">
          Gminy, które podjęły decyzję o wdrażaniu modelu <span className="text-red-800">*</span>
        </legend>
        {anyBusy && (
          <p id="gminy-zajete" className="text-sm text-slate-700">
            Gminy, które już wdrażają model albo czekają na decyzję ROPS w innym zgłoszeniu, są pokazane, ale nie można ich zaznaczyć.
          </p>
        )}
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {gminas.map((g) => (
            <li key={g.id}>
              <label className={`flex items-center gap-2 ${g.busy ? 'text-slate-600' : ''}`}>
                <input type="checkbox" value={g.id} {...form.register('gminaIds')} disabled={!!g.busy} className="h-5 w-5 shrink-0" />
                <span>
                  {g.name} <span className="text-sm text-slate-600">(gmina {KIND[g.kind]})</span>{' '}
                  {g.busy && (
                    <span className="inline-block rounded bg-slate-200 px-1.5 text-sm text-slate-800">
                      {g.busy.label}
                      {g.busy.number ? ` — ${g.busy.number}` : ''}
                    </span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {gminaError && (
          <p id="gminy-blad" className="mt-1 whitespace-pre-line text-sm font-medium text-red-800">
            {gminaError}
          </p>
        )}
      </fieldset>
      <TextAreaField form={form} name="targetGroup" label="Grupa docelowa (opcjonalnie)" hint="Np. rodziny z dorosłymi osobami z niepełnosprawnościami. Puste pole — praca uniwersalna." rows={2} />
      <SelectField
        form={form}
        name="diagnosisId"
        label="Diagnoza lokalna (opcjonalnie)"
        hint={diagnoses.length ? 'Zakończona diagnoza z podkroku 2.1, którą uzasadniasz grupę docelową. ROPS zobaczy ją przy zgłoszeniu.' : 'Brak zakończonych diagnoz lokalnych — przygotujesz je w menu „Diagnozy lokalne”.'}
        placeholder="— bez diagnozy —"
        options={diagnoses.map((d) => ({ value: d.id, label: `${d.title} (${d.madeOn.split('-').reverse().join('.')})` }))}
      />
      <fieldset className="mb-4">
        <legend className="font-medium">{urban ? 'Pracownicy ds. sieci i radni (krok 2.3)' : 'Animatorzy i radni (krok 2.3)'}</legend>
        <p className="text-sm text-slate-600">
          {urban
            ? 'Dla każdej zaznaczonej gminy (miasta) wskaż pracownika ds. sieci i radnego gminy (miasta). Animator PCPR i radny powiatu nie są wymagani w Kooperacjach 3D.'
            : 'Wskaż animatora PCPR, radnego powiatu oraz dla każdej zaznaczonej gminy animatora GOPS i radnego gminy.'}
        </p>
        {peopleError && (
          <p role="alert" className="mt-1 text-sm font-medium text-red-800">
            {peopleError}
          </p>
        )}
        {people.fields.map((field, i) => (
          <div key={field.id} className="mt-3 grid gap-x-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_1fr_1fr_auto]">
            <SelectField form={form} name={`people.${i}.function`} label="Funkcja" options={Object.entries(PERSON_FUNCTIONS).map(([value, label]) => ({ value, label }))} required />
            <TextField form={form} name={`people.${i}.name`} label="Imię i nazwisko" required />
            <SelectField
              form={form}
              name={`people.${i}.gminaId`}
              label="Gmina"
              placeholder="— dotyczy powiatu —"
              options={gminas.filter((g) => selected.includes(g.id)).map((g) => ({ value: g.id, label: g.name }))}
            />
            <button type="button" onClick={() => people.remove(i)} className="mb-4 self-end rounded border border-slate-400 px-3 py-2 text-sm hover:bg-slate-100">
              Usuń osobę {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => people.append({ function: urban ? 'network_worker' : 'animator_gops', name: '', gminaId: '' } as never)} className="mt-3 rounded border border-brand-800 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50">
          Dodaj osobę
        </button>
      </fieldset>
      <SubmitButton submitting={submitting}>Wyślij zgłoszenie do ROPS</SubmitButton>
    </Form>
  );
}

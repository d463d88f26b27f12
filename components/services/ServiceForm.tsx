'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { CheckboxGroup, FormError, SelectField, SubmitButton, TextAreaField, TextField, type OptionGroup } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkClass } from '@/components/ui/PageHeader';
import type { ActionResult } from '@/lib/action-result';
import { regionalServiceEditSchema, regionalServiceSchema, serviceEditSchema, serviceSchema } from '@/lib/services/schemas';
import type { z } from 'zod';
import type { ServiceFormValues } from './form-values';
import { AREAS, AREA_KEYS, FIELD_LABELS, TARGET_GROUPS, TARGET_GROUP_KEYS } from '@/lib/services/vocabulary';
import { Form } from '@/components/forms/Form';

export interface ProviderOption {
  id: number;
  name: string;
  powiatName: string | null;
}

type Saved = { id: number; version?: number; status?: string };

const SUBMIT = { add: 'Dodaj do listy', propose: 'Wyślij propozycję', edit: 'Zapisz zmiany' } as const;
const DONE = { add: 'dodano', propose: 'zaproponowano', edit: 'zapisano' } as const;

/**
 * The entry form of both lists: a PZK's gmina–powiat list (add, propose, edit) and the regional
 * list (with its powiat). The same zod schema checks it here and in the server action.
 */
export function ServiceForm({
  kind,
  mode,
  action,
  initial,
  providers,
  powiats,
  listHref,
  approver = 'animator (PCPR lub GOPS)',
}: {
  kind: 'pzk' | 'regional';
  mode: 'add' | 'propose' | 'edit';
  action: (input: unknown) => Promise<ActionResult<Saved>>;
  initial: ServiceFormValues;
  providers: ProviderOption[];
  powiats?: { id: number; name: string }[];
  /** The list, where the user returns after saving. */
  listHref: string;
  /** Who approves a proposal (lib/services/list-view.ts, by the model's variant). */
  approver?: string;
}) {
  const router = useRouter();
  const schema = kind === 'regional' ? (mode === 'edit' ? regionalServiceEditSchema : regionalServiceSchema) : mode === 'edit' ? serviceEditSchema : serviceSchema;
  // Typed as the union of both lists' fields (the schema itself is the list's own).
  const { form, onSubmit, formError, submitting } = useActionForm(schema as unknown as z.ZodType<ServiceFormValues, ServiceFormValues>, action, {
    defaultValues: initial,
    onSuccess: () => router.push(`${listHref}?${DONE[mode]}=1`),
  });
  const groups = new Map<string, OptionGroup>();
  for (const p of providers) {
    const label = p.powiatName ? `Powiat ${p.powiatName}` : 'Instytucje wojewódzkie';
    const group = groups.get(label) ?? { label, options: [] };
    group.options.push({ value: p.id, label: p.name });
    groups.set(label, group);
  }
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      {mode === 'propose' && (
        <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">
          Wpis trafi na listę, gdy zatwierdzi go {approver}. Do tego czasu członkowie zespołu widzą go jako propozycję.
        </p>
      )}
      <TextField form={form} name="name" label={FIELD_LABELS.name} required />
      <TextAreaField form={form} name="description" label={FIELD_LABELS.description} hint="Na czym polega wsparcie, jak często, w jakiej formie." rows={5} required />
      <CheckboxGroup form={form} name="targetGroups" legend={FIELD_LABELS.targetGroups} hint="Zaznacz wszystkie, których dotyczy." options={TARGET_GROUP_KEYS.map((k) => ({ value: k, label: TARGET_GROUPS[k] }))} />
      <CheckboxGroup form={form} name="areas" legend={FIELD_LABELS.areas} hint="Zaznacz wszystkie, których dotyczy." options={AREA_KEYS.map((k) => ({ value: k, label: AREAS[k] }))} />
      <fieldset className="mb-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-medium">
          {FIELD_LABELS.providerName}
          <span className="text-red-800"> *</span>
        </legend>
        <SelectField form={form} name="providerInstitutionId" label={FIELD_LABELS.providerInstitutionId} groups={[...groups.values()]} placeholder="— spoza rejestru (wpisz nazwę poniżej) —" />
        <TextField form={form} name="providerName" label="Nazwa dostawcy spoza rejestru" hint="Gdy dostawcy nie ma w rejestrze instytucji województwa, np. klub sportowy, parafia, osoba prowadząca zajęcia. Gdy wybrano instytucję z rejestru, to pole jest pomijane." />
      </fieldset>
      {kind === 'regional' && powiats && (
        <SelectField form={form} name="powiatId" label={FIELD_LABELS.powiatId} hint="Gdzie usługa jest dostępna; puste — w całym województwie." options={powiats.map((p) => ({ value: p.id, label: p.name }))} placeholder="— całe województwo —" />
      )}
      <TextAreaField form={form} name="conditions" label={FIELD_LABELS.conditions} hint="Kto może skorzystać, czy potrzebne jest skierowanie lub decyzja." rows={3} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="cost" label={FIELD_LABELS.cost} hint="Np. bezpłatnie, odpłatność według dochodu." />
        <TextField form={form} name="place" label={FIELD_LABELS.place} hint="Adres lub „w domu osoby”." />
      </div>
      <TextField form={form} name="contact" label={FIELD_LABELS.contact} hint="Telefon, e-mail, osoba do kontaktu." />
      {kind === 'pzk' && (
        <TextField form={form} name="coordinator" label={FIELD_LABELS.coordinator} hint="Osoba u partnera odpowiedzialna za tę usługę — drukuje się na karcie usługi. Imię i nazwisko, stanowisko." />
      )}
      <TextAreaField form={form} name="referral" label={FIELD_LABELS.referral} hint="Tryb zgłoszenia: kto kieruje, jakie dokumenty, gdzie się zgłosić." rows={3} />
      <TextField form={form} name="lastReviewedOn" label={FIELD_LABELS.lastReviewedOn} type="date" hint="Kiedy ostatnio sprawdzono, że informacja jest aktualna." />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton submitting={submitting}>{SUBMIT[mode]}</SubmitButton>
        <Link href={listHref} className={linkClass}>
          Anuluj
        </Link>
      </div>
    </Form>
  );
}

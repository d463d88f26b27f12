'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { FormError, SelectField, SubmitButton, TextField, type OptionGroup } from '@/components/forms/fields';
import { linkClass } from '@/components/ui/PageHeader';
import { useActionForm } from '@/components/forms/use-action-form';
import { updateInstitutionSchema, type UpdateInstitutionInput } from '@/lib/institutions/schemas';
import { INSTITUTION_TYPES, INSTITUTION_TYPE_VALUES } from '@/lib/institutions/types';
import { createInstitutionAction, updateInstitutionAction } from './actions';

// New institutions have no id/version yet; the create action's schema simply ignores them.
const newFormSchema = updateInstitutionSchema.partial({ id: true, version: true });

export function InstitutionForm({ initial, areaGroups }: { initial?: UpdateInstitutionInput; areaGroups: OptionGroup[] }) {
  const router = useRouter();
  const editing = Boolean(initial?.id);
  const { form, onSubmit, formError, submitting } = useActionForm(
    newFormSchema,
    (input) => (editing ? updateInstitutionAction(input) : createInstitutionAction(input)),
    {
      defaultValues: initial ?? { area: '', type: undefined },
      onSuccess: (data) => {
        const row = data as { id: number } | undefined;
        if (row) router.push(`/instytucje/${row.id}?${editing ? 'zapisano' : 'dodano'}=1`);
      },
    },
  );
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-2xl" aria-label={editing ? 'Dane instytucji' : 'Nowa instytucja'}>
      <FormError message={formError} />
      <TextField form={form} name="name" label="Pełna nazwa instytucji" required />
      <SelectField form={form} name="type" label="Rodzaj instytucji" options={INSTITUTION_TYPE_VALUES.map((t) => ({ value: t, label: INSTITUTION_TYPES[t] }))} required />
      <SelectField form={form} name="area" label="Obszar działania" groups={areaGroups} required />
      <TextField form={form} name="street" label="Ulica i numer" autoComplete="street-address" required />
      <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
        <TextField form={form} name="postalCode" label="Kod pocztowy" hint="Np. 16-130" autoComplete="postal-code" required />
        <TextField form={form} name="city" label="Miejscowość" autoComplete="address-level2" required />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="nip" label="NIP" hint="10 cyfr, opcjonalnie" />
        <TextField form={form} name="regon" label="REGON" hint="9 lub 14 cyfr, opcjonalnie" />
        <TextField form={form} name="email" label="E-mail" type="email" autoComplete="email" />
        <TextField form={form} name="phone" label="Telefon" type="tel" autoComplete="tel" />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Dodaj instytucję'}</SubmitButton>
        <Link href={editing ? `/instytucje/${initial!.id}` : '/instytucje'} className={linkClass}>
          Anuluj
        </Link>
      </div>
    </Form>
  );
}

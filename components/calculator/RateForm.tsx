'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkClass } from '@/components/ui/PageHeader';
import type { ActionResult } from '@/lib/action-result';
import { rateSchema } from '@/lib/calculator/schema';
import type { RateKey } from '@/lib/calculator/rates';
import { Form } from '@/components/forms/Form';

/** ROPS sets one rate of its województwo: amount, unit and the source (all required). */
export function RateForm({
  action,
  initial,
}: {
  action: (input: unknown) => Promise<ActionResult<{ id: number; key: string; version: number }>>;
  initial: { key: RateKey; amount: string; unit: string; source: string; version: number };
}) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(rateSchema, action, {
    defaultValues: initial,
    onSuccess: () => router.push(`/kalkulator/stawki?zapisano=${initial.key}`),
  });
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="amount" label="Kwota (zł)" hint="Np. 7800 lub 7 800,50." required narrow />
      <TextField form={form} name="unit" label="Jednostka" hint="Np. zł / osobę / miesiąc." required narrow />
      <TextAreaField form={form} name="source" label="Źródło stawki" hint="Skąd pochodzi kwota: ogłoszenie starosty lub wojewody (dziennik urzędowy), uchwała, sprawozdanie, rok." required rows={4} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton submitting={submitting}>Zapisz stawkę</SubmitButton>
        <Link href="/kalkulator/stawki" className={linkClass}>
          Anuluj
        </Link>
      </div>
    </Form>
  );
}

'use client';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { CheckboxGroup, FormError, SubmitButton, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { diagnosisCreateSchema, type DiagnosisCreateInput } from '@/lib/diagnosis/schemas';

/** Starts a local diagnosis: title, date and the gminas it covers; then the diagnosis's page opens. */
export function DiagnosisCreateForm({ gminas, defaults, action }: { gminas: { id: number; name: string }[]; defaults: DiagnosisCreateInput; action: (input: DiagnosisCreateInput) => Promise<ActionResult<{ id: number }>> }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(diagnosisCreateSchema, action, {
    defaultValues: defaults,
    onSuccess: (data) => router.push(`/diagnozy/${(data as { id: number }).id}`),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Nowa diagnoza lokalna" className="max-w-3xl">
      <FormError message={formError} />
      <TextField form={form} name="title" label="Tytuł diagnozy" hint="Np. Diagnoza sytuacji powiatu sokólskiego 2027." required />
      <TextField narrow form={form} name="madeOn" type="date" label="Data diagnozy" required />
      <CheckboxGroup form={form} name="gminaIds" legend="Gminy objęte diagnozą" hint="Dla każdej gminy wpiszesz albo zaimportujesz dane liczbowe." options={gminas.map((g) => ({ value: String(g.id), label: g.name }))} />
      <SubmitButton submitting={submitting}>Załóż diagnozę</SubmitButton>
    </Form>
  );
}

'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { CheckboxGroup, FormError, RadioField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkClass } from '@/components/ui/PageHeader';
import type { ActionResult } from '@/lib/action-result';
import { materialEditSchema, materialSchema, type MaterialEditInput } from '@/lib/materials/schemas';
import { Form } from '@/components/forms/Form';

type Saved = { id: number; version: number };

/** Adds or edits an e-szkoła material (ROPS). The same zod schema checks it here and on the server. */
export function MaterialForm({
  mode,
  action,
  initial,
  steps,
}: {
  mode: 'add' | 'edit';
  action: (input: unknown) => Promise<ActionResult<Saved>>;
  initial: Omit<MaterialEditInput, 'id' | 'version'> & { id?: number; version?: number };
  steps: { code: string; name: string }[];
}) {
  const router = useRouter();
  const schema = mode === 'edit' ? materialEditSchema : materialSchema;
  const { form, onSubmit, formError, submitting } = useActionForm(schema as typeof materialEditSchema, action, {
    defaultValues: initial as MaterialEditInput,
    onSuccess: (saved) => router.push(mode === 'add' ? `/e-szkola/${saved?.id}/edycja?dodano=1` : `/e-szkola/${saved?.id ?? initial.id}?zapisano=1`),
  });
  return (
    <Form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-label={mode === 'add' ? 'Nowy materiał e-szkoły' : 'Edycja materiału e-szkoły'}>
      <FormError message={formError} />
      <TextField form={form} name="title" label="Tytuł" required />
      <TextAreaField form={form} name="summary" label="Streszczenie" hint="Dwa–trzy zdania widoczne na liście materiałów." rows={3} />
      <TextAreaField
        form={form}
        name="body"
        label="Treść"
        hint="Zwykły tekst. Wiersz zaczynający się od „## ” to śródtytuł, wiersz od „- ” to punkt listy, adresy http(s):// stają się odnośnikami."
        rows={16}
        required
      />
      <RadioField
        form={form}
        name="visibility"
        label="Kto widzi materiał"
        required
        options={[
          { value: 'public', label: 'Publiczny — wszyscy odwiedzający, bez logowania' },
          { value: 'members', label: 'Tylko dla zalogowanych — osoby z kontem w województwie' },
        ]}
      />
      <TextField form={form} name="tags" label="Tagi" hint="Oddziel przecinkami, np. rodzina, współpraca, diagnoza." />
      <CheckboxGroup
        form={form}
        name="steps"
        legend="Kroki modelu, których dotyczy materiał"
        hint="Materiał pojawi się na stronach zaznaczonych kroków (sekcja „Materiały e-szkoły do tego kroku”)."
        required={false}
        options={steps.map((s) => ({ value: s.code, label: `${s.code} ${s.name}` }))}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton submitting={submitting}>{mode === 'add' ? 'Dodaj materiał' : 'Zapisz zmiany'}</SubmitButton>
        <Link href={mode === 'edit' && initial.id ? `/e-szkola/${initial.id}` : '/e-szkola'} className={linkClass}>
          Anuluj
        </Link>
      </div>
    </Form>
  );
}

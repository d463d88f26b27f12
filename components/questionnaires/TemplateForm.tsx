'use client';
import { Form } from '@/components/forms/Form';
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { saveTemplateAction } from '@/app/(app)/ankiety/actions';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { AUDIENCES, QUESTION_KINDS, templateSchema } from '@/lib/questionnaires/schemas';

export interface TemplateFormQuestion {
  key: string;
  kind: 'scale' | 'single' | 'multiple' | 'open';
  text: string;
  /** One option a line. */
  options: string;
  max: string;
  minLabel: string;
  maxLabel: string;
  required: boolean;
}
export interface TemplateFormDefaults {
  baseId?: number;
  key: string;
  audience: 'family' | 'institution' | 'authority';
  title: string;
  intro: string;
  questions: TemplateFormQuestion[];
}

const blank: TemplateFormQuestion = { key: '', kind: 'open', text: '', options: '', max: '5', minLabel: '', maxLabel: '', required: false };
const smallButton = 'min-h-11 rounded border border-slate-500 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100';

/** A template's new version (its key and audience kept) or a new template of this ROPS. */
export function TemplateForm({ defaults }: { defaults: TemplateFormDefaults }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(templateSchema, saveTemplateAction as never, {
    defaultValues: defaults as never,
    onSuccess: () => router.push('/ankiety'),
  });
  const questions = useFieldArray({ control: form.control, name: 'questions' as never });
  const isNew = defaults.baseId == null;
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={isNew ? 'Nowy wzór ankiety' : 'Nowa wersja wzoru ankiety'} className="max-w-3xl">
      <FormError message={formError} />
      {isNew ? (
        <>
          <TextField form={form} name="key" label="Klucz wzoru" hint="Małe litery łacińskie, cyfry i podkreślnik, np. rodziny_szkoly." required />
          <SelectField form={form} name="audience" label="Adresaci" options={Object.entries(AUDIENCES).map(([value, label]) => ({ value, label }))} required />
        </>
      ) : (
        <p className="mb-4 text-sm text-slate-700">Klucz: {defaults.key}. Dotychczasowe odpowiedzi zostają przy swojej wersji.</p>
      )}
      <TextField form={form} name="title" label="Tytuł ankiety" required />
      <TextAreaField form={form} name="intro" label="Wstęp (widoczny nad pytaniami)" rows={3} />
      <h2 className="mb-2 mt-6 text-lg font-semibold">Pytania</h2>
      <ol className="space-y-4">
        {questions.fields.map((f, i) => (
          <li key={f.id} className="rounded border border-slate-300 bg-white p-3">
            <fieldset>
              <legend className="font-medium">Pytanie {i + 1}</legend>
              <TextField form={form} name={`questions.${i}.key` as never} label="Klucz pytania" required />
              <SelectField form={form} name={`questions.${i}.kind` as never} label="Rodzaj" options={Object.entries(QUESTION_KINDS).map(([value, label]) => ({ value, label }))} required />
              <TextAreaField form={form} name={`questions.${i}.text` as never} label="Treść pytania" rows={2} required />
              <TextAreaField form={form} name={`questions.${i}.options` as never} label="Odpowiedzi do wyboru (jedna w wierszu)" hint="Tylko dla pytań z wyborem." rows={3} />
              <div className="grid gap-x-4 sm:grid-cols-3">
                <TextField form={form} name={`questions.${i}.max` as never} label="Koniec skali" hint="Tylko dla skali (2–10)." />
                <TextField form={form} name={`questions.${i}.minLabel` as never} label="Opis 1 na skali" />
                <TextField form={form} name={`questions.${i}.maxLabel` as never} label="Opis końca skali" />
              </div>
              <label className="mb-3 flex items-center gap-2">
                <input type="checkbox" className="h-5 w-5" {...form.register(`questions.${i}.required` as never)} />
                Odpowiedź obowiązkowa
              </label>
              <button type="button" className={smallButton} onClick={() => questions.remove(i)} disabled={questions.fields.length === 1}>
                Usuń pytanie {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="my-4">
        <button type="button" className={smallButton} onClick={() => questions.append(blank as never)}>
          Dodaj pytanie
        </button>
      </p>
      <SubmitButton submitting={submitting}>{isNew ? 'Zapisz nowy wzór' : 'Zapisz nową wersję'}</SubmitButton>
    </Form>
  );
}

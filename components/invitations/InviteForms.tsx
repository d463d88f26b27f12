'use client';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { LIST_FORMAT_HINT, MAX_INVITATION_ROWS, inviteListSchema, invitePersonSchema, type InviteListInput, type InvitePersonInput } from '@/lib/accounts/invitation-schemas';
import { count, WORDS, type Forms } from '@/lib/plural';
import { decodeCsv } from '@/lib/services/csv';

type Sent = { sent: number };
const INVITATION: Forms = ['zaproszenie', 'zaproszenia', 'zaproszeń'];
const sentNote = (n: number) => `Wysłano ${count(n, INVITATION)}. Link w wiadomości działa 7 dni.`;
/** The largest CSV file read into the list (200 rows fit in far less). */
const MAX_FILE_BYTES = 1024 * 1024;

function Done({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {message}
    </p>
  );
}

/** One person: e-mail, name, job title and the member institution. */
export function InvitePersonForm({ pzkId, institutions, action }: { pzkId: number; institutions: { id: number; name: string }[]; action: (input: InvitePersonInput) => Promise<ActionResult<Sent>> }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(invitePersonSchema, action, {
    defaultValues: { pzkId, email: '', name: '', jobTitle: '', institutionId: '' } as never,
    onSuccess: (r) => {
      form.reset();
      setDone(sentNote(r?.sent ?? 1));
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setDone(null), onSubmit(e))} noValidate aria-labelledby="jedna-h" className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="jedna-h" className="mb-3 text-lg font-semibold">
        Zaproś jedną osobę
      </h2>
      <FormError message={formError} />
      <Done message={done} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="email" label="Służbowy adres e-mail" type="email" autoComplete="off" required />
        <TextField form={form} name="name" label="Imię i nazwisko" autoComplete="off" required />
        <TextField form={form} name="jobTitle" label="Stanowisko" hint="Np. pedagog szkolny, kurator zawodowy, pielęgniarka środowiskowa." required />
        <SelectField form={form} name="institutionId" label="Instytucja" options={institutions.map((i) => ({ value: String(i.id), label: i.name }))} required />
      </div>
      <SubmitButton submitting={submitting}>Wyślij zaproszenie</SubmitButton>
    </Form>
  );
}

/**
 * Many people: a pasted list, or a CSV file read into it (UTF-8 with or without BOM, or the
 * Windows-1250 of older Excel). Nothing is sent while any row is wrong; every wrong row is listed.
 */
export function InviteListForm({ pzkId, institutions, action }: { pzkId: number; institutions: { id: number; name: string }[]; action: (input: InviteListInput) => Promise<ActionResult<Sent>> }) {
  const router = useRouter();
  const fileId = useId();
  const [done, setDone] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  // The rows' messages go into the banner's list; the field itself points there.
  const send = async (input: InviteListInput): Promise<ActionResult<Sent>> => {
    const r = await action(input);
    if (r.ok) return r;
    const rows = r.fieldErrors?.text ?? [];
    setRowErrors(rows);
    if (!rows.length) return r;
    return { ...r, fieldErrors: { ...r.fieldErrors, text: ['Błędy listy wymieniono nad formularzem — popraw je i wyślij listę ponownie.'] } };
  };
  const { form, onSubmit, formError, submitting } = useActionForm(inviteListSchema, send, {
    defaultValues: { pzkId, text: '', institutionId: '' } as never,
    onSuccess: (r) => {
      form.reset();
      setRowErrors([]);
      setDone(sentNote(r?.sent ?? 0));
      router.refresh();
    },
  });
  const readFile = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError('Plik jest za duży — lista może mieć najwyżej 1 MB.');
    form.setValue('text', decodeCsv(new Uint8Array(await file.arrayBuffer())), { shouldValidate: false });
  };
  return (
    <Form onSubmit={(e) => (setDone(null), setRowErrors([]), onSubmit(e))} noValidate aria-labelledby="lista-h" className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="lista-h" className="mb-3 text-lg font-semibold">
        Zaproś wiele osób (lista lub plik CSV)
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        {LIST_FORMAT_HINT} Najwyżej {count(MAX_INVITATION_ROWS, WORDS.person)} naraz. Jeśli którykolwiek wiersz zawiera błąd, nie wysyłamy żadnego zaproszenia — poprawisz listę i wyślesz ją ponownie.
      </p>
      <FormError message={formError}>
        {rowErrors.length > 0 && (
          <ul className="mt-2 list-disc pl-5">
            {rowErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </FormError>
      <Done message={done} />
      <div className="mb-4">
        <label htmlFor={fileId} className="block font-medium">
          Plik CSV (opcjonalnie)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
          className="mt-1 block w-full max-w-full text-sm"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        <p id={`${fileId}-hint`} className="mt-1 text-sm text-slate-600">
          Zawartość pliku pojawi się w polu poniżej — możesz ją sprawdzić przed wysłaniem.
        </p>
        {fileError && (
          <p id={`${fileId}-error`} className="mt-1 text-sm font-medium text-red-800">
            {fileError}
          </p>
        )}
      </div>
      <TextAreaField form={form} name="text" label="Lista osób" hint="Przykład: a.nowak@sp1.janow.pl; Anna Nowak; pedagog szkolny; Szkoła Podstawowa nr 1 w Janowie" rows={8} required />
      <SelectField
        form={form}
        name="institutionId"
        label="Instytucja dla wierszy bez instytucji"
        hint="Wybierz, jeśli wszystkie osoby z listy są z jednej instytucji — wtedy czwartą kolumnę można pominąć."
        options={institutions.map((i) => ({ value: String(i.id), label: i.name }))}
        placeholder="— każdy wiersz podaje instytucję —"
      />
      <SubmitButton submitting={submitting}>Wyślij zaproszenia</SubmitButton>
    </Form>
  );
}

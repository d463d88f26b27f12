'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { callAction } from '@/components/forms/call-action';
import { Form } from '@/components/forms/Form';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { wzkAttendanceSchema, wzkDecisionSchema, wzkMinutesSchema } from '@/lib/wzk/schemas';
import { addWzkDecisionAction, saveWzkAttendanceAction, saveWzkMinutesAction, setWzkDecisionStatusAction } from '@/app/(app)/wzk/actions';

function Status({ text }: { text: string | null }) {
  return (
    <p role="status" className="mb-3 text-green-900">
      {text}
    </p>
  );
}

type Row = { partyKey: string; partyName: string; present: boolean; personName: string };

/** The attendance list, by member of the WZK (a party of the regional agreement), saved as a whole. */
export function WzkAttendanceForm({ meetingId, rows }: { meetingId: number; rows: Row[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(wzkAttendanceSchema, saveWzkAttendanceAction, {
    defaultValues: { meetingId, rows: rows.map((r) => ({ partyKey: r.partyKey, present: r.present, personName: r.personName })) },
    onSuccess: (data) => {
      const d = data as { present: number; absent: number };
      setMessage(`Zapisano listę obecności: obecnych ${d.present}, nieobecnych ${d.absent}.`);
      router.refresh();
    },
  });
  if (!rows.length) return <p className="text-slate-700">Nie ma członków WZK — lista obecności powstaje ze stron podpisanego porozumienia wojewódzkiego.</p>;
  return (
    <form onSubmit={(e) => (setMessage(null), onSubmit(e))} noValidate aria-label="Lista obecności WZK">
      <FormError message={formError} />
      <Status text={message} />
      {rows.map((r, i) => (
        <fieldset key={r.partyKey} className="mb-3 rounded border border-slate-200 p-3">
          <legend className="px-1 font-semibold">{r.partyName}</legend>
          <input type="hidden" {...form.register(`rows.${i}.partyKey`)} />
          <label className="flex items-center gap-2">
            <input type="checkbox" className="h-5 w-5" {...form.register(`rows.${i}.present`)} />
            przedstawiciel był na spotkaniu
          </label>
          <TextField form={form} name={`rows.${i}.personName`} label="Kto reprezentował" hint="Imię i nazwisko, funkcja." />
        </fieldset>
      ))}
      <SubmitButton submitting={submitting}>Zapisz listę obecności</SubmitButton>
    </form>
  );
}

/** A new decision: a task with an owner from the WZK's members and a due date. */
export function WzkDecisionForm({ meetingId, owners }: { meetingId: number; owners: Option[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const empty = { meetingId, text: '', ownerPartyKey: '', dueOn: '' };
  const { form, onSubmit, formError, submitting } = useActionForm(wzkDecisionSchema, addWzkDecisionAction, {
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Nowe ustalenie WZK" className="mt-4 rounded border border-slate-200 bg-slate-50 p-3">
      <FormError message={formError} />
      {saved && <Status text="Dodano ustalenie." />}
      <TextAreaField form={form} name="text" label="Ustalenie (zadanie)" required rows={2} />
      <SelectField form={form} name="ownerPartyKey" label="Odpowiedzialny członek WZK" required options={owners} />
      <TextField narrow form={form} name="dueOn" type="date" label="Termin" required />
      <SubmitButton submitting={submitting}>Dodaj ustalenie</SubmitButton>
    </Form>
  );
}

/** Marks a decision done or reopens it; a conflict is shown and the page refreshed. */
export function WzkDecisionStatusButton({ decisionId, version, status, label }: { decisionId: number; version: number; status: 'open' | 'done'; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const text = status === 'done' ? 'Oznacz jako wykonane' : 'Otwórz ponownie';
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`${text}: ${label}`}
        className="min-h-11 rounded border border-brand-800 px-3 py-1 text-brand-800 hover:bg-slate-100 disabled:opacity-70"
        onClick={() =>
          start(async () => {
            setError(null);
            const r = await callAction(() => setWzkDecisionStatusAction({ decisionId, version, status }));
            if (!r.ok) setError(r.message);
            router.refresh();
          })
        }
      >
        {text}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}

/** The minutes: saved as a draft, or published (which marks the quarter's WZK meeting done). */
export function WzkMinutesForm({ meetingId, version, minutes, published }: { meetingId: number; version: number; minutes: string; published: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(wzkMinutesSchema, saveWzkMinutesAction, {
    defaultValues: { meetingId, version, minutes, publish: false },
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version);
      setMessage(form.getValues('publish') ? 'Protokół opublikowany.' : 'Zapisano projekt protokołu.');
      router.refresh();
    },
  });
  return (
    <form onSubmit={(e) => (setMessage(null), onSubmit(e))} noValidate aria-label="Protokół spotkania WZK">
      <FormError message={formError} />
      {message && <Status text={message} />}
      <TextAreaField form={form} name="minutes" label="Protokół — przebieg spotkania" rows={12} hint="Bez danych osób i rodzin." />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={submitting} onClick={() => form.setValue('publish', false)} className="min-h-11 rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-slate-100 disabled:opacity-70">
          Zapisz projekt
        </button>
        <button type="submit" disabled={submitting} onClick={() => form.setValue('publish', true)} className="min-h-11 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70">
          {published ? 'Opublikuj ponownie' : 'Opublikuj protokół'}
        </button>
      </div>
    </form>
  );
}

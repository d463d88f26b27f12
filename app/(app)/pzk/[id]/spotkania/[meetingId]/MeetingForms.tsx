'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField, type OptionGroup } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { consultationSchema, decisionSchema, minutesSchema } from '@/lib/pzk/meeting-schemas';
import { addConsultationAction, addDecisionAction, deleteConsultationAction, saveAttendanceAction, saveMinutesAction, setDecisionStatusAction } from '../actions';
import { Form } from '@/components/forms/Form';

function Status({ text }: { text: string | null }) {
  return (
    <p role="status" className="mb-3 text-green-900">
      {text}
    </p>
  );
}

type Member = { id: number; name: string; function: string; institutionName: string | null };

/** The attendance list, saved as a whole; members grouped by institution. */
export function AttendanceForm({ pzkId, meetingId, team, present }: { pzkId: number; meetingId: number; team: Member[]; present: number[] }) {
  const router = useRouter();
  const [checked, setChecked] = useState(() => new Set(present));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const groups = new Map<string, Member[]>();
  for (const m of team) {
    const key = m.institutionName ?? 'Osoby spoza instytucji';
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    setError(null);
    start(async () => {
      const r = await callAction(() => saveAttendanceAction({ pzkId, meetingId, present: [...checked] }));
      if (r.ok) {
        setMessage(`Zapisano listę obecności: obecnych ${(r.data as { present: number }).present}, nieobecnych ${(r.data as { absent: number }).absent}.`);
        router.refresh();
      } else setError(r.message);
    });
  };
  if (!team.length) return <p className="text-slate-700">W zespole nie ma jeszcze osób — dodaj je na stronie „Zespół”.</p>;
  return (
    <form onSubmit={submit} aria-label="Lista obecności">
      <FormError message={error} />
      <Status text={message} />
      {[...groups].map(([institution, members]) => (
        <fieldset key={institution} className="mb-3">
          <legend className="font-semibold">{institution}</legend>
          {members.map((m) => (
            <label key={m.id} className="mt-1 flex items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={checked.has(m.id)}
                onChange={(e) => {
                  const next = new Set(checked);
                  if (e.target.checked) next.add(m.id);
                  else next.delete(m.id);
                  setChecked(next);
                }}
              />
              {m.name} <span className="text-slate-600">({m.function})</span>
            </label>
          ))}
        </fieldset>
      ))}
      <SubmitButton submitting={pending}>Zapisz listę obecności</SubmitButton>
    </form>
  );
}

export function DecisionForm({ pzkId, meetingId, owners }: { pzkId: number; meetingId: number; owners: OptionGroup[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, submitting } = useActionForm(decisionSchema, addDecisionAction, {
    defaultValues: { pzkId, meetingId, text: '', ownerMemberId: '' as unknown as number, dueOn: '' },
    onSuccess: () => {
      form.reset({ pzkId, meetingId, text: '', ownerMemberId: '' as unknown as number, dueOn: '' });
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Nowe ustalenie" className="mt-4 rounded border border-slate-200 bg-slate-50 p-3">
      <FormError message={formError} />
      {saved && <Status text="Dodano ustalenie." />}
      <TextAreaField form={form} name="text" label="Ustalenie" required rows={2} hint="Bez danych osób i rodzin." />
      <SelectField form={form} name="ownerMemberId" label="Odpowiedzialny" required groups={owners} />
      <TextField narrow form={form} name="dueOn" type="date" label="Termin" required />
      <SubmitButton submitting={submitting}>Dodaj ustalenie</SubmitButton>
    </Form>
  );
}

/** Mark done / reopen; a conflict (someone changed it meanwhile) is shown, the page refreshed. */
export function DecisionStatusButton({ pzkId, decisionId, version, status, label }: { pzkId: number; decisionId: number; version: number; status: 'open' | 'done'; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`${status === 'done' ? 'Oznacz jako wykonane' : 'Otwórz ponownie'}: ${label}`}
        className="rounded border border-brand-800 px-3 py-1 text-brand-800 hover:bg-slate-100 disabled:opacity-70"
        onClick={() =>
          start(async () => {
            setError(null);
            const r: ActionResult<unknown> = await callAction(() => setDecisionStatusAction({ pzkId, decisionId, version, status }));
            if (!r.ok) setError(r.message);
            router.refresh();
          })
        }
      >
        {status === 'done' ? 'Oznacz jako wykonane' : 'Otwórz ponownie'}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}

export function ConsultationForm({ pzkId, meetingId }: { pzkId: number; meetingId: number }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const empty = { pzkId, meetingId, specialist: '', startsAt: '', forWhom: '' };
  const { form, onSubmit, formError, submitting } = useActionForm(consultationSchema, addConsultationAction, {
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Nowy termin konsultacji" className="mt-4 rounded border border-slate-200 bg-slate-50 p-3">
      <FormError message={formError} />
      {saved && <Status text="Dodano termin konsultacji." />}
      <TextField form={form} name="specialist" label="Specjalista" required />
      <TextField narrow form={form} name="startsAt" type="datetime-local" label="Termin" hint="Czas polski." required />
      <TextField
        form={form}
        name="forWhom"
        label="Dla kogo"
        required
        hint="Ogólnie, np. „rodzice dzieci w wieku szkolnym, zapisy w GOPS”. Nie wpisuj nazwisk ani innych danych osób i rodzin."
      />
      <SubmitButton submitting={submitting}>Dodaj termin</SubmitButton>
    </Form>
  );
}

export function DeleteConsultationButton({ pzkId, consultationId, label }: { pzkId: number; consultationId: number; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      aria-label={`Usuń termin konsultacji: ${label}`}
      className="text-red-800 underline disabled:opacity-70"
      onClick={() =>
        start(async () => {
          await deleteConsultationAction({ pzkId, consultationId });
          router.refresh();
        })
      }
    >
      Usuń
    </button>
  );
}

/** The minutes: saved as a draft, or published (which stamps the time). */
export function MinutesForm({ pzkId, meetingId, version, minutes, published }: { pzkId: number; meetingId: number; version: number; minutes: string; published: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(minutesSchema, saveMinutesAction, {
    defaultValues: { pzkId, meetingId, version, minutes, publish: false },
    onSuccess: (data) => {
      const d = data as { version: number; minutesPublishedAt: string | Date | null };
      form.setValue('version', d.version);
      setMessage(form.getValues('publish') ? 'Protokół opublikowany.' : 'Zapisano projekt protokołu.');
      router.refresh();
    },
  });
  return (
    <form onSubmit={(e) => (setMessage(null), onSubmit(e))} noValidate aria-label="Protokół">
      <FormError message={formError} />
      {message && <Status text={message} />}
      <TextAreaField form={form} name="minutes" label="Protokół — przebieg spotkania" rows={12} hint="Przypadki opisuj bez danych pozwalających zidentyfikować osoby i rodziny." />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={submitting} onClick={() => form.setValue('publish', false)} className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-slate-100 disabled:opacity-70">
          Zapisz projekt
        </button>
        <button type="submit" disabled={submitting} onClick={() => form.setValue('publish', true)} className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70">
          {published ? 'Opublikuj ponownie' : 'Opublikuj protokół'}
        </button>
      </div>
    </form>
  );
}

'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SelectField, SubmitButton, TextField, type Option, type OptionGroup } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { addInstitutionParticipantAction, addUserParticipantAction, closeAttendanceAction, removeParticipantAction, saveTrainingAttendanceAction } from '@/app/(app)/szkola/actions';
import { institutionParticipantSchema, userParticipantSchema } from '@/lib/school/training-schemas';
import { plural, WORDS } from '@/lib/plural';
import { Form } from '@/components/forms/Form';

function Status({ text }: { text: string | null }) {
  return (
    <p role="status" className="mb-3 text-green-900">
      {text}
    </p>
  );
}

/** A participant with a user account of the województwo: name and institution copied from the account. */
export function AddUserParticipantForm({ trainingId, users }: { trainingId: number; users: Option[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const empty = { trainingId, userId: '' };
  const { form, onSubmit, formError, submitting } = useActionForm(userParticipantSchema, addUserParticipantAction, {
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Dodaj uczestnika z kontem na platformie" className="mb-4 rounded border border-slate-200 bg-slate-50 p-3">
      <h3 className="mb-2 text-lg font-semibold">Osoba z kontem na platformie</h3>
      <FormError message={formError} />
      {saved && <Status text="Dodano uczestnika." />}
      <SelectField form={form} name="userId" label="Konto użytkownika" hint="Osoby z rolą w województwie; imię i nazwisko, funkcja i instytucja zostaną przepisane z konta." required options={users} />
      <SubmitButton submitting={submitting}>Dodaj uczestnika</SubmitButton>
    </Form>
  );
}

/** A person of an institution from the registry, without an account: name and function typed. */
export function AddInstitutionParticipantForm({ trainingId, groups }: { trainingId: number; groups: OptionGroup[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const empty = { trainingId, institutionId: '' as unknown as number, name: '', function: '' };
  const { form, onSubmit, formError, submitting } = useActionForm(institutionParticipantSchema, addInstitutionParticipantAction, {
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label="Dodaj osobę z instytucji" className="mb-4 rounded border border-slate-200 bg-slate-50 p-3">
      <h3 className="mb-2 text-lg font-semibold">Osoba z instytucji z rejestru</h3>
      <FormError message={formError} />
      {saved && <Status text="Dodano uczestnika." />}
      <SelectField form={form} name="institutionId" label="Instytucja" required groups={groups} />
      <TextField form={form} name="name" label="Imię i nazwisko" autoComplete="off" required />
      <TextField form={form} name="function" label="Funkcja" hint="Np. dyrektor, pracownik socjalny, radna gminy." required />
      <SubmitButton submitting={submitting}>Dodaj osobę z instytucji</SubmitButton>
    </Form>
  );
}

export function RemoveParticipantButton({ trainingId, participantId, name }: { trainingId: number; participantId: number; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`Usuń uczestnika: ${name}`}
        className="text-red-800 underline disabled:opacity-70"
        onClick={() =>
          start(async () => {
            setError(null);
            const r = await callAction(() => removeParticipantAction({ trainingId, participantId }));
            if (!r.ok) setError(r.message);
            router.refresh();
          })
        }
      >
        Usuń
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}

type Person = { id: number; name: string; function: string; institutionName: string | null };

/** The attendance list, saved as a whole. */
export function TrainingAttendanceForm({ trainingId, participants, attended }: { trainingId: number; participants: Person[]; attended: number[] }) {
  const router = useRouter();
  const [checked, setChecked] = useState(() => new Set(attended));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    setError(null);
    start(async () => {
      const r = await callAction(() => saveTrainingAttendanceAction({ trainingId, attended: [...checked] }));
      if (r.ok) {
        const d = r.data as { present: number; absent: number };
        setMessage(`Zapisano obecność: obecnych ${d.present}, nieobecnych ${d.absent}.`);
        router.refresh();
      } else setError(r.message);
    });
  };
  return (
    <form onSubmit={submit} aria-label="Obecność na szkoleniu" className="mb-4">
      <FormError message={error} />
      <Status text={message} />
      <fieldset className="mb-3">
        <legend className="mb-1 font-semibold">Obecni na szkoleniu</legend>
        {participants.map((p) => (
          <label key={p.id} className="mt-1 flex items-center gap-2">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={checked.has(p.id)}
              onChange={(e) => {
                const next = new Set(checked);
                if (e.target.checked) next.add(p.id);
                else next.delete(p.id);
                setChecked(next);
              }}
            />
            {p.name} <span className="text-slate-600">({[p.function, p.institutionName].filter(Boolean).join(', ') || 'bez instytucji'})</span>
          </label>
        ))}
      </fieldset>
      <SubmitButton submitting={pending}>Zapisz obecność</SubmitButton>
    </form>
  );
}

/** Closes the list: numbers and codes for the attendees, the schedule's step done. Irreversible. */
export function CloseAttendanceButton({ trainingId, version, attendees }: { trainingId: number; version: number; attendees: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
      <p className="mb-2">
        Zapisana obecność: {attendees} {plural(attendees, WORDS.person)}. Zamknięcie listy nada obecnym numery zaświadczeń i kody weryfikacyjne oraz oznaczy krok harmonogramu jako wykonany. Potem listy
        obecności nie można już zmienić.
      </p>
      <FormError message={error} />
      <Status text={message} />
      <button
        type="button"
        disabled={pending}
        className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70"
        onClick={() =>
          start(async () => {
            setError(null);
            const r = await callAction(() => closeAttendanceAction({ trainingId, version }));
            if (r.ok) {
              const n = (r.data as { certificates: unknown[] }).certificates.length;
              setMessage(`Lista obecności zamknięta. Wydano ${n} ${plural(n, WORDS.certificate)}.`);
            } else setError(r.message);
            router.refresh();
          })
        }
      >
        {pending ? 'Zamykanie…' : 'Zamknij listę obecności i wydaj zaświadczenia'}
      </button>
    </div>
  );
}

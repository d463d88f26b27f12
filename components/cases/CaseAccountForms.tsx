'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { CheckboxGroup, FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { closeCaseAction, recordConsentAction, removeHouseholdMemberAction, saveHouseholdMemberAction, saveTeamAction, withdrawConsentAction } from '@/app/(app)/sprawy/actions';
import { closeCaseSchema, consentSchema, householdMemberSchema, teamSchema, withdrawConsentSchema } from '@/lib/cases/schemas';
import { CONSENT_FORMS, CONSENT_KINDS } from '@/lib/cases/vocabulary';
import { Form } from '@/components/forms/Form';

/*
 * The forms of the case account's main page: household, consents, key worker and team, closing.
 * Each uses its schema from lib/cases/schemas.ts; the server parses the same schema again.
 */

const Saved = ({ text }: { text: string }) => (
  <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
    {text}
  </p>
);

export interface MemberDefaults {
  memberId?: number;
  version?: number;
  firstName: string;
  lastName: string;
  birthYear: string;
  relation: string;
  pesel: string;
  notes: string;
}

/** Adds a household member, or edits one (with its version: a stale edit gets a conflict). */
export function MemberForm({ caseId, defaults, label }: { caseId: number; defaults?: MemberDefaults; label: string }) {
  const router = useRouter();
  const empty = { firstName: '', lastName: '', birthYear: '', relation: '', pesel: '', notes: '' };
  const { form, onSubmit, formError, submitting, done } = useActionForm(householdMemberSchema, saveHouseholdMemberAction, {
    defaultValues: { caseId, ...(defaults ?? empty) } as never,
    onSuccess: () => {
      if (!defaults) form.reset({ caseId, ...empty } as never);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={label} className="max-w-2xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {done && <Saved text="Zapisano osobę." />}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="firstName" label="Imię" required />
        <TextField form={form} name="lastName" label="Nazwisko" required />
        <TextField form={form} name="birthYear" type="number" min={1900} max={2100} label="Rok urodzenia" />
        <TextField form={form} name="relation" label="Relacja w rodzinie" hint="Np. matka, syn, dziadek." required />
      </div>
      <TextField form={form} name="pesel" label="PESEL (opcjonalnie)" hint="Tylko gdy jest potrzebny; w listach widać jedynie 4 ostatnie cyfry." />
      <TextAreaField form={form} name="notes" label="Uwagi" rows={2} />
      <SubmitButton submitting={submitting}>{defaults ? 'Zapisz zmiany osoby' : 'Dodaj osobę'}</SubmitButton>
    </Form>
  );
}

/** A small form-less action button with its error announced. */
function ActionButton({ label, confirmText, run }: { label: string; confirmText: string; run: () => Promise<{ ok: boolean; message?: string }> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        className="rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50"
        onClick={async () => {
          if (!window.confirm(confirmText)) return;
          setBusy(true);
          const r = await callAction(() => run());
          setBusy(false);
          if (r.ok) router.refresh();
          else setError(r.message ?? 'Nie udało się.');
        }}
      >
        {label}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </>
  );
}

export function RemoveMemberButton({ caseId, memberId, name }: { caseId: number; memberId: number; name: string }) {
  return <ActionButton label={`Usuń: ${name}`} confirmText={`Usunąć ${name} ze sprawy?`} run={() => removeHouseholdMemberAction({ caseId, memberId })} />;
}

export function ConsentForm({ caseId }: { caseId: number }) {
  const router = useRouter();
  const defaults = { caseId, kind: 'cooperation', givenOn: '', form: 'written', givenBy: '', institutions: '' };
  const { form, onSubmit, formError, submitting, done } = useActionForm(consentSchema, recordConsentAction, {
    defaultValues: defaults as never,
    onSuccess: () => {
      form.reset(defaults as never);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Odnotowanie zgody" className="max-w-2xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {done && <Saved text="Odnotowano zgodę." />}
      <RadioField form={form} name="kind" label="Rodzaj zgody" required options={Object.entries(CONSENT_KINDS).map(([value, label]) => ({ value, label }))} />
      <TextField form={form} name="givenOn" type="date" narrow label="Data wyrażenia zgody" required />
      <RadioField form={form} name="form" label="Jak wyrażono zgodę" required options={Object.entries(CONSENT_FORMS).map(([value, label]) => ({ value, label }))} />
      <TextField form={form} name="givenBy" label="Kto wyraził zgodę" hint="Imię i nazwisko członka rodziny albo opiekuna prawnego." required />
      <TextAreaField form={form} name="institutions" label="Instytucje, między którymi można przekazywać dane" hint="Wymagane przy zgodzie na przekazywanie danych." rows={2} />
      <SubmitButton submitting={submitting}>Odnotuj zgodę</SubmitButton>
    </Form>
  );
}

export function WithdrawConsentForm({ caseId, consentId, kindLabel }: { caseId: number; consentId: number; kindLabel: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(withdrawConsentSchema, withdrawConsentAction, {
    defaultValues: { caseId, consentId, withdrawnOn: '', note: '' } as never,
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Wycofanie: ${kindLabel}`} className="mt-2">
      <FormError message={formError} />
      <TextField form={form} name="withdrawnOn" type="date" narrow label="Data wycofania zgody" required />
      <TextField form={form} name="note" label="Uwagi do wycofania" />
      <p className="mb-2 text-sm text-red-800">Wycofanie zgody zamyka sprawę dla nowych działań.</p>
      <SubmitButton submitting={submitting}>Odnotuj wycofanie zgody</SubmitButton>
    </Form>
  );
}

export function TeamForm({ caseId, version, keyWorkerId, memberIds, keyWorkers, members }: { caseId: number; version: number; keyWorkerId: string; memberIds: number[]; keyWorkers: Option[]; members: Option[] }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(teamSchema, saveTeamAction, {
    defaultValues: { caseId, version, keyWorkerId, memberIds: memberIds.map(String) } as never,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version as never);
      router.refresh();
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Pracownik kluczowy i zespół sprawy" className="max-w-2xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {done && <Saved text="Zapisano zespół sprawy." />}
      <SelectField form={form} name="keyWorkerId" label="Pracownik kluczowy" required options={keyWorkers} />
      {members.length > 0 ? (
        <CheckboxGroup form={form} name="memberIds" legend="Zespół sprawy (członkowie PZK z kontem na platformie)" options={members} required={false} hint="Tylko te osoby (oraz pracownik kluczowy i animatorzy) mogą otwierać konto." />
      ) : (
        <p className="mb-3 text-sm">W PZK nie ma jeszcze osób z kontem na platformie.</p>
      )}
      <SubmitButton submitting={submitting}>Zapisz zespół sprawy</SubmitButton>
    </Form>
  );
}

export function CloseCaseForm({ caseId, version }: { caseId: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(closeCaseSchema, closeCaseAction, {
    defaultValues: { caseId, version, closedOn: '', reason: '' } as never,
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Zamknięcie sprawy" className="max-w-2xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      <TextField form={form} name="closedOn" type="date" narrow label="Data zamknięcia" required />
      <TextAreaField form={form} name="reason" label="Powód zamknięcia" hint="Np. zakończony okres monitorowania trwałości zmian." required rows={2} />
      <SubmitButton submitting={submitting}>Zamknij sprawę</SubmitButton>
    </Form>
  );
}

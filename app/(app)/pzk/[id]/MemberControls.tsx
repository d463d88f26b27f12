'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { memberSchema, TEAM_ROLES } from '@/lib/pzk/schemas';
import { acceptMemberAction, addMemberAction, removeMemberAction } from '../actions';
import { Form } from '@/components/forms/Form';

/** Adding a person: the PCPR animator adds; anyone else in the team proposes. */
export function MemberForm({ pzkId, institutions, proposing }: { pzkId: number; institutions: { id: number; name: string }[]; proposing: boolean }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(memberSchema, addMemberAction, {
    defaultValues: { pzkId, institutionId: undefined, name: '', function: '', teamRole: 'invited', email: '', phone: '' } as never,
    onSuccess: () => {
      form.reset();
      setDone(proposing ? 'Wysłano propozycję — animator PCPR zdecyduje o włączeniu tej osoby do zespołu.' : 'Dodano osobę do zespołu.');
      router.refresh();
    },
  });
  return (
    <Form onSubmit={(e) => (setDone(null), onSubmit(e))} noValidate aria-labelledby="dodaj-h" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="dodaj-h" className="mb-3 text-lg font-semibold">
        {proposing ? 'Zaproponuj osobę do zespołu' : 'Dodaj osobę do zespołu'}
      </h2>
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {done}
        </p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name="name" label="Imię i nazwisko" required />
        <TextField form={form} name="function" label="Stanowisko / funkcja" required />
        <SelectField form={form} name="teamRole" label="Rola w zespole" required options={Object.entries(TEAM_ROLES).map(([value, label]) => ({ value, label }))} />
        <SelectField form={form} name="institutionId" label="Instytucja" hint="Puste dla osoby działającej we własnym imieniu (np. lider-ekspert)." options={institutions.map((i) => ({ value: String(i.id), label: i.name }))} placeholder="— bez instytucji —" />
        <TextField form={form} name="email" label="Służbowy e-mail" type="email" />
        <TextField form={form} name="phone" label="Służbowy telefon" type="tel" />
      </div>
      <SubmitButton submitting={submitting}>{proposing ? 'Zaproponuj' : 'Dodaj do zespołu'}</SubmitButton>
    </Form>
  );
}

/** Accept a proposal or take a person off the team (PCPR animator). */
export function MemberActions({ memberId, version, name, proposed }: { memberId: number; version: number; name: string; proposed: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: typeof acceptMemberAction) => {
    setBusy(true);
    const r = await callAction(() => action({ memberId, version }));
    setBusy(false);
    if (!r.ok) return setError(r.message);
    router.refresh();
  };
  return (
    <div className="flex flex-wrap gap-2">
      {error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      )}
      {proposed && (
        <button type="button" disabled={busy} onClick={() => run(acceptMemberAction)} className="rounded bg-brand-800 px-3 py-1 text-sm text-white hover:bg-brand-900">
          Przyjmij: {name}
        </button>
      )}
      <button type="button" disabled={busy} onClick={() => run(removeMemberAction)} className="rounded border border-slate-500 bg-white px-3 py-1 text-sm hover:bg-slate-100">
        {proposed ? 'Odrzuć' : 'Usuń z zespołu'}: {name}
      </button>
    </div>
  );
}

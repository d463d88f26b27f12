'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { FormError, SelectField, SubmitButton, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { requestAccountSchema } from '@/lib/accounts/schemas';
import { requestAccountAction } from './actions';
import { Form } from '@/components/forms/Form';

interface Lookup {
  powiats: { id: number; name: string; isCity: boolean }[];
  gminas: { id: number; name: string }[];
  institutions: { id: number; name: string }[];
}

export function RequestAccountForm({ voivodeships, roles }: { voivodeships: Option[]; roles: (Option & { levels: string[] })[] }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(requestAccountSchema, requestAccountAction, {
    onSuccess: () => router.push('/rejestracja/wyslano'),
  });
  const [lookup, setLookup] = useState<Lookup>({ powiats: [], gminas: [], institutions: [] });
  const [voivodeshipId, powiatId, gminaId, role] = form.watch(['voivodeshipId', 'powiatId', 'gminaId', 'role']);
  const levels = roles.find((r) => r.value === role)?.levels ?? [];
  const showTerritory = levels.some((l) => l === 'powiat' || l === 'gmina');

  useEffect(() => {
    if (!voivodeshipId) return;
    const q = new URLSearchParams({ voivodeshipId: String(voivodeshipId) });
    if (powiatId) q.set('powiatId', String(powiatId));
    if (gminaId) q.set('gminaId', String(gminaId));
    let live = true;
    fetch(`/api/terytorium?${q}`)
      .then((r) => r.json())
      .then((data: Lookup) => live && setLookup(data))
      .catch(() => live && setLookup({ powiats: [], gminas: [], institutions: [] }));
    return () => {
      live = false;
    };
  }, [voivodeshipId, powiatId, gminaId]);

  return (
    <Form onSubmit={onSubmit} noValidate>
      <FormError message={formError} />
      <fieldset className="mb-6">
        <legend className="mb-3 text-lg font-semibold">Dane osoby</legend>
        <TextField form={form} name="name" label="Imię i nazwisko" autoComplete="name" required />
        <TextField form={form} name="email" label="Służbowy adres e-mail" type="email" autoComplete="email" required />
        <TextField form={form} name="jobTitle" label="Funkcja / stanowisko" hint="Np. pracownik socjalny, pedagog szkolny, dzielnicowy." required />
        <TextField form={form} name="password" label="Hasło" type="password" autoComplete="new-password" hint="Co najmniej 10 znaków." required />
        <TextField form={form} name="passwordConfirm" label="Powtórz hasło" type="password" autoComplete="new-password" required />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="mb-3 text-lg font-semibold">Rola i obszar działania</legend>
        <SelectField form={form} name="role" label="Wnioskowana rola" options={roles} required />
        <SelectField
          form={form}
          name="voivodeshipId"
          label="Województwo"
          options={voivodeships}
          required
          onChange={() => {
            form.setValue('powiatId', '');
            form.setValue('gminaId', '');
            form.setValue('institutionId', '');
          }}
        />
        {showTerritory && (
          <>
            <SelectField
              form={form}
              name="powiatId"
              label="Powiat"
              options={lookup.powiats.map((p) => ({ value: p.id, label: p.isCity ? `${p.name} (miasto na prawach powiatu)` : `powiat ${p.name}` }))}
              required
              onChange={() => {
                form.setValue('gminaId', '');
                form.setValue('institutionId', '');
              }}
            />
            {levels.includes('gmina') && (
              <SelectField
                form={form}
                name="gminaId"
                label="Gmina"
                hint={levels.includes('powiat') ? 'Pozostaw puste, jeśli działasz w całym powiecie.' : undefined}
                options={lookup.gminas.map((g) => ({ value: g.id, label: g.name }))}
                required={!levels.includes('powiat')}
              />
            )}
          </>
        )}
        <SelectField
          form={form}
          name="institutionId"
          label="Instytucja"
          hint="Lista instytucji z wybranego obszaru. Jeśli Twojej instytucji nie ma na liście, skontaktuj się z ROPS."
          options={lookup.institutions.map((i) => ({ value: i.id, label: i.name }))}
          required
        />
      </fieldset>
      <SubmitButton submitting={submitting}>Wyślij wniosek</SubmitButton>
    </Form>
  );
}

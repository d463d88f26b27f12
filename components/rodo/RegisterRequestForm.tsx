'use client';
import { useRouter } from 'next/navigation';
import { Form } from '@/components/forms/Form';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { registerRequestAction } from '@/app/(app)/admin/rodo/[id]/actions';
import { REQUEST_KIND_KEYS, REQUEST_KINDS, registerRequestSchema } from '@/lib/rodo/request-schemas';
import { clock } from '@/lib/clock';

/**
 * Registers a data-subject request. The case is named by its number (found in the administrator's
 * województwo only); its household members come from the "Wczytaj osoby" search above the form.
 */
export function RegisterRequestForm({ today, caseNumber, members }: { today: string; caseNumber: string; members: Option[] }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting } = useActionForm(registerRequestSchema, registerRequestAction, {
    defaultValues: { kind: undefined, requesterName: '', requesterContact: '', receivedOn: today, caseNumber, caseMemberId: '', subject: '' } as never,
    onSuccess: (data) => {
      if (data) router.push(`/admin/rodo/${data.id}?zarejestrowano=${encodeURIComponent(data.number)}`);
    },
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Nowe żądanie" className="max-w-2xl">
      <FormError message={formError} />
      <SelectField form={form} name="kind" label="Rodzaj żądania" required options={REQUEST_KIND_KEYS.map((k) => ({ value: k, label: REQUEST_KINDS[k] }))} />
      <TextField form={form} name="requesterName" label="Kto złożył żądanie" hint="Osoba, której dane dotyczą, albo jej przedstawiciel." required autoComplete="off" />
      <TextField form={form} name="requesterContact" label="Kontakt do odpowiedzi" hint="Adres pocztowy, e-mail lub telefon — tak, jak osoba chce otrzymać odpowiedź." autoComplete="off" />
      <TextField form={form} name="receivedOn" label="Data wpływu" type="date" required narrow max={today} hint="Od tej daty liczy się miesiąc na odpowiedź (art. 12 ust. 3 RODO)." />
      <TextField form={form} name="caseNumber" label="Numer sprawy" hint={`Np. R/${clock.year()}/0004. Pozostaw puste, jeśli osoba nie ma sprawy w systemie.`} autoComplete="off" />
      {members.length > 0 && <SelectField form={form} name="caseMemberId" label="Osoba z gospodarstwa domowego" placeholder="— nie dotyczy jednej osoby —" options={members} />}
      <TextAreaField form={form} name="subject" label="Czego dotyczy żądanie" hint="Słowami osoby, bez danych szczególnej kategorii (np. o zdrowiu)." rows={4} />
      <SubmitButton submitting={submitting}>Zarejestruj żądanie</SubmitButton>
    </Form>
  );
}

'use client';
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { CheckboxGroup, FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { qualificationChecklist, type ConsentState } from '@/lib/cases/qualification-rules';
import { OPINION_LIMITS, qualificationSchema, type QualificationInput } from '@/lib/cases/qualification-schemas';
import { QUALIFICATION_CRITERIA, QUALIFICATION_CRITERIA_KEYS } from '@/lib/cases/vocabulary';
import { decideQualificationAction } from './actions';
import { Form } from '@/components/forms/Form';

const DECISIONS = [
  { value: 'qualified', label: 'Zakwalifikowanie do współpracy w modelu' },
  { value: 'refused', label: 'Odmowa kwalifikacji' },
];

const emptyOpinion = { institutionId: '', institutionName: '', reason: '' };

/**
 * The qualification decision. The checklist above the fields follows what is typed; the server
 * checks the same rules (and the consents recorded at that moment) before recording anything.
 */
export function QualificationForm({
  caseId,
  version,
  consents,
  institutions,
  meetings,
  defaults,
}: {
  caseId: number;
  version: number;
  consents: ConsentState[];
  institutions: Option[];
  meetings: Option[];
  defaults: { decidedOn: string; meetingId: string };
}) {
  const router = useRouter();
  const initial: QualificationInput = {
    caseId,
    version,
    decision: '' as never,
    decidedOn: defaults.decidedOn,
    opinions: [emptyOpinion],
    welfareVerifiedOn: '',
    pcprConsultedOn: '',
    criteria: [],
    meetingId: defaults.meetingId,
    refusalReason: '',
  };
  const { form, onSubmit, formError, submitting } = useActionForm(qualificationSchema, decideQualificationAction, {
    defaultValues: initial as never,
    onSuccess: () => router.refresh(),
  });
  const opinions = useFieldArray({ control: form.control, name: 'opinions' as never });
  const values = form.watch();
  const decision = values.decision as string;
  const checklist = qualificationChecklist(values as never, { consents });
  const opinionsError = (form.formState.errors.opinions as { message?: string; root?: { message?: string } } | undefined);
  const opinionsMessage = opinionsError?.message ?? opinionsError?.root?.message;

  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Decyzja o kwalifikacji" className="max-w-3xl">
      <FormError message={formError} />

      <section aria-labelledby="warunki-kwalifikacji" className="mb-6 rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="warunki-kwalifikacji" className="mb-2 text-lg font-semibold">
          Warunki zakwalifikowania
        </h2>
        <p className="mb-2 text-sm text-slate-700">Zakwalifikować można dopiero, gdy spełnione są wszystkie warunki. Odmowa wymaga tylko podania powodu.</p>
        <ul className="space-y-1">
          {checklist.map((item) => (
            <li key={item.key} className="flex gap-2">
              <span aria-hidden="true" className={item.met ? 'text-green-800' : 'text-red-800'}>
                {item.met ? '✓' : '✗'}
              </span>
              <span>
                {item.label} — <strong className={item.met ? 'text-green-900' : 'text-red-900'}>{item.met ? 'spełniony' : 'brak'}</strong>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <RadioField form={form} name="decision" label="Decyzja" required options={DECISIONS} />
      <TextField narrow form={form} name="decidedOn" type="date" label="Data decyzji" required />

      <fieldset className="mb-4" aria-describedby={opinionsMessage ? 'opinie-blad' : undefined}>
        <legend className="mb-1 text-lg font-semibold">Pozytywne opinie instytucji</legend>
        <p className="mb-2 text-sm text-slate-700">Co najmniej jedna instytucja: wybierz ją z listy PZK albo wpisz nazwę, i napisz, dlaczego opiniuje pozytywnie.</p>
        {opinionsMessage && (
          <p id="opinie-blad" className="mb-2 text-sm font-medium text-red-800">
            {opinionsMessage}
          </p>
        )}
        {opinions.fields.map((field, i) => (
          <div key={field.id} className="mb-3 rounded border border-slate-200 bg-white p-3">
            <SelectField form={form} name={`opinions.${i}.institutionId` as never} label={`Opinia ${i + 1} — instytucja z PZK`} options={institutions} placeholder="— spoza listy —" />
            <TextField form={form} name={`opinions.${i}.institutionName` as never} label={`Opinia ${i + 1} — nazwa instytucji (jeśli nie ma jej na liście)`} />
            <TextAreaField form={form} name={`opinions.${i}.reason` as never} label={`Opinia ${i + 1} — uzasadnienie`} rows={2} />
            <button type="button" onClick={() => opinions.remove(i)} className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
              Usuń opinię {i + 1}
            </button>
          </div>
        ))}
        {opinions.fields.length < OPINION_LIMITS.max && (
          <button type="button" onClick={() => opinions.append(emptyOpinion as never)} className="rounded border border-brand-800 px-3 py-2 text-sm font-medium text-brand-800 hover:bg-slate-100">
            Dodaj opinię
          </button>
        )}
      </fieldset>

      <TextField narrow form={form} name="welfareVerifiedOn" type="date" label="Data weryfikacji w systemie pomocy społecznej (animator GOPS)" />
      <TextField narrow form={form} name="pcprConsultedOn" type="date" label="Data konsultacji z animatorem PCPR w zespole" />
      <CheckboxGroup
        form={form}
        name="criteria"
        legend="Kryteria kwalifikacji z modelu"
        hint="Przy zakwalifikowaniu — co najmniej jedno."
        required={false}
        options={QUALIFICATION_CRITERIA_KEYS.map((k) => ({ value: k, label: QUALIFICATION_CRITERIA[k] }))}
      />
      <SelectField form={form} name="meetingId" label="Spotkanie PZK, na którym przedstawiono sprawę" options={meetings} placeholder="— nie wskazano —" />
      {decision === 'refused' && <TextAreaField form={form} name="refusalReason" label="Powód odmowy" required rows={3} />}
      <SubmitButton submitting={submitting}>Zapisz decyzję</SubmitButton>
    </Form>
  );
}

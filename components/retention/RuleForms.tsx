'use client';
import { useRouter } from 'next/navigation';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { useActionForm } from '@/components/forms/use-action-form';
import { saveInstitutionRetentionAction, saveRetentionRuleAction } from '@/app/(app)/admin/retencja/zasady/actions';
import { CATEGORY_LABELS, MAX_YEARS, MIN_YEARS, RETENTION_CATEGORIES } from '@/lib/retention/rules';
import { MAX_DAYS, MIN_DAYS, USE_DEFAULT, classRuleSchema, dayRuleSchema, followRuleSchema, institutionClassSchema } from '@/lib/retention/schemas';

const CATEGORY_OPTIONS = RETENTION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));
const YEARS_HINT = `Dla kategorii B i BE: od ${MIN_YEARS} do ${MAX_YEARS}, liczone od 1 stycznia roku następnego po zakończeniu sprawy. Dla kategorii A zostaw puste.`;
const SYMBOL_HINT = 'Symbol klasy z jednolitego rzeczowego wykazu akt (np. 5131); może zostać pusty.';
const frame = 'mb-6 max-w-3xl rounded border border-slate-300 bg-slate-50 p-4';

function Saved({ done, children = 'Zapisano.' }: { done: boolean; children?: string }) {
  return done ? (
    <p role="status" className="mb-3 text-green-900">
      {children}
    </p>
  ) : null;
}

/** The national default of closed family cases: JRWA category and years, symbol, basis. */
export function ClassRuleForm({ label, initial }: { label: string; initial: { version: number; category: string; years: number | null; symbol: string; basis: string } }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(classRuleSchema, saveRetentionRuleAction, {
    defaultValues: { kind: 'family_case', version: String(initial.version), category: initial.category as 'B', years: initial.years == null ? '' : String(initial.years), symbol: initial.symbol, basis: initial.basis },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Kategoria domyślna: ${label}`} className={frame}>
      <FormError message={formError} />
      <Saved done={done} />
      <SelectField form={form} name="category" label="Kategoria archiwalna" options={CATEGORY_OPTIONS} required />
      <TextField narrow form={form} name="years" type="number" min={MIN_YEARS} max={MAX_YEARS} label="Liczba lat" hint={YEARS_HINT} />
      <TextField narrow form={form} name="symbol" label="Symbol JRWA" hint={SYMBOL_HINT} />
      <TextAreaField form={form} name="basis" label="Podstawa prawna i uzasadnienie" rows={3} required />
      <SubmitButton submitting={submitting}>Zapisz</SubmitButton>
    </Form>
  );
}

/** A national default counted in days (rejected account requests, login failures). */
export function DayRuleForm({ kind, label, initial }: { kind: 'account_request_rejected' | 'login_failure'; label: string; initial: { version: number; days: number | null; basis: string } }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(dayRuleSchema, saveRetentionRuleAction, {
    defaultValues: { kind, version: String(initial.version), days: initial.days == null ? '' : String(initial.days), basis: initial.basis },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Okres przechowywania: ${label}`} className={frame}>
      <FormError message={formError} />
      <Saved done={done} />
      <TextField narrow form={form} name="days" type="number" min={MIN_DAYS} max={MAX_DAYS} label="Liczba dni" hint={`Od ${MIN_DAYS} do ${MAX_DAYS}.`} required />
      <TextAreaField form={form} name="basis" label="Podstawa prawna i uzasadnienie" rows={3} required />
      <SubmitButton submitting={submitting}>Zapisz</SubmitButton>
    </Form>
  );
}

/** Record-access audit entries follow their record: only the basis is written. */
export function FollowRuleForm({ label, initial }: { label: string; initial: { version: number; basis: string } }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(followRuleSchema, saveRetentionRuleAction, {
    defaultValues: { kind: 'record_access_audit', version: String(initial.version), basis: initial.basis },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={`Podstawa: ${label}`} className={frame}>
      <FormError message={formError} />
      <Saved done={done} />
      <TextAreaField form={form} name="basis" label="Podstawa prawna i uzasadnienie" rows={3} required />
      <SubmitButton submitting={submitting}>Zapisz</SubmitButton>
    </Form>
  );
}

/** An institution's own JRWA class of family cases, or back to the national default. */
export function InstitutionClassForm({ institutionId, nationalLabel, initial }: { institutionId: number; nationalLabel: string; initial: { version: number; category: string | null; years: number | null; symbol: string; basis: string } }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(institutionClassSchema, saveInstitutionRetentionAction, {
    defaultValues: {
      institutionId: String(institutionId),
      version: String(initial.version),
      category: (initial.category ?? USE_DEFAULT) as 'B',
      years: initial.years == null ? '' : String(initial.years),
      symbol: initial.symbol,
      basis: initial.basis,
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Własna kategoria archiwalna akt spraw" className={frame}>
      <FormError message={formError} />
      <Saved done={done} />
      <SelectField
        form={form}
        name="category"
        label="Kategoria archiwalna akt zakończonych spraw"
        options={[{ value: USE_DEFAULT, label: `Domyślna krajowa (${nationalLabel})` }, ...CATEGORY_OPTIONS]}
        required
      />
      <TextField narrow form={form} name="years" type="number" min={MIN_YEARS} max={MAX_YEARS} label="Liczba lat" hint={YEARS_HINT} />
      <TextField narrow form={form} name="symbol" label="Symbol JRWA" hint={SYMBOL_HINT} />
      <TextAreaField form={form} name="basis" label="Podstawa (np. instrukcja kancelaryjna instytucji)" rows={2} />
      <SubmitButton submitting={submitting}>Zapisz kategorię</SubmitButton>
    </Form>
  );
}

import Link from 'next/link';
import { FormError } from '@/components/forms/fields';
import { FORM_INVALID_SUMMARY, type FieldErrors } from '@/lib/errors';
import { CALCULATOR_FIELDS, FIELD_GROUPS, type CalculatorField, type FieldGroup, type FieldName } from '@/lib/calculator/fields';
import { linkClass } from '@/components/ui/PageHeader';

/*
 * The calculator's form: a plain GET form rendered on the server. The result is a page of its own
 * URL (shareable, printable as /kalkulator/pdf with the same query) and needs no JavaScript; the
 * server validates with the one zod schema and the errors come back next to their fields.
 */

const inputClass = 'mt-1 block w-40 rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50';

export const fieldId = (name: string) => `kalk-${name}`;

function Field({ f, value, error }: { f: CalculatorField; value: string; error?: string }) {
  const id = fieldId(f.name);
  const describedBy = [f.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {f.label}
      </label>
      <input
        id={id}
        name={f.name}
        type="text"
        inputMode={f.integer ? 'numeric' : 'decimal'}
        defaultValue={value}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {f.hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {f.hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** A województwo whose rates the calculator may use (the list of all; none chosen: the defaults). */
export interface RatesRegion {
  id: number;
  name: string;
}

export function CalculatorForm({ values, errors, regions = [], regionId = null }: { values: Record<FieldName, string>; errors?: FieldErrors; regions?: RatesRegion[]; regionId?: number | null }) {
  const groups = Object.keys(FIELD_GROUPS) as FieldGroup[];
  const errorList = errors ? CALCULATOR_FIELDS.filter((f) => errors[f.name]) : [];
  return (
    <form method="get" action="/kalkulator" aria-labelledby="formularz-kalkulatora" className="mb-8 max-w-4xl" noValidate>
      <h2 id="formularz-kalkulatora" className="mb-3 text-xl font-semibold">
        Opis sytuacji osoby lub rodziny
      </h2>
      {errorList.length > 0 && (
        <FormError message={FORM_INVALID_SUMMARY}>
          <ul className="mt-1 list-disc pl-5">
            {errorList.map((f) => (
              <li key={f.name}>
                <a href={`#${fieldId(f.name)}`} className="underline">
                  {f.label}: {errors![f.name].join(' ')}
                </a>
              </li>
            ))}
          </ul>
        </FormError>
      )}
      {regions.length > 0 && (
        <div className="mb-6">
          <label htmlFor="kalkulator-woj" className="block font-medium">
            Stawki województwa
          </label>
          <p id="kalkulator-woj-hint" className="text-sm text-slate-600">
            Stawki ogłoszone przez ROPS wybranego województwa; gdzie ich brak — stawki domyślne (wartości przykładowe).
          </p>
          <select id="kalkulator-woj" name="woj" defaultValue={regionId ?? ''} aria-describedby="kalkulator-woj-hint" className="mt-1 block min-h-11 max-w-full rounded border border-slate-500 bg-white px-3 py-2">
            <option value="">stawki domyślne</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {groups.map((g) => (
        <fieldset key={g} className="mb-6 rounded border border-slate-300 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{FIELD_GROUPS[g].legend}</legend>
          <p className="mb-3 text-sm text-slate-700">{FIELD_GROUPS[g].description}</p>
          <div className="grid gap-x-6 sm:grid-cols-2">
            {CALCULATOR_FIELDS.filter((f) => f.group === g).map((f) => (
              <Field key={f.name} f={f} value={values[f.name]} error={errors?.[f.name]?.join(' ')} />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-11 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
          Oblicz koszty
        </button>
        <Link href="/kalkulator" className={linkClass}>
          Przywróć wartości przykładowe
        </Link>
      </div>
    </form>
  );
}

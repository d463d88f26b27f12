import type { ReactNode } from 'react';

/*
 * The filters of a case's access log: a GET form (works without JavaScript, keeps the filters in
 * the URL), each field with its label and, after a bad value in the address, its Polish message
 * beside it (aria-invalid, aria-describedby).
 */

const control = 'mt-1 min-h-11 w-full rounded border border-slate-500 px-2 py-2';

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

const invalid = (id: string, error?: string) => (error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});

export interface AccessLogFilterValues {
  kto?: string;
  rola?: string;
  rodzaj?: string;
  spoza?: boolean;
  od?: string;
  do?: string;
}

export function AccessLogFilter({
  values,
  errors,
  people,
  roles,
  kinds,
  clearHref,
}: {
  values: AccessLogFilterValues;
  errors: Partial<Record<keyof AccessLogFilterValues | 'strona', string>>;
  people: { value: string; label: string }[];
  roles: { value: string; label: string }[];
  kinds: { value: string; label: string }[];
  clearHref: string;
}) {
  const select = (id: string, name: keyof AccessLogFilterValues, label: string, options: { value: string; label: string }[]) => (
    <Field id={id} label={label} error={errors[name]}>
      <select id={id} name={name} defaultValue={(values[name] as string | undefined) ?? ''} className={control} {...invalid(id, errors[name])}>
        <option value="">— wszystkie —</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form method="get" role="search" aria-label="Filtry dziennika dostępu" className="mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      {select('f-kto', 'kto', 'Kto', people)}
      {select('f-rola', 'rola', 'Rola', roles)}
      {select('f-rodzaj', 'rodzaj', 'Co otwarto', kinds)}
      <Field id="f-od" label="Od dnia" error={errors.od}>
        <input id="f-od" name="od" type="date" defaultValue={values.od} className={control} {...invalid('f-od', errors.od)} />
      </Field>
      <Field id="f-do" label="Do dnia" error={errors.do}>
        <input id="f-do" name="do" type="date" defaultValue={values.do} className={control} {...invalid('f-do', errors.do)} />
      </Field>
      <div className="flex items-center gap-2 self-end py-2">
        <input id="f-spoza" name="spoza" type="checkbox" value="1" defaultChecked={values.spoza} className="h-6 w-6" />
        <label htmlFor="f-spoza">Tylko osoby spoza zespołu sprawy (ROPS)</label>
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="min-h-11 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
          Filtruj
        </button>
        <a href={clearHref} className="text-brand-800 underline hover:text-brand-900">
          Wyczyść filtry
        </a>
      </div>
    </form>
  );
}

import type { ReactNode } from 'react';

/** A GET form for list filters: works without JavaScript and keeps filters in the URL. */
export function FilterForm({ children, label }: { children: ReactNode; label: string }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-6 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4">
      {children}
      <button type="submit" className="min-h-11 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
        Filtruj
      </button>
    </form>
  );
}

export function FilterInput({ id, label, name, defaultValue, type = 'text' }: { id: string; label: string; name: string; defaultValue?: string; type?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} type={type} defaultValue={defaultValue} className="mt-1 rounded border border-slate-500 px-2 py-2" />
    </div>
  );
}

export function FilterSelect({
  id,
  label,
  name,
  defaultValue,
  options,
}: {
  id: string;
  label: string;
  name: string;
  defaultValue?: string;
  options: { value: string | number; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} className="mt-1 max-w-64 rounded border border-slate-500 px-2 py-2">
        <option value="">— wszystkie —</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

'use client';
import { useId, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

const inputClass =
  'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50';

interface FieldProps<V extends FieldValues> {
  form: UseFormReturn<V, unknown, unknown>;
  name: Path<V>;
  label: string;
  hint?: string;
  required?: boolean;
}

/** The field's message; for an array field, a server error about one ticked value ("areas.0") counts for the group. */
function errorOf<V extends FieldValues>(form: UseFormReturn<V, unknown, unknown>, name: Path<V>): string | undefined {
  const err = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as { message?: string } | ({ message?: string } | undefined)[] | undefined;
  if (Array.isArray(err)) return err.find((e) => e?.message)?.message;
  return err?.message;
}

/**
 * Label, control, hint and error, tied together with ids so screen readers read them in order. Also
 * for controls outside react-hook-form (forms posted as FormData with a file).
 */
export function FieldFrame({ id, label, hint, error, required, children }: { id: string; label: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span className="text-red-800"> *</span>}
      </label>
      {children}
      {/* Below the control, so that fields side by side keep their controls in line whether or not they have a hint. */}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
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

function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function TextField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  required,
  type = 'text',
  autoComplete,
  min,
  max,
  step,
  narrow,
}: FieldProps<V> & {
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'datetime-local' | 'number' | 'url';
  autoComplete?: string;
  min?: number | string;
  max?: number | string;
  step?: number;
  /** A short control (dates, numbers) instead of the full width. */
  narrow?: boolean;
}) {
  const id = useId();
  const error = errorOf(form, name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        min={min}
        max={max}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={narrow ? `${inputClass} max-w-md` : inputClass}
        {...form.register(name)}
      />
    </FieldFrame>
  );
}

export function TextAreaField<V extends FieldValues>({ form, name, label, hint, required, rows = 4 }: FieldProps<V> & { rows?: number }) {
  const id = useId();
  const error = errorOf(form, name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        {...form.register(name)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string | number;
  label: string;
}
export interface OptionGroup {
  label: string;
  options: Option[];
}

export function SelectField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  required,
  options,
  groups,
  placeholder = '— wybierz —',
  onChange,
}: FieldProps<V> & { options?: Option[]; groups?: OptionGroup[]; placeholder?: string; onChange?: (value: string) => void }) {
  const id = useId();
  const error = errorOf(form, name);
  const reg = form.register(name, { onChange: onChange ? (e) => onChange(e.target.value) : undefined });
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        {...reg}
      >
        <option value="">{placeholder}</option>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * The form's error banner — the one wording for a form with invalid fields is FORM_INVALID_SUMMARY
 * (lib/errors.ts). Rendered only with a message, so no empty alert is left on the page.
 */
export function FormError({ message, children }: { message: string | null; children?: ReactNode }) {
  if (!message) return null;
  return (
    <div role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
      {children ? <p className="font-medium">{message}</p> : message}
      {children}
    </div>
  );
}

export function SubmitButton({ children, submitting }: { children: ReactNode; submitting?: boolean }) {
  return (
    <button
      type="submit"
      disabled={submitting}
      className="min-h-11 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70"
    >
      {submitting ? 'Zapisywanie…' : children}
    </button>
  );
}

/** A group of radio buttons in a fieldset whose legend is the question. */
export function RadioField<V extends FieldValues>({ form, name, label, options, required }: FieldProps<V> & { options: Option[] }) {
  const id = useId();
  const error = errorOf(form, name);
  return (
    <fieldset className="mb-4" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium">
        {label}
        {required && <span className="text-red-800"> *</span>}
      </legend>
      {options.map((o) => (
        <label key={o.value} className="mt-1 flex items-center gap-2">
          <input type="radio" value={o.value} className="h-5 w-5" {...form.register(name)} />
          {o.label}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Checkboxes in a fieldset whose legend is the question; the error is read with the group. */
export function CheckboxGroup<V extends FieldValues>({ form, name, legend, hint, options, required = true }: { form: UseFormReturn<V, unknown, unknown>; name: Path<V>; legend: string; hint?: string; options: Option[]; required?: boolean }) {
  const id = useId();
  const error = errorOf(form, name);
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-medium">
        {legend}
        {required && <span className="text-red-800"> *</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 py-1">
            <input type="checkbox" value={o.value} className="h-5 w-5" aria-invalid={error ? true : undefined} {...form.register(name)} />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

'use client';
import { useId } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * A labelled input of a type the shared fields do not offer (datetime-local, number, url), with
 * the same label–hint–error wiring for screen readers as components/forms/fields.tsx.
 */
export function InputField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  required,
  type,
  min,
  max,
  step,
}: {
  form: UseFormReturn<V, unknown, unknown>;
  name: Path<V>;
  label: string;
  hint?: string;
  required?: boolean;
  type: 'datetime-local' | 'number' | 'url' | 'date';
  min?: number | string;
  max?: number | string;
  step?: number;
}) {
  const id = useId();
  const error = (name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as { message?: string } | undefined)?.message;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span className="text-red-800"> *</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        min={min}
        max={max}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50"
        {...form.register(name)}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

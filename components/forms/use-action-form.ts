'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { FORM_INVALID_SUMMARY } from '@/lib/errors';
import { callAction } from './call-action';

/** Announced (role="alert") when the client-side check finds errors; each field shows its own. */
export const INVALID_SUMMARY = FORM_INVALID_SUMMARY;

/**
 * react-hook-form wired to a server action: the same zod schema checks on the client and (again)
 * on the server; the server's field errors land next to their fields, nothing typed is lost.
 *
 * When errors show: on submit, then as the field with the error is changed — never when a field
 * loses focus. An error appearing on blur pushes down what is below the field at the moment the
 * pointer goes down on it, so the click lands on another control (issue 14, item 13: the wrong
 * family decision saved on the new-IPP form). Every form built on this hook follows the rule.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T = unknown>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  opts: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: T | undefined) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: opts.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const onInvalid = (errors: Record<string, unknown>) => {
    setFormError(INVALID_SUMMARY);
    setDone(false);
    // Focus the first invalid field even when the submit button kept focus after a blur check.
    const first = Object.keys(errors)[0];
    if (first) setTimeout(() => form.setFocus(first as Path<z.input<S>>), 0);
  };
  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setDone(false);
    // The server parses the raw input itself; it never trusts the client's parse. A call that
    // never gets an answer (connection lost, body too large) becomes a form error, not a hang.
    const values = form.getValues();
    const result = await callAction(() => action(values));
    if (result.ok) {
      setDone(true);
      opts.onSuccess?.(result.data);
      return;
    }
    setFormError(result.message);
    let first = true;
    for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as Path<z.input<S>>, { type: 'server', message: messages.join(' ') }, { shouldFocus: first });
      first = false;
    }
  }, onInvalid);

  return { form, onSubmit, formError, done, submitting: form.formState.isSubmitting };
}

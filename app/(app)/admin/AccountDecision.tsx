'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callAction } from '@/components/forms/call-action';
import { FormError, SubmitButton, TextAreaField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { rejectSchema } from '@/lib/accounts/schemas';
import { Form } from '@/components/forms/Form';

type Act = (input: unknown) => Promise<ActionResult<unknown>>;

/**
 * Decisions on one account: a one-click positive one (approve / unblock) and a negative one that
 * needs a reason (reject / block). Either may be absent.
 */
export function AccountDecision({
  userId,
  userName,
  positive,
  negative,
}: {
  userId: string;
  userName: string;
  positive?: { label: string; action: Act };
  negative?: { label: string; reasonLabel: string; action: Act };
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const noop: Act = async () => ({ ok: true });
  const { form, onSubmit, formError, submitting } = useActionForm(rejectSchema, negative?.action ?? noop, {
    defaultValues: { userId, reason: '' },
    onSuccess: () => router.refresh(),
  });

  return (
    <div className="flex flex-col gap-2">
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        {positive && (
        <button
          type="button"
          disabled={busy}
          className="rounded bg-green-800 px-3 py-2 text-sm font-medium text-white hover:bg-green-900"
          aria-label={`${positive.label}: ${userName}`}
          onClick={async () => {
            setBusy(true);
            const res = await callAction(() => positive.action({ userId }));
            setBusy(false);
            if (res.ok) router.refresh();
            else setError(res.message);
          }}
        >
          {positive.label}
        </button>
        )}
        {negative && (
        <button
          type="button"
          aria-expanded={open}
          className="rounded border border-red-800 px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50"
          aria-label={`${negative.label}: ${userName}`}
          onClick={() => setOpen((o) => !o)}
        >
          {negative.label}…
        </button>
        )}
      </div>
      {open && negative && (
        <Form onSubmit={onSubmit} noValidate className="rounded border border-slate-300 bg-slate-50 p-3">
          <FormError message={formError} />
          <TextAreaField form={form} name="reason" label={negative.reasonLabel} rows={2} required />
          <SubmitButton submitting={submitting}>{negative.label}</SubmitButton>
        </Form>
      )}
    </div>
  );
}

'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { FormError, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { endAnnouncementSchema, extensionSchema } from '@/lib/cases/schemas';
import { announceEndAction, recordExtensionAction } from './actions';
import { Form } from '@/components/forms/Form';

/*
 * The end of work with the family: a recorded decision to work past 12 months, and telling the
 * PCPR animator of the planned end. Both carry the case's version; after any change of the case
 * on this page (the refreshed page passes the new one) the form takes it over, keeping what is typed.
 */

function Saved({ text }: { text: string }) {
  return (
    <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
      {text}
    </p>
  );
}

export function ExtensionForm({ caseId, version, until, reason }: { caseId: number; version: number; until: string; reason: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(extensionSchema, recordExtensionAction, {
    defaultValues: { caseId, version, until, reason } as never,
    onSuccess: () => router.refresh(),
  });
  useEffect(() => form.setValue('version', version as never), [form, version]);
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Decyzja o przedłużeniu pracy z rodziną" className="max-w-3xl">
      <FormError message={formError} />
      {done && <Saved text="Zapisano decyzję o przedłużeniu." />}
      <TextField narrow form={form} name="until" type="date" label="Przedłużenie pracy z rodziną do dnia" required />
      <TextAreaField form={form} name="reason" label="Uzasadnienie decyzji o przedłużeniu" required rows={3} />
      <SubmitButton submitting={submitting}>Zapisz decyzję o przedłużeniu</SubmitButton>
    </Form>
  );
}

export function AnnouncementForm({ caseId, version, on, plannedEndOn }: { caseId: number; version: number; on: string; plannedEndOn: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, submitting, done } = useActionForm(endAnnouncementSchema, announceEndAction, {
    defaultValues: { caseId, version, on, plannedEndOn } as never,
    onSuccess: () => router.refresh(),
  });
  useEffect(() => form.setValue('version', version as never), [form, version]);
  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Informacja dla animatora PCPR o planowanym zakończeniu" className="max-w-3xl">
      <FormError message={formError} />
      {done && <Saved text="Animator PCPR został poinformowany (e-mail z numerem sprawy, bez danych rodziny)." />}
      <TextField narrow form={form} name="on" type="date" label="Data poinformowania animatora PCPR" required />
      <TextField narrow form={form} name="plannedEndOn" type="date" label="Planowane zakończenie pracy z rodziną" required />
      <SubmitButton submitting={submitting}>Poinformuj animatora PCPR</SubmitButton>
    </Form>
  );
}

'use client';
import { useRouter } from 'next/navigation';
import { useFieldArray, type Path } from 'react-hook-form';
import { CheckboxGroup, FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { Form } from '@/components/forms/Form';
import { count, WORDS } from '@/lib/plural';
import { useActionForm } from '@/components/forms/use-action-form';
import { recordZzkMeetingAction, updateZzkMeetingAction } from '@/app/(app)/sprawy/[id]/zzk/actions';
import { FAMILY_PRESENT_OPTIONS, ZZK_LIMITS, zzkMeetingEditSchema, type ZzkMeetingEditInput } from '@/lib/cases/zzk-schemas';

const familyOptions = Object.entries(FAMILY_PRESENT_OPTIONS).map(([value, label]) => ({ value, label }));

export interface ZzkMeetingFormValues {
  heldOn: string;
  familyPresent: '' | 'yes' | 'no';
  presentMemberIds: string[];
  otherParticipants: string;
  summary: string;
  decisions: { id: string; text: string; ownerMemberId: string; dueOn: string }[];
}

/**
 * A meeting of the case team (ZZK in Kooperacje 3D): date, with or without the family, who of the
 * team took part, others, what was discussed and the decisions (tasks with owner and due date).
 * Without `meetingId` it records a new meeting; with it, corrects that one (its version).
 */
export function ZzkMeetingForm({
  caseId,
  teamName,
  team,
  today,
  minDate,
  initial,
  meetingId,
  version,
}: {
  caseId: number;
  /** "ZZK" / "zespół sprawy". */
  teamName: string;
  team: Option[];
  today: string;
  minDate: string;
  initial?: ZzkMeetingFormValues;
  meetingId?: number;
  version?: number;
}) {
  const router = useRouter();
  const editing = meetingId !== undefined;
  const blank: ZzkMeetingFormValues = { heldOn: today, familyPresent: '', presentMemberIds: [], otherParticipants: '', summary: '', decisions: [] };
  // One schema for both: a new meeting sends placeholders for meetingId/version and the action ignores them.
  const values = { caseId, meetingId: meetingId ?? 1, version: version ?? 1, ...(initial ?? blank) };
  const { form, onSubmit, formError, submitting, done } = useActionForm(zzkMeetingEditSchema, ((input: ZzkMeetingEditInput) => (editing ? updateZzkMeetingAction(input) : recordZzkMeetingAction(input))) as never, {
    defaultValues: values as never,
    onSuccess: () => {
      if (!editing) form.reset(values as never);
      router.refresh();
    },
  });
  const decisions = useFieldArray({ control: form.control, name: 'decisions' as never });
  const owners = [{ value: '', label: '— nikt z zespołu —' }, ...team];
  const name = (i: number, field: string) => `decisions.${i}.${field}` as Path<ZzkMeetingEditInput>;
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={editing ? 'Popraw spotkanie' : 'Nowe spotkanie'} className="max-w-3xl rounded border border-slate-200 bg-white p-4">
      <FormError message={formError} />
      {done && (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          {editing ? 'Zapisano zmiany.' : 'Odnotowano spotkanie.'}
        </p>
      )}
      <TextField narrow form={form} name="heldOn" type="date" min={minDate} max={today} label="Data spotkania" required />
      <RadioField form={form} name="familyPresent" label="Czy osoba lub rodzina brała udział?" options={familyOptions} required />
      {team.length ? (
        <CheckboxGroup form={form} name="presentMemberIds" legend={`Obecni z zespołu (${teamName})`} options={team} required={false} />
      ) : (
        <p className="mb-4">Do zespołu ({teamName}) nikogo jeszcze nie przypisano — wpisz uczestników poniżej.</p>
      )}
      <TextAreaField form={form} name="otherParticipants" label="Inni uczestnicy" hint={`Np. kurator, asystent rodziny; najwyżej ${count(ZZK_LIMITS.otherParticipants, WORDS.char)}.`} rows={2} />
      <TextAreaField form={form} name="summary" label="Przebieg spotkania i omówione sprawy" rows={5} required />
      <fieldset className="mb-4">
        <legend className="font-medium">Ustalenia (zadania)</legend>
        {decisions.fields.length === 0 && <p className="text-sm text-slate-700">Bez ustaleń.</p>}
        <ol className="space-y-3">
          {decisions.fields.map((f, i) => (
            <li key={f.id} className="rounded border border-slate-200 p-3">
              <TextAreaField form={form} name={name(i, 'text')} label={`Ustalenie ${i + 1}`} rows={2} required />
              <SelectField form={form} name={name(i, 'ownerMemberId')} label="Odpowiedzialna osoba" options={owners} placeholder="— nikt z zespołu —" />
              <TextField narrow form={form} name={name(i, 'dueOn')} type="date" min={minDate} label="Termin" />
              <button type="button" className="text-red-800 underline" onClick={() => decisions.remove(i)}>
                Usuń ustalenie {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="mt-2 rounded border border-slate-400 px-3 py-2" onClick={() => decisions.append({ id: '', text: '', ownerMemberId: '', dueOn: '' } as never)}>
          Dodaj ustalenie
        </button>
      </fieldset>
      <SubmitButton submitting={submitting}>{editing ? 'Zapisz zmiany' : 'Odnotuj spotkanie'}</SubmitButton>
    </Form>
  );
}

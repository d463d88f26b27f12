'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useFieldArray, useWatch, type Path, type UseFormReturn } from 'react-hook-form';
import { FormError, RadioField, SelectField, SubmitButton, TextAreaField, TextField, type Option } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { saveIppAction } from '@/app/(app)/sprawy/[id]/ipp/[ippId]/actions';
import { HOUSEHOLD_GOAL, HOUSEHOLD_LABEL, HOUSEHOLD_MEMBER, memberCoverage, memberName, membersWithoutGoals, uncoveredMembers } from '@/lib/cases/ipp-rules';
import { ippSchema } from '@/lib/cases/ipp-schemas';
import { PZK_ATTENDANCE } from '@/lib/cases/vocabulary';
import { AREAS } from '@/lib/services/vocabulary';
import { formatDate, inParentheses } from '@/lib/text';
import { Form } from '@/components/forms/Form';

/*
 * The IPP form: period, the family's decision on the PZK meetings, the PZK's acceptance, the goals
 * (a member's own or the whole household's) with their tasks — picked from the PZK's list of
 * activities and services or written freely — and, per member without a goal of their own, why.
 * A household goal covers every member; without one, a member needs an own goal or a reason. Goal and task keys are generated here for new rows
 * and kept for existing ones (monitoring refers to them). Saving sends the IPP's version: if
 * someone saved meanwhile, the server refuses and everything typed stays in the form.
 */

export interface IppTaskValues {
  key: string;
  serviceId: string;
  description: string;
  institutionId: string;
  institutionName: string;
  person: string;
  dueOn: string;
}

export interface IppGoalValues {
  key: string;
  /** A member's id, or HOUSEHOLD_MEMBER for a goal of the whole household. */
  memberId: string;
  area: string;
  title: string;
  expectedEffect: string;
  baseline: string;
  target: string;
  tasks: IppTaskValues[];
}

export interface IppFormValues {
  caseId: number;
  ippId: number;
  version: number;
  startsOn: string;
  endsOn: string;
  pzkAttendance: string;
  acceptedOn: string;
  acceptedMeetingId: string;
  goals: IppGoalValues[];
  /** One row per household member, in household order. */
  memberReasons: { memberId: string; reason: string }[];
}

export interface IppServiceOption {
  id: number;
  name: string;
  providerInstitutionId: number | null;
  providerName: string;
}

export interface IppFormOptions {
  members: { id: number; firstName: string; lastName: string; relation: string }[];
  services: IppServiceOption[];
  institutions: { id: number; name: string }[];
  /** value: meeting id; date: its day (yyyy-mm-dd, Polish time) to fill the acceptance date. */
  meetings: (Option & { date: string })[];
}

type Form = UseFormReturn<IppFormValues>;

const smallButton = 'rounded border border-slate-500 bg-white px-3 py-1 text-sm hover:bg-slate-100';
const addButton = 'rounded border border-brand-800 bg-white px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50';

/** A new goal or task key; randomUUID needs a secure context, getRandomValues does not. */
const newKey = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const emptyTask = (): IppTaskValues => ({ key: newKey(), serviceId: '', description: '', institutionId: '', institutionName: '', person: '', dueOn: '' });

function errorAt(form: Form, name: string): string | undefined {
  const e = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as { message?: string; root?: { message?: string } } | undefined;
  return e?.message ?? e?.root?.message;
}

function TaskFields({ form, goalIndex, options, lockedTasks }: { form: Form; goalIndex: number; options: IppFormOptions; lockedTasks: ReadonlySet<string> }) {
  const tasks = useFieldArray({ control: form.control, name: `goals.${goalIndex}.tasks` });
  const addRef = useRef<HTMLButtonElement>(null);
  const name = (j: number, field: keyof IppTaskValues) => `goals.${goalIndex}.tasks.${j}.${field}` as Path<IppFormValues>;
  const tasksError = errorAt(form, `goals.${goalIndex}.tasks`);
  const serviceOptions = options.services.map((s) => ({ value: String(s.id), label: `${s.name} (${s.providerName})` }));
  const institutionOptions = options.institutions.map((i) => ({ value: String(i.id), label: i.name }));
  const goalNo = goalIndex + 1;

  const pickService = (j: number, value: string) => {
    const s = options.services.find((x) => String(x.id) === value);
    if (!s) return;
    form.setValue(name(j, 'description'), s.name as never, { shouldDirty: true });
    const listed = s.providerInstitutionId != null && options.institutions.some((i) => i.id === s.providerInstitutionId);
    form.setValue(name(j, 'institutionId'), (listed ? String(s.providerInstitutionId) : '') as never, { shouldDirty: true });
    form.setValue(name(j, 'institutionName'), (listed ? '' : s.providerName) as never, { shouldDirty: true });
  };

  return (
    <div className="mt-2">
      <h4 className="mb-2 font-semibold">Zadania</h4>
      {tasksError && (
        <p role="alert" className="mb-2 text-sm font-medium text-red-800">
          {tasksError}
        </p>
      )}
      {tasks.fields.map((t, j) => {
        const key = (t as unknown as IppTaskValues).key;
        return (
          <fieldset key={t.id} className="mb-3 rounded border border-slate-300 bg-slate-50 p-3">
            <legend className="px-1 font-medium">Zadanie {j + 1}</legend>
            <SelectField
              form={form}
              name={name(j, 'serviceId')}
              label="Usługa z listy aktywności i usług PZK"
              options={serviceOptions}
              placeholder="— zadanie spoza listy (opisz poniżej) —"
              hint={serviceOptions.length ? 'Wybranie usługi wpisuje jej nazwę i instytucję; możesz je uzupełnić.' : 'Lista aktywności i usług zespołu jest pusta — opisz zadanie.'}
              onChange={(v) => pickService(j, v)}
            />
            <TextAreaField form={form} name={name(j, 'description')} label="Opis zadania" required rows={2} />
            <div className="grid gap-x-4 sm:grid-cols-2">
              <SelectField form={form} name={name(j, 'institutionId')} label="Instytucja odpowiedzialna (z zespołu)" options={institutionOptions} placeholder="— spoza listy (wpisz nazwę) —" />
              <TextField form={form} name={name(j, 'institutionName')} label="Nazwa instytucji spoza listy" hint="Gdy instytucji nie ma na liście zespołu." />
              <TextField form={form} name={name(j, 'person')} label="Osoba odpowiedzialna" hint="Imię i nazwisko lub stanowisko." />
              <TextField form={form} name={name(j, 'dueOn')} type="date" narrow label="Termin realizacji" required />
            </div>
            {lockedTasks.has(key) ? (
              <p className="text-sm text-slate-700">Zadanie ma już stan zapisany w monitoringu — nie można go usunąć.</p>
            ) : (
              <button
                type="button"
                className={smallButton}
                aria-label={`Usuń zadanie ${j + 1} celu ${goalNo}`}
                onClick={() => {
                  tasks.remove(j);
                  addRef.current?.focus();
                }}
              >
                Usuń zadanie
              </button>
            )}
          </fieldset>
        );
      })}
      <button ref={addRef} type="button" className={addButton} aria-label={`Dodaj zadanie do celu ${goalNo}`} onClick={() => tasks.append(emptyTask())}>
        Dodaj zadanie
      </button>
    </div>
  );
}

export function IppForm({
  sequence,
  defaults,
  options,
  locked,
  caseEnd,
  earliestStart,
}: {
  sequence: number;
  defaults: IppFormValues;
  options: IppFormOptions;
  /** Goal and task keys the monitoring of this IPP has recorded: they cannot be removed. */
  locked: { goalKeys: string[]; taskKeys: string[] };
  caseEnd: string | null;
  /** The day after the previous IPP ends, if there is one. */
  earliestStart: string | null;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form: f, onSubmit, formError, submitting } = useActionForm(ippSchema, saveIppAction, {
    defaultValues: defaults as never,
    onSuccess: (data) => {
      form.setValue('version', (data as { version: number }).version);
      setSaved(true);
      router.refresh();
    },
  });
  const form = f as unknown as Form;
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  const addGoalRef = useRef<HTMLButtonElement>(null);
  const watched = (useWatch({ control: form.control, name: 'goals' }) ?? []) as IppGoalValues[];
  const watchedReasons = (useWatch({ control: form.control, name: 'memberReasons' }) ?? []) as IppFormValues['memberReasons'];
  const chosen = watched.filter((g) => g?.memberId);
  const missing = uncoveredMembers(options.members, chosen, watchedReasons);
  const coverage = memberCoverage(options.members, chosen, watchedReasons);
  const hasHouseholdGoal = chosen.some((x) => x.memberId === HOUSEHOLD_MEMBER);
  const lockedGoals = new Set(locked.goalKeys);
  const lockedTasks = new Set(locked.taskKeys);
  const goalsError = errorAt(form, 'goals');
  const memberOptions = [{ value: HOUSEHOLD_MEMBER, label: `${HOUSEHOLD_LABEL} (${HOUSEHOLD_GOAL.toLowerCase()})` }, ...options.members.map((m) => ({ value: String(m.id), label: `${memberName(m)} ${inParentheses(m.relation)}` }))];
  const areaOptions = Object.entries(AREAS).map(([value, label]) => ({ value, label }));
  const g = (i: number, field: keyof IppGoalValues) => `goals.${i}.${field}` as Path<IppFormValues>;

  const addGoal = () => {
    const firstWithout = membersWithoutGoals(options.members, watched.filter((x) => x?.memberId))[0];
    goals.append({ key: newKey(), memberId: firstWithout ? String(firstWithout.id) : '', area: '', title: '', expectedEffect: '', baseline: '', target: '', tasks: [emptyTask()] });
  };

  return (
    <Form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate aria-label={`IPP ${sequence}`} className="max-w-4xl">
      <FormError message={formError} />
      {saved && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3">
          Zapisano IPP {sequence}.
        </p>
      )}
      <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Okres IPP</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField form={form} name="startsOn" type="date" label="Początek IPP" required hint={earliestStart ? `Najwcześniej ${formatDate(earliestStart)} — dzień po zakończeniu poprzedniego IPP.` : undefined} />
          <TextField form={form} name="endsOn" type="date" label="Koniec IPP" required hint={`Najwyżej 3 miesiące (np. 01.01–31.03).${caseEnd ? ` Praca z rodziną trwa do ${formatDate(caseEnd)}.` : ''}`} />
        </div>
      </fieldset>

      <RadioField form={form} name="pzkAttendance" label="Decyzja rodziny o udziale w spotkaniach PZK" required options={Object.entries(PZK_ATTENDANCE).map(([value, label]) => ({ value, label }))} />

      <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Akceptacja przez PZK</legend>
        <p className="mb-3 text-sm text-slate-700">Uzupełnij po akceptacji IPP na spotkaniu zespołu.</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            form={form}
            name="acceptedMeetingId"
            label="Spotkanie PZK, na którym zaakceptowano IPP"
            options={options.meetings}
            placeholder="— jeszcze nie zaakceptowano —"
            onChange={(v) => {
              const m = options.meetings.find((x) => String(x.value) === v);
              if (m && !form.getValues('acceptedOn')) form.setValue('acceptedOn', m.date, { shouldDirty: true });
            }}
          />
          <TextField form={form} name="acceptedOn" type="date" label="Data akceptacji przez PZK" />
        </div>
      </fieldset>

      <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4" aria-describedby="ipp-cele-info">
        <legend className="px-1 text-lg font-semibold">Cele</legend>
        <p id="ipp-cele-info" className="mb-3 text-sm text-slate-700">
          Cel dotyczy jednej osoby albo całej rodziny (cel rodzinny). Każda osoba z gospodarstwa domowego ma własny cel, jest objęta celem rodzinnym albo ma zapisany powód braku celu. Skala 0–10: gdzie osoba lub rodzina jest dziś i dokąd zmierza.
          {missing.length > 0 && <> Bez celu: {missing.map(memberName).join(', ')}.</>}
        </p>
        {goalsError && (
          <p role="alert" className="mb-3 rounded border border-red-700 bg-red-50 p-2 text-sm font-medium text-red-800">
            {goalsError}
          </p>
        )}
        {goals.fields.map((field, i) => {
          const key = (field as unknown as IppGoalValues).key;
          const isLocked = lockedGoals.has(key);
          return (
            <fieldset key={field.id} className="mb-4 rounded border border-slate-400 p-4">
              <legend className="px-1 text-lg font-semibold">Cel {i + 1}</legend>
              <div className="grid gap-x-4 sm:grid-cols-2">
                <SelectField form={form} name={g(i, 'memberId')} label="Osoba, której dotyczy cel" required options={memberOptions} />
                <SelectField form={form} name={g(i, 'area')} label="Obszar wsparcia" required options={areaOptions} />
              </div>
              <TextField form={form} name={g(i, 'title')} label="Nazwa celu" required hint="Co osoba chce osiągnąć — jej słowami." />
              <TextAreaField form={form} name={g(i, 'expectedEffect')} label="Oczekiwany efekt" required rows={2} />
              <div className="grid gap-x-4 sm:grid-cols-2">
                <TextField form={form} name={g(i, 'baseline')} type="number" min={0} max={10} step={1} narrow label="Skala na początku (0–10)" required />
                <TextField form={form} name={g(i, 'target')} type="number" min={0} max={10} step={1} narrow label="Wartość docelowa (0–10)" required />
              </div>
              <TaskFields form={form} goalIndex={i} options={options} lockedTasks={lockedTasks} />
              <div className="mt-3">
                {isLocked ? (
                  <p className="text-sm text-slate-700">Cel ma już pomiary w monitoringu tego IPP — nie można go usunąć (możesz zmienić jego treść).</p>
                ) : (
                  <button
                    type="button"
                    className={smallButton}
                    aria-label={`Usuń cel ${i + 1}`}
                    onClick={() => {
                      goals.remove(i);
                      addGoalRef.current?.focus();
                    }}
                  >
                    Usuń cel
                  </button>
                )}
              </div>
            </fieldset>
          );
        })}
        <button ref={addGoalRef} type="button" className={addButton} onClick={addGoal}>
          Dodaj cel
        </button>
      </fieldset>

      <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4" aria-describedby="ipp-osoby-info">
        <legend className="px-1 text-lg font-semibold">Cele a osoby z gospodarstwa domowego</legend>
        <p id="ipp-osoby-info" className="mb-3 text-sm text-slate-700">
          Osoba bez własnego celu jest objęta celem rodzinnym, a bez niego — potrzebny jest zapisany powód (np. „nie dotyczy — dziecko w wieku 4 lat, cele w celu rodzinnym”).
        </p>
        <ul className="space-y-3">
          {options.members.map((m, i) => {
            const state = coverage.get(m.id);
            return (
              <li key={m.id} className="rounded border border-slate-300 p-3">
                <p className="font-medium">
                  {memberName(m)} {inParentheses(m.relation)}:{' '}
                  <span className="font-normal">{state === 'own' ? 'ma własny cel' : state === 'household' ? 'bez własnego celu — cel rodzinny obejmuje całą rodzinę' : state === 'reason' ? 'bez celu — zapisano powód' : 'brak celu'}</span>
                </p>
                {state !== 'own' && (
                  <TextField
                    form={form}
                    name={`memberReasons.${i}.reason` as Path<IppFormValues>}
                    label={`Dlaczego ${memberName(m)} nie ma własnego celu`}
                    required={!hasHouseholdGoal}
                    hint={hasHouseholdGoal ? 'Opcjonalnie — osoba jest objęta celem rodzinnym.' : undefined}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>

      <SubmitButton submitting={submitting}>Zapisz IPP</SubmitButton>
    </Form>
  );
}

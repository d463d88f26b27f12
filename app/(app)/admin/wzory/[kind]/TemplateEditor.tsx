'use client';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useFieldArray, useWatch, type DefaultValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { INVALID_SUMMARY, useActionForm } from '@/components/forms/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { BUILT_IN_PLACEHOLDERS, KEY_PATTERN, type DocumentKind, type TemplateBody } from '@/lib/documents/template';
import { templateEditSchema } from '@/lib/documents/template-schema';
import type { ModelEditMode } from '@/lib/model/edit-mode';
import { proposeTemplateAction, saveTemplateAction } from '../actions';
import { Form } from '@/components/forms/Form';

/*
 * The template editor. One form (react-hook-form + the shared zod schema); paragraphs, fields and
 * party roles are field arrays. The national administrator's save creates a new version of the
 * template; a ROPS administrator's sends it as a proposal to them. The server's errors come back
 * keyed like the form's names ("body.paragraphs.2.text").
 */

type Values = z.input<typeof templateEditSchema>;
type Form = UseFormReturn<Values, unknown, z.output<typeof templateEditSchema>>;
type Saved = { id: number; version?: number };

/** A form name the schema's input type cannot spell (inside preprocessed or UI-only values). */
const at = (name: string) => name as Path<Values>;

const TABLES = [
  { value: 'parties', label: 'Tabela stron' },
  { value: 'tasks', label: 'Tabela zadań stron' },
  { value: 'people', label: 'Tabela osób' },
];
const FIELD_TYPES = [
  { value: 'text', label: 'Tekst' },
  { value: 'textarea', label: 'Tekst wielowierszowy' },
  { value: 'date', label: 'Data' },
];
const SOURCES = [
  { value: 'voivodeship', label: 'Województwo' },
  { value: 'powiat', label: 'Powiat' },
  { value: 'gmina', label: 'Gmina' },
  { value: 'institution', label: 'Instytucja z rejestru' },
  { value: 'person', label: 'Osoba' },
  { value: 'parent', label: 'Strony porozumienia, którego dotyczy (aneks)' },
];

const smallButton = 'rounded border border-slate-500 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50';
const addButton = 'mt-4 rounded border border-brand-800 bg-white px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50';
const itemClass = 'mt-4 rounded border border-slate-300 bg-white p-4';

/** The template as the form holds it: optional strings as "", the optional clause behind a switch. */
function toFormValues(kind: DocumentKind, version: number, body: TemplateBody): DefaultValues<Values> {
  return {
    kind,
    baseVersion: version,
    changeNote: '',
    body: {
      title: body.title,
      preamble: body.preamble,
      paragraphs: body.paragraphs.map((p) => ({
        key: p.key,
        heading: p.heading,
        text: p.text,
        table: p.table ?? '',
        optionalOn: !!p.optional,
        optional: { label: p.optional?.label ?? '', defaultOn: p.optional?.defaultOn ?? false },
      })),
      fields: body.fields.map((f) => ({ ...f, help: f.help ?? '', defaultValue: f.defaultValue ?? '' })),
      parties: body.parties.map((r) => ({ ...r })),
      peopleLabel: body.peopleLabel ?? '',
      closing: body.closing,
    },
  } as DefaultValues<Values>;
}

interface FormParagraph {
  optionalOn?: boolean;
  optional?: { label?: string; defaultOn?: boolean };
  [k: string]: unknown;
}

/**
 * What the server gets: a paragraph whose "optional clause" switch is off has no clause. A switch
 * on without a clause name is an error here (the schema would quietly drop the clause).
 */
function prepare(values: Values): { input: Values; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const paragraphs = (values.body.paragraphs as FormParagraph[]).map(({ optionalOn, optional, ...rest }, i) => {
    if (optionalOn && !optional?.label?.trim()) fieldErrors[`body.paragraphs.${i}.optional.label`] = ['Podaj nazwę klauzuli opcjonalnej.'];
    return { ...rest, optional: optionalOn ? optional : undefined };
  });
  return { input: { ...values, body: { ...values.body, paragraphs } } as Values, fieldErrors };
}

function unusedKey(prefix: string, used: string[]) {
  let n = used.length + 1;
  while (used.includes(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

export function TemplateEditor({ kind, version, body, mode }: { kind: DocumentKind; version: number; body: TemplateBody; mode: ModelEditMode }) {
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const submit = async (values: Values): Promise<ActionResult<Saved>> => {
    setSaved(null);
    const { input, fieldErrors } = prepare(values);
    if (Object.keys(fieldErrors).length) return { ok: false, code: 'INVALID', message: INVALID_SUMMARY, fieldErrors };
    return mode === 'save' ? saveTemplateAction(input) : proposeTemplateAction(input);
  };
  const { form, onSubmit, formError, submitting } = useActionForm(templateEditSchema, submit, {
    defaultValues: toFormValues(kind, version, body),
    onSuccess: (data) => {
      if (!data) return;
      if (mode === 'propose') {
        router.push(`/admin/propozycje/${data.id}?wyslano=1`);
        return;
      }
      setSaved(data.version ?? null);
      // The next save starts from the version just written.
      form.setValue('baseVersion', data.version);
      form.setValue('changeNote', '');
      router.refresh();
    },
  });

  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_20rem] xl:gap-8">
      <PlaceholderHelp form={form} />
      <Form onSubmit={onSubmit} noValidate className="max-w-4xl xl:col-start-1 xl:row-start-1">
        <FormError message={formError} />
        <input type="hidden" {...form.register('kind')} />
        <input type="hidden" {...form.register('baseVersion')} />
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>

        <Section title="Nagłówek dokumentu">
          <TextField form={form} name="body.title" label="Tytuł dokumentu" required />
          <TextAreaField form={form} name="body.preamble" label="Wstęp" hint="Drukowany pod tytułem, przed § 1: gdzie, kiedy i między kim zawarto dokument." rows={5} />
        </Section>

        <Paragraphs form={form} announce={setAnnouncement} />
        <Fields form={form} announce={setAnnouncement} />
        <Parties form={form} announce={setAnnouncement} />

        <Section title="Zakończenie">
          <TextAreaField form={form} name="body.closing" label="Zakończenie" hint="Drukowane po ostatnim paragrafie, przed podpisami." rows={4} />
        </Section>

        <Section title={mode === 'save' ? 'Zapis nowej wersji' : 'Propozycja zmiany'}>
          <TextField
            form={form}
            name="changeNote"
            label="Opis zmiany"
            hint={mode === 'save' ? 'Co i dlaczego zmieniono — trafi do historii wersji.' : 'Co i dlaczego zmieniasz — przeczyta to administrator krajowy modelu; po przyjęciu trafi do historii wersji.'}
            required
          />
          <div role="status" className="mb-4">
            {saved !== null && (
              <p className="rounded border border-green-800 bg-green-50 p-3 font-medium text-green-900">
                Zapisano wersję {saved}.
              </p>
            )}
          </div>
          <SubmitButton submitting={submitting}>{mode === 'save' ? 'Zapisz jako nową wersję wzoru' : 'Zaproponuj zmianę'}</SubmitButton>
        </Section>
      </Form>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-xl font-semibold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** An error about a whole list ("at least one paragraph"), from the client schema or the server. */
function ListError({ form, name }: { form: Form; name: 'paragraphs' | 'fields' | 'parties' }) {
  const err = form.formState.errors.body?.[name] as { message?: string; root?: { message?: string } } | undefined;
  const message = err?.message ?? err?.root?.message;
  if (!message) return null;
  return <p className="mb-2 text-sm font-medium text-red-800">{message}</p>;
}

function Checkbox({ form, name, label, hint }: { form: Form; name: Path<Values>; label: string; hint?: string }) {
  const id = useId();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="flex items-center gap-2">
        <input id={id} type="checkbox" className="h-5 w-5" aria-describedby={hint ? `${id}-hint` : undefined} {...form.register(name)} />
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="ml-7 text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

interface ListControls {
  index: number;
  count: number;
  /** How the item is named in the buttons: "§ 3", "pole 2", "rolę 1". */
  noun: string;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

/** Move up / move down / remove. Ends of the list keep their buttons (aria-disabled) so focus is never lost. */
function ItemButtons({ index, count, noun, move, remove }: ListControls) {
  const first = index === 0;
  const last = index === count - 1;
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      <button type="button" className={smallButton} aria-label={`Przesuń ${noun} w górę`} aria-disabled={first || undefined} onClick={() => !first && move(index, index - 1)}>
        <span aria-hidden="true">↑ </span>W górę
      </button>
      <button type="button" className={smallButton} aria-label={`Przesuń ${noun} w dół`} aria-disabled={last || undefined} onClick={() => !last && move(index, index + 1)}>
        <span aria-hidden="true">↓ </span>W dół
      </button>
      <button type="button" className={smallButton} aria-label={`Usuń ${noun}`} onClick={() => remove(index)}>
        Usuń
      </button>
    </div>
  );
}

/**
 * A field array's move and remove, announced to screen readers; after a removal the focus goes to
 * the item that took its place (or the previous one, or the "add" button when the list is empty).
 */
function useListControls(
  form: Form,
  list: { move: (a: number, b: number) => void; remove: (i: number) => void; fields: unknown[] },
  opts: { name: string; focusField: string; addRef: RefObject<HTMLButtonElement | null>; noun: (n: number) => string; announce: (m: string) => void },
) {
  const move = (from: number, to: number) => {
    list.move(from, to);
    opts.announce(`Przeniesiono ${opts.noun(from + 1)} na miejsce ${to + 1}.`);
  };
  const remove = (index: number) => {
    const left = list.fields.length - 1;
    list.remove(index);
    opts.announce(`Usunięto ${opts.noun(index + 1)}.`);
    setTimeout(() => {
      if (left === 0) opts.addRef.current?.focus();
      else form.setFocus(at(`${opts.name}.${Math.min(index, left - 1)}.${opts.focusField}`));
    }, 0);
  };
  return { move, remove };
}

function Paragraphs({ form, announce }: { form: Form; announce: (m: string) => void }) {
  const list = useFieldArray({ control: form.control, name: 'body.paragraphs' });
  const addRef = useRef<HTMLButtonElement>(null);
  const controls = useListControls(form, list, { name: 'body.paragraphs', focusField: 'heading', addRef, noun: (n) => `§ ${n}`, announce });
  const add = () => {
    const used = (form.getValues('body.paragraphs') as { key?: string }[]).map((p) => p.key ?? '');
    list.append({ key: unusedKey('paragraf', used), heading: '', text: '', table: '', optionalOn: false, optional: { label: '', defaultOn: false } } as never);
    announce(`Dodano § ${list.fields.length + 1}.`);
  };
  return (
    <Section title="Paragrafy">
      <p className="mb-2 text-sm text-slate-700">Paragrafy są numerowane kolejno (§ 1, § 2…). Pusta linia w treści rozdziela ustępy (ust. 1, 2…).</p>
      <ListError form={form} name="paragraphs" />
      {list.fields.map((f, i) => (
        <ParagraphItem key={f.id} form={form} index={i} count={list.fields.length} noun={`§ ${i + 1}`} {...controls} />
      ))}
      <button ref={addRef} type="button" className={addButton} onClick={add}>
        Dodaj paragraf
      </button>
    </Section>
  );
}

function ParagraphItem({ form, ...controls }: { form: Form } & ListControls) {
  const base = `body.paragraphs.${controls.index}`;
  const heading = useWatch({ control: form.control, name: at(`${base}.heading`) }) as string | undefined;
  const optionalOn = useWatch({ control: form.control, name: at(`${base}.optionalOn`) }) as boolean | undefined;
  return (
    <fieldset className={itemClass}>
      <legend className="px-1 text-lg font-semibold">
        {controls.noun}
        {heading?.trim() ? ` — ${heading}` : ''}
      </legend>
      <div className="grid gap-x-4 sm:grid-cols-[2fr_1fr]">
        <TextField form={form} name={at(`${base}.heading`)} label="Nagłówek" required />
        <TextField form={form} name={at(`${base}.key`)} label="Klucz" hint="Stały identyfikator: małe litery, cyfry i „_”." required />
      </div>
      <TextAreaField form={form} name={at(`${base}.text`)} label="Treść" hint="Pola wstawiasz jako {{nazwa}} — zob. „Dostępne pola”." rows={12} required />
      <SelectField form={form} name={at(`${base}.table`)} label="Tabela pod treścią" options={TABLES} placeholder="— bez tabeli —" />
      <Checkbox form={form} name={at(`${base}.optionalOn`)} label="Klauzula opcjonalna" hint="Osoba wypełniająca dokument może ten paragraf włączyć lub wyłączyć." />
      {optionalOn && (
        <div className="mb-4 ml-7 border-l-4 border-slate-300 pl-4">
          <TextField form={form} name={at(`${base}.optional.label`)} label="Nazwa klauzuli (przy przełączniku w dokumencie)" required />
          <Checkbox form={form} name={at(`${base}.optional.defaultOn`)} label="Domyślnie włączony" />
        </div>
      )}
      <ItemButtons {...controls} />
    </fieldset>
  );
}

function Fields({ form, announce }: { form: Form; announce: (m: string) => void }) {
  const list = useFieldArray({ control: form.control, name: 'body.fields' });
  const addRef = useRef<HTMLButtonElement>(null);
  const controls = useListControls(form, list, { name: 'body.fields', focusField: 'key', addRef, noun: (n) => `pole ${n}`, announce });
  const add = () => {
    list.append({ key: '', label: '', type: 'text', required: false, help: '', defaultValue: '' });
    announce(`Dodano pole ${list.fields.length + 1}.`);
  };
  return (
    <Section title="Pola do uzupełnienia">
      <p className="mb-2 text-sm text-slate-700">Pola, o które formularz dokumentu pyta osobę wypełniającą. W treści wstawiasz je jako {'{{nazwa}}'}.</p>
      <ListError form={form} name="fields" />
      {list.fields.map((f, i) => (
        <FieldItem key={f.id} form={form} index={i} count={list.fields.length} noun={`pole ${i + 1}`} {...controls} />
      ))}
      <button ref={addRef} type="button" className={addButton} onClick={add}>
        Dodaj pole
      </button>
    </Section>
  );
}

function FieldItem({ form, ...controls }: { form: Form } & ListControls) {
  const base = `body.fields.${controls.index}`;
  return (
    <fieldset className={itemClass}>
      <legend className="px-1 font-semibold">Pole {controls.index + 1}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name={at(`${base}.key`)} label="Nazwa w treści" hint="Np. cel → {{cel}}. Małe litery, cyfry i „_”." required />
        <TextField form={form} name={at(`${base}.label`)} label="Etykieta w formularzu" required />
        <SelectField form={form} name={at(`${base}.type`)} label="Rodzaj pola" options={FIELD_TYPES} required />
        <TextField form={form} name={at(`${base}.defaultValue`)} label="Wartość domyślna (opcjonalnie)" />
      </div>
      <TextField form={form} name={at(`${base}.help`)} label="Podpowiedź pod polem (opcjonalnie)" />
      <Checkbox form={form} name={at(`${base}.required`)} label="Pole obowiązkowe" />
      <ItemButtons {...controls} />
    </fieldset>
  );
}

function Parties({ form, announce }: { form: Form; announce: (m: string) => void }) {
  const list = useFieldArray({ control: form.control, name: 'body.parties' });
  const addRef = useRef<HTMLButtonElement>(null);
  const controls = useListControls(form, list, { name: 'body.parties', focusField: 'role', addRef, noun: (n) => `rolę ${n}`, announce });
  const add = () => {
    list.append({ role: '', label: '', source: 'gmina', min: 1, max: 1, signs: true, tasks: false });
    announce(`Dodano rolę ${list.fields.length + 1}.`);
  };
  return (
    <Section title="Strony dokumentu">
      <p className="mb-2 text-sm text-slate-700">Role stron, np. powiat i gminy. Nazwy stron w danej roli wstawiasz jako {'{{strony:rola}}'}.</p>
      <ListError form={form} name="parties" />
      {list.fields.map((f, i) => (
        <RoleItem key={f.id} form={form} index={i} count={list.fields.length} noun={`rolę ${i + 1}`} {...controls} />
      ))}
      <button ref={addRef} type="button" className={addButton} onClick={add}>
        Dodaj rolę stron
      </button>
      <div className="mt-6">
        <TextField
          form={form}
          name="body.peopleLabel"
          label="Nagłówek listy osób (opcjonalnie)"
          hint="Np. „Animatorzy i radni”. Puste — dokument nie zawiera listy wskazanych osób (ani tabeli osób)."
        />
      </div>
    </Section>
  );
}

function RoleItem({ form, ...controls }: { form: Form } & ListControls) {
  const base = `body.parties.${controls.index}`;
  return (
    <fieldset className={itemClass}>
      <legend className="px-1 font-semibold">Rola {controls.index + 1}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField form={form} name={at(`${base}.role`)} label="Klucz roli" hint="Np. gmina → {{strony:gmina}}. Małe litery, cyfry i „_”." required />
        <TextField form={form} name={at(`${base}.label`)} label="Nazwa strony w dokumencie" hint="Np. „Gmina”, „Instytucja przystępująca”." required />
        <SelectField form={form} name={at(`${base}.source`)} label="Skąd pochodzi strona" options={SOURCES} required />
        <div className="grid grid-cols-2 gap-x-4">
          <TextField form={form} name={at(`${base}.min`)} label="Najmniej stron" required />
          <TextField form={form} name={at(`${base}.max`)} label="Najwięcej stron" required />
        </div>
      </div>
      <Checkbox form={form} name={at(`${base}.signs`)} label="Strony w tej roli podpisują dokument" />
      <Checkbox form={form} name={at(`${base}.tasks`)} label="Dokument wymienia zadania stron w tej roli" />
      <ItemButtons {...controls} />
    </fieldset>
  );
}

/** The placeholders a text may use, kept up to date with the fields and roles being edited. */
function PlaceholderHelp({ form }: { form: Form }) {
  const fields = (useWatch({ control: form.control, name: 'body.fields' }) ?? []) as { key?: string; label?: string }[];
  const parties = (useWatch({ control: form.control, name: 'body.parties' }) ?? []) as { role?: string; label?: string }[];
  const own = fields.filter((f) => f.key && KEY_PATTERN.test(f.key.trim()));
  const roles = parties.filter((r) => r.role && KEY_PATTERN.test(r.role.trim()));
  return (
    <aside tabIndex={0} aria-labelledby="dostepne-pola" className="focus:outline-2 focus:outline-brand-800 mb-8 rounded border border-slate-300 bg-slate-50 p-4 text-sm xl:sticky xl:top-4 xl:col-start-2 xl:row-start-1 xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto">
      <h2 id="dostepne-pola" className="mb-2 text-lg font-semibold text-brand-900">
        Dostępne pola
      </h2>
      <p className="mb-3">Wpisz nazwę w podwójnych nawiasach klamrowych we wstępie, treści paragrafu lub zakończeniu.</p>
      <h3 className="font-semibold">Zawsze dostępne</h3>
      <PlaceholderList items={Object.entries(BUILT_IN_PLACEHOLDERS).map(([key, label]) => [key, label])} />
      <h3 className="mt-3 font-semibold">Pola tego wzoru</h3>
      {own.length ? <PlaceholderList items={own.map((f) => [f.key!.trim(), f.label || '—'])} /> : <p className="text-slate-700">Brak — dodaj pola w części „Pola do uzupełnienia”.</p>}
      <h3 className="mt-3 font-semibold">Strony w roli</h3>
      {roles.length ? (
        <PlaceholderList items={roles.map((r) => [`strony:${r.role!.trim()}`, `nazwy stron: ${r.label || r.role}`])} />
      ) : (
        <p className="text-slate-700">Brak — dodaj role w części „Strony dokumentu”.</p>
      )}
    </aside>
  );
}

function PlaceholderList({ items }: { items: [string, string][] }) {
  return (
    <dl className="mt-1 space-y-1">
      {items.map(([key, label], i) => (
        <div key={`${i}-${key}`}>
          <dt className="inline">
            <code className="rounded bg-white px-1 font-mono text-brand-900">{`{{${key}}}`}</code>
          </dt>{' '}
          <dd className="inline text-slate-700">— {label}</dd>
        </div>
      ))}
    </dl>
  );
}

'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFieldArray, useWatch, type Path } from 'react-hook-form';
import { DocumentPreview } from '@/components/documents/DocumentPreview';
import { FormError, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/fields';
import { callAction } from '@/components/forms/call-action';
import { INVALID_SUMMARY, useActionForm } from '@/components/forms/use-action-form';
import { composeDocument, type DocumentContent, type DocumentMeta } from '@/lib/documents/compose';
import { documentContentSchema, saveDraftSchema } from '@/lib/documents/schemas';
import type { TemplateBody } from '@/lib/documents/template';
import { markReadyAction, saveDraftAction } from '../../actions';
import { Form } from '@/components/forms/Form';

type Values = { documentId: number; version: number; content: DocumentContent };
type Option = { id: number; name: string; address?: string };

const smallButton = 'rounded border border-slate-500 bg-white px-3 py-1 text-sm hover:bg-slate-100';

/**
 * The document form: parties picked from the registries, the template's fields, optional clauses,
 * named people — with a live preview composed by the same code as the PDF. Saving sends the
 * version it was based on; if someone saved meanwhile, the server refuses and nothing typed is lost.
 */
export function DocumentEditor({
  documentId,
  version,
  template,
  meta,
  content,
  institutions,
  gminas,
  checkReady = false,
}: {
  documentId: number;
  version: number;
  template: TemplateBody;
  meta: DocumentMeta;
  content: DocumentContent;
  institutions: Option[];
  gminas: Option[];
  /** Show at once, beside each field, what the document lacks before it can go to signature. */
  checkReady?: boolean;
}) {
  const id = useId();
  const router = useRouter();
  const readySchema = useMemo(() => documentContentSchema(template, { complete: true }), [template]);
  const [readyError, setReadyError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const schema = useMemo(() => saveDraftSchema(template), [template]);
  const [saved, setSaved] = useState<string | null>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(schema, saveDraftAction, {
    defaultValues: { documentId, version, content } as never,
    onSuccess: (data) => {
      const r = data as { version: number; revision: number };
      form.setValue('version' as never, r.version as never);
      setSaved(`Zapisano projekt (wersja treści ${r.revision}).`);
    },
  });
  const f = form as unknown as import('react-hook-form').UseFormReturn<Values>;
  const parties = useFieldArray({ control: f.control, name: 'content.parties' });
  const people = useFieldArray({ control: f.control, name: 'content.people' });
  const live = useWatch({ control: f.control, name: 'content' }) as DocumentContent;
  const composed = useMemo(() => composeDocument(template, { ...content, ...live, fields: { ...live.fields } }, meta), [template, content, live, meta]);
  const name = (p: string) => p as Path<Values>;
  // A message about the list as a whole (too few parties, no people): on the array or its root.
  type ListError = { message?: string; root?: { message?: string } } | undefined;
  const listError = (e: unknown) => (e as ListError)?.message ?? (e as ListError)?.root?.message;
  const partiesError = listError(f.formState.errors.content?.parties);
  const peopleError = listError(f.formState.errors.content?.people);

  /** Puts each message beside its field ("content.parties.1.tasks"), focusing the first. */
  const showErrors = (errors: Record<string, string[]>, focus: boolean) => {
    let first = focus;
    for (const [key, messages] of Object.entries(errors)) {
      f.setError(name(key), { type: 'ready', message: messages.join(' ') }, { shouldFocus: first });
      first = false;
    }
  };
  /** What the document lacks before signature, checked with the server's own rule. */
  const readyProblems = () => {
    const r = readySchema.safeParse(f.getValues('content'));
    if (r.success) return null;
    const out: Record<string, string[]> = {};
    for (const issue of r.error.issues) (out[['content', ...issue.path].join('.')] ??= []).push(issue.message);
    return out;
  };
  const checked = useRef(false);
  useEffect(() => {
    if (!checkReady || checked.current) return;
    checked.current = true;
    const problems = readyProblems();
    if (problems) {
      setReadyError('Uzupełnij zaznaczone pola, aby przekazać dokument do podpisu.');
      showErrors(problems, true);
    }
    // Once, on arrival from the document page.
  }, [checkReady]);

  const saveAndMarkReady = async () => {
    setSaved(null);
    setReadyError(null);
    const problems = readyProblems();
    if (problems) {
      setReadyError(INVALID_SUMMARY);
      return showErrors(problems, true);
    }
    setSending(true);
    const values = f.getValues();
    const s = await callAction(() => saveDraftAction(values));
    if (!s.ok) {
      setSending(false);
      setReadyError(s.message);
      return showErrors(s.fieldErrors ?? {}, true);
    }
    const version = (s.data as { version: number }).version;
    f.setValue('version', version);
    const r = await callAction(() => markReadyAction({ documentId, version }));
    setSending(false);
    if (!r.ok) {
      setReadyError(r.message);
      return showErrors(r.fieldErrors ?? {}, true);
    }
    router.push(`/dokumenty/${documentId}`);
  };

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <Form
        onSubmit={(e) => (setSaved(null), setReadyError(null), onSubmit(e))} noValidate aria-label="Treść dokumentu"
        note="Pola oznaczone gwiazdką (*) są wymagane, zanim przekażesz dokument do podpisu — projekt możesz zapisywać niepełny."
      >
        <FormError message={readyError ?? formError} />
        {saved && (
          <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
            {saved}
          </p>
        )}
        <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">Zawarcie</legend>
          <TextField form={f} name={name('content.place')} label="Miejsce zawarcia" required hint="Po „w” — np. Sokółce, Białymstoku (na wydruku: „zawarte … w Sokółce”)." />
          <TextField form={f} name={name('content.concludedOn')} label="Data zawarcia" type="date" hint="Można zostawić pustą — na wydruku pozostanie miejsce do wpisania." />
        </fieldset>

        <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">Strony</legend>
          {partiesError && (
            <p role="alert" className="mb-3 text-sm font-medium text-red-800">
              {partiesError}
            </p>
          )}
          {template.parties.map((role) => {
            const rows = parties.fields.map((p, index) => ({ p, index })).filter((x) => (x.p as unknown as { role: string }).role === role.role);
            return (
              <div key={role.role} className="mb-4">
                <h3 className="mb-2 font-semibold">
                  {role.label} ({role.min === role.max ? role.min : `${role.min}–${role.max}`})
                </h3>
                {rows.map(({ p, index }, n) => {
                  const base = `content.parties.${index}`;
                  const label = `${role.label} ${rows.length > 1 ? n + 1 : ''}`.trim();
                  return (
                    <fieldset key={p.id} className="mb-3 rounded border border-slate-300 p-3">
                      <legend className="px-1 font-medium">{label}</legend>
                      {role.source === 'institution' && (
                        <SelectField
                          form={f}
                          name={name(`${base}.institutionId`)}
                          label="Instytucja z rejestru"
                          required
                          options={institutions.map((o) => ({ value: String(o.id), label: o.name }))}
                          onChange={(v) => {
                            const o = institutions.find((x) => String(x.id) === v);
                            f.setValue(name(`${base}.name`), (o?.name ?? '') as never);
                            f.setValue(name(`${base}.address`), (o?.address ?? '') as never);
                          }}
                        />
                      )}
                      {role.source === 'gmina' && (
                        <SelectField
                          form={f}
                          name={name(`${base}.unitId`)}
                          label="Gmina"
                          required
                          options={gminas.map((o) => ({ value: String(o.id), label: o.name }))}
                          onChange={(v) => f.setValue(name(`${base}.name`), (gminas.find((x) => String(x.id) === v)?.name ?? '') as never)}
                        />
                      )}
                      {(role.source === 'powiat' || role.source === 'voivodeship' || role.source === 'parent') && <p className="mb-3 font-medium">{(p as unknown as { name: string }).name}</p>}
                      {role.source === 'person' && <TextField form={f} name={name(`${base}.name`)} label="Imię i nazwisko" required />}
                      <TextField form={f} name={name(`${base}.representativeName`)} label={role.source === 'person' ? 'Podpisuje (imię i nazwisko)' : 'Reprezentuje (imię i nazwisko)'} required={role.signs} />
                      {role.source !== 'person' && <TextField form={f} name={name(`${base}.representativeFunction`)} label="Funkcja osoby reprezentującej" required={role.signs} hint="Np. Starosta, Wójt Gminy, Dyrektor" />}
                      {role.tasks && <TextAreaField form={f} name={name(`${base}.tasks`)} label="Zadania strony" required hint="Każde zadanie w osobnym wierszu." rows={4} />}
                      <button type="button" className={smallButton} onClick={() => parties.remove(index)}>
                        Usuń: {label}
                      </button>
                    </fieldset>
                  );
                })}
                {rows.length < role.max && ['institution', 'gmina', 'person'].includes(role.source) && (
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => parties.append({ role: role.role, institutionId: null, unitId: null, name: '', address: '', representativeName: '', representativeFunction: '', tasks: '' })}
                  >
                    Dodaj: {role.label}
                  </button>
                )}
              </div>
            );
          })}
        </fieldset>

        {template.fields.length > 0 && (
          <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">Treść</legend>
            {template.fields.map((field) =>
              field.type === 'textarea' ? (
                <TextAreaField key={field.key} form={f} name={name(`content.fields.${field.key}`)} label={field.label} hint={field.help} required={field.required} rows={4} />
              ) : (
                <TextField key={field.key} form={f} name={name(`content.fields.${field.key}`)} label={field.label} hint={field.help} required={field.required} type={field.type === 'date' ? 'date' : 'text'} />
              ),
            )}
          </fieldset>
        )}

        {template.paragraphs.some((p) => p.optional) && (
          <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">Zapisy opcjonalne</legend>
            {template.paragraphs
              .filter((p) => p.optional)
              .map((p) => (
                <label key={p.key} className="mb-2 flex items-start gap-2">
                  <input type="checkbox" value={p.key} className="mt-1 h-5 w-5" {...f.register('content.clauses')} />
                  <span>
                    {p.optional!.label} <span className="text-sm text-slate-600">(„{p.heading}”)</span>
                  </span>
                </label>
              ))}
          </fieldset>
        )}

        {template.peopleLabel && (
          <fieldset className="mb-6 rounded border border-slate-200 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">
              {template.peopleLabel} <span className="text-red-800">*</span>
            </legend>
            {peopleError && (
              <p role="alert" className="mb-3 text-sm font-medium text-red-800">
                {peopleError}
              </p>
            )}
            {people.fields.map((p, i) => (
              <fieldset key={p.id} className="mb-3 rounded border border-slate-300 p-3">
                <legend className="px-1 font-medium">Osoba {i + 1}</legend>
                <TextField form={f} name={name(`content.people.${i}.function`)} label="Funkcja" required />
                <TextField form={f} name={name(`content.people.${i}.name`)} label="Imię i nazwisko" required />
                <TextField form={f} name={name(`content.people.${i}.unit`)} label="Jednostka (gmina, powiat, instytucja)" />
                <button type="button" className={smallButton} onClick={() => people.remove(i)}>
                  Usuń osobę {i + 1}
                </button>
              </fieldset>
            ))}
            <button type="button" className={smallButton} onClick={() => people.append({ function: '', name: '', unit: '' })}>
              Dodaj osobę
            </button>
          </fieldset>
        )}

        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton submitting={submitting}>Zapisz projekt</SubmitButton>
          <button type="button" onClick={saveAndMarkReady} disabled={sending || submitting} className="rounded border border-brand-800 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-70">
            {sending ? 'Proszę czekać…' : 'Zapisz i przekaż do podpisu'}
          </button>
          <Link href={`/dokumenty/${documentId}`} className="text-brand-800 underline">
            Wróć do dokumentu
          </Link>
        </div>
      </Form>
      {/* Scrollable on wide screens: focusable so the keyboard can scroll it too. */}
      <section tabIndex={0} aria-labelledby={`${id}-podglad`} className="focus:outline-2 focus:outline-brand-800 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto">
        <h2 id={`${id}-podglad`} className="mb-2 text-lg font-semibold">
          Podgląd na żywo
        </h2>
        <DocumentPreview doc={composed} headingLevel={3} />
      </section>
    </div>
  );
}

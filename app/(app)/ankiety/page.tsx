import type { Metadata } from 'next';
import Link from 'next/link';
import { TemplateActiveButton } from '@/components/questionnaires/TemplateActiveButton';
import { TemplateForm, type TemplateFormDefaults } from '@/components/questionnaires/TemplateForm';
import { TemplatePreview } from '@/components/questionnaires/TemplatePreview';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { count } from '@/lib/plural';
import { AUDIENCES, QUESTION_WORDS } from '@/lib/questionnaires/schemas';
import { listTemplates } from '@/lib/questionnaires/templates';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Wzory ankiet ewaluacyjnych' };

/** ROPS: the evaluation questionnaires' templates — list, preview, a new version or a new template. */
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ podglad?: string; wersja?: string; nowy?: string }> }) {
  const sp = await searchParams;
  const actor = await requireActor();
  const templates = await guard(listTemplates(actor));
  const latest = new Set<number>();
  const seenKeys = new Set<string>();
  for (const t of templates) if (!seenKeys.has(t.key)) (seenKeys.add(t.key), latest.add(t.id));
  // What animators give out: the highest version of each template that is switched on.
  const given = new Set<number>();
  const givenKeys = new Set<string>();
  for (const t of templates) if (t.active && !givenKeys.has(t.key)) (givenKeys.add(t.key), given.add(t.id));
  const preview = templates.find((t) => String(t.id) === sp.podglad);
  const base = templates.find((t) => String(t.id) === sp.wersja && latest.has(t.id));
  const defaults: TemplateFormDefaults | null = base
    ? {
        baseId: base.id,
        key: base.key,
        audience: base.audience,
        title: base.title,
        intro: base.intro,
        questions: base.questions.map((q) => ({ key: q.key, kind: q.kind, text: q.text, options: (q.options ?? []).join('\n'), max: String(q.max ?? 5), minLabel: q.minLabel ?? '', maxLabel: q.maxLabel ?? '', required: !!q.required })),
      }
    : sp.nowy
      ? { key: '', audience: 'family', title: '', intro: '', questions: [{ key: 'pytanie_1', kind: 'scale', text: '', options: '', max: '5', minLabel: '', maxLabel: '', required: true }] }
      : null;
  return (
    <>
      <PageHeader
        title="Wzory ankiet ewaluacyjnych"
        lead="Ankiety etapu IV (krok 9.1) dla rodzin, instytucji PZK i władz samorządowych. Zmiana wzoru to jego nowa wersja — odpowiedzi zebrane wcześniej zostają przy swojej wersji. Animatorzy wydają zawsze najnowszą włączoną wersję; własny wzór ROPS (lub jego wersję) można wyłączyć."
      />
      {defaults && (
        <section aria-labelledby="edycja" className="mb-8">
          <h2 id="edycja" className="mb-3 text-xl font-semibold">
            {base ? `Nowa wersja: ${base.title} (po wersji ${base.version})` : 'Nowy wzór ankiety'}
          </h2>
          <TemplateForm defaults={defaults} />
        </section>
      )}
      {preview && !defaults && (
        <section aria-labelledby="podglad" className="mb-8 rounded border border-slate-300 bg-white p-4">
          <h2 id="podglad" className="mb-1 text-xl font-semibold">
            Podgląd: {preview.title} (wersja {preview.version})
          </h2>
          <TemplatePreview intro={preview.intro} questions={preview.questions} />
        </section>
      )}
      <p className="mb-4">
        <Link href="/ankiety?nowy=1" className={linkClass}>
          Dodaj nowy wzór ankiety
        </Link>
      </p>
      <ResponsiveTable label="Wzory ankiet">
        <table className={tableClass}>
          <caption className="mb-2 text-left text-lg font-semibold">Wzory i ich wersje</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                Tytuł
              </th>
              <th scope="col" className={thClass}>
                Adresaci
              </th>
              <th scope="col" className={thClass}>
                Wersja
              </th>
              <th scope="col" className={thClass}>
                Czyj
              </th>
              <th scope="col" className={thClass}>
                Działania
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  {t.title}
                  <span className="block text-xs text-slate-700">
                    {count(t.questions.length, QUESTION_WORDS)}, od {formatDate(t.createdAt)}
                  </span>
                </th>
                <td className={tdClass}>{AUDIENCES[t.audience]}</td>
                <td className={tdClass}>
                  {t.version}
                  {given.has(t.id) ? ' (wydawana)' : !t.active ? ' (wyłączona)' : ' (wcześniejsza)'}
                </td>
                <td className={tdClass}>{t.voivodeshipId === null ? 'wzór Modelu' : 'wzór ROPS'}</td>
                <td className={tdClass}>
                  <Link href={`/ankiety?podglad=${t.id}`} className={linkClass}>
                    Podgląd<span className="sr-only">: {t.title}, wersja {t.version}</span>
                  </Link>
                  {latest.has(t.id) && (
                    <>
                      {' · '}
                      <Link href={`/ankiety?wersja=${t.id}`} className={linkClass}>
                        Nowa wersja<span className="sr-only">: {t.title}</span>
                      </Link>
                    </>
                  )}
                  {t.voivodeshipId !== null && <TemplateActiveButton templateId={t.id} title={t.title} version={t.version} active={t.active} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { materialsForStep } from '@/lib/materials/materials';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import type { ModelVariant } from '@/db/schema';
import { getActor } from '@/lib/auth/session';
import { mayEver } from '@/lib/auth/policy';
import { editModeOf } from '@/lib/model/edit-mode';
import { getCatalogue, VARIANT_LABELS } from '@/lib/model/catalogue';
import { CADENCE_LABELS, ROMAN, monthsLabel } from '@/lib/model/labels';
import { guard } from '@/lib/page-guard';
import { intParam } from '@/lib/search-params';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Model Kooperacji — etapy i kroki' };

export default async function CataloguePage({ params, searchParams }: { params: Promise<{ variant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { variant } = await params;
  if (!(variant in VARIANT_LABELS)) notFound();
  // Public: a visitor without an account reads the model too; editing is for the roles that have it.
  const actor = await getActor();
  const { catalogue: c, versions, latestId } = await guard(getCatalogue(actor, variant as ModelVariant, intParam(await searchParams, 'wersja')));
  // The national administrator edits the current version; a ROPS administrator proposes changes to it.
  const mode = actor && c.id === latestId ? editModeOf(actor.scope, 'catalogue.manage') : null;
  const canEdit = mode !== null;
  const editText = mode === 'propose' ? 'Zaproponuj zmianę' : 'Edytuj';
  // What to read for each step (e-szkoła materials attached to it, as this reader may see them);
  // materials belong to a województwo, so the national administrator has none.
  const reading = new Map(actor && mayEver(actor.scope, 'region.view') ? await Promise.all(c.steps.map(async (s) => [s.id, await materialsForStep(actor, s.number)] as const)) : []);
  return (
    <>
      <PageHeader title={c.name} lead={`Wersja katalogu ${c.version} z ${formatDate(c.createdAt)}. ${c.description}`} />
      <nav aria-label="Warianty modelu" className="mb-6 flex flex-wrap gap-4">
        {(Object.keys(VARIANT_LABELS) as ModelVariant[]).map((v) => (
          <Link key={v} href={`/model/${v}`} aria-current={v === variant ? 'page' : undefined} className={`${linkClass} ${v === variant ? 'font-bold' : ''}`}>
            {VARIANT_LABELS[v]}
          </Link>
        ))}
      </nav>
      {mode === 'propose' && (
        <p className="mb-4 max-w-3xl">
          Katalog jest wspólny dla całego kraju: zmiany w nim proponujesz administratorowi krajowemu modelu, który je przyjmuje albo zwraca.{' '}
          <Link href="/admin/propozycje" className={linkClass}>
            Propozycje zmian modelu
          </Link>
        </p>
      )}
      {c.id !== latestId && (
        <p role="status" className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
          Oglądasz starszą wersję katalogu. Wdrożenia rozpoczęte na tej wersji nadal z niej korzystają.{' '}
          <Link href={`/model/${variant}`} className={linkClass}>
            Przejdź do aktualnej wersji
          </Link>
        </p>
      )}
      <section aria-labelledby="harmonogram" className="mb-8">
        <h2 id="harmonogram" className="mb-2 text-xl font-semibold">
          Przykładowy harmonogram wdrożenia
        </h2>
        <ResponsiveTable label="Harmonogram wdrożenia: kroki i miesiące">
          <table className={tableClass}>
            <caption className="sr-only">Kroki modelu w kolejnych miesiącach wdrożenia (miesiąc 1 — pierwszy miesiąc po przyjęciu zgłoszenia)</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Krok
                </th>
                <th scope="col" className={thClass}>
                  Etap
                </th>
                <th scope="col" className={thClass}>
                  Miesiące
                </th>
              </tr>
            </thead>
            <tbody>
              {c.steps.map((step) => {
                const subs = c.substeps.filter((s) => s.stepId === step.id);
                const stage = c.stages.find((st) => st.id === step.stageId);
                const from = Math.min(...subs.map((s) => s.startMonth));
                const to = Math.max(...subs.map((s) => s.startMonth + s.durationMonths - 1));
                return (
                  <tr key={step.id}>
                    <th scope="row" className={`${tdClass} font-normal`}>
                      <Link href={`/model/${variant}/kroki/${step.number}`} className={linkClass}>
                        {step.number}. {step.name}
                      </Link>
                    </th>
                    <td className={tdClass}>{stage ? ROMAN[stage.number] : ''}</td>
                    <td className={`${tdClass} whitespace-nowrap`}>{subs.length ? monthsLabel(from, to - from + 1) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ResponsiveTable>
      </section>
      {c.stages.map((stage) => (
        <section key={stage.id} aria-labelledby={`etap-${stage.number}`} className="mb-8">
          <h2 id={`etap-${stage.number}`} className="mb-1 text-xl font-semibold">
            Etap {ROMAN[stage.number]}. {stage.name}
          </h2>
          <p className="mb-3 text-slate-700">
            {monthsLabel(stage.startMonth, stage.durationMonths)} · {stage.level === 'regional' ? 'poziom wojewódzki (ROPS)' : 'gmina i powiat'}. {stage.description}
          </p>
          {c.steps
            .filter((s) => s.stageId === stage.id)
            .map((step) => (
              <div key={step.id} className="mb-4 rounded border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">
                  <Link href={`/model/${variant}/kroki/${step.number}`} className={linkClass}>
                    Krok {step.number}. {step.name}
                  </Link>
                </h3>
                <p className="mb-2 text-slate-700">{step.description}</p>
                {(reading.get(step.id) ?? []).length > 0 && (
                  <p className="mb-2 text-sm">
                    Do przeczytania (e-szkoła):{' '}
                    {reading.get(step.id)!.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && '; '}
                        <Link href={`/e-szkola/${m.id}`} className={linkClass}>
                          {m.title}
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
                {canEdit && (
                  <p className="mb-2">
                    <Link href={`/model/${variant}/kroki/${step.number}`} className={`${linkClass} text-sm`}>
                      {mode === 'propose' ? 'Zaproponuj zmianę kroku' : 'Edytuj krok'}
                      <span className="sr-only"> {step.number}</span>
                    </Link>
                  </p>
                )}
                <ul className="space-y-3">
                  {c.substeps
                    .filter((s) => s.stepId === step.id)
                    .map((s) => (
                      <li key={s.id} className="border-l-4 border-brand-100 pl-3">
                        <p className="font-medium">
                          {s.code} {s.name}{' '}
                          <span className="font-normal text-slate-600">
                            ({monthsLabel(s.startMonth, s.durationMonths)}; odpowiedzialni: {s.responsible.join(', ')})
                          </span>
                        </p>
                        <p className="text-slate-700">{s.description}</p>
                        {s.evidence !== 'none' && <p className="text-sm">Dowód wykonania: {s.evidenceLabel}</p>}
                        <ul className="ml-5 list-disc text-sm">
                          {s.checklist.map((i) => (
                            <li key={i.id}>{i.text}</li>
                          ))}
                        </ul>
                        {canEdit && (
                          <Link href={`/model/${variant}/${s.code}`} className={`${linkClass} text-sm`}>
                            {editText}
                            <span className="sr-only"> {mode === 'propose' ? `podkroku ${s.code}` : `podkrok ${s.code}`}</span>
                          </Link>
                        )}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
        </section>
      ))}
      <section aria-labelledby="cykliczne" className="mb-8">
        <h2 id="cykliczne" className="mb-3 text-xl font-semibold">
          Zadania cykliczne
        </h2>
        <ul className="space-y-2">
          {c.recurring.map((r) => (
            <li key={r.id} className="rounded border border-slate-200 bg-white p-3">
              <span className="font-medium">{r.name}</span> — {CADENCE_LABELS[r.cadence]}, {monthsLabel(r.fromMonth, r.toMonth - r.fromMonth + 1)} ({r.responsible.join(', ')}). {r.description}
              {canEdit && (
                <>
                  {' '}
                  <Link href={`/model/${variant}/zadania/${r.code}`} className={`${linkClass} text-sm`}>
                    {editText}
                    <span className="sr-only"> {mode === 'propose' ? 'zadania cyklicznego' : 'zadanie cykliczne'}: {r.name}</span>
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="wersje">
        <h2 id="wersje" className="mb-3 text-xl font-semibold">
          Wersje katalogu
        </h2>
        <ol className="list-inside list-decimal">
          {versions.map((v) => (
            <li key={v.id}>
              <Link href={`/model/${variant}?wersja=${v.id}`} className={linkClass}>
                wersja {v.version} z {formatDate(v.createdAt)}
              </Link>
              {v.note && <span className="text-slate-700"> — {v.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

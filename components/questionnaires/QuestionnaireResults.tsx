import Link from 'next/link';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import type { QuestionnaireSection } from '@/lib/questionnaires/report';
import type { QuestionResult } from '@/lib/questionnaires/results';

type Row = { label: string; count: number };

/**
 * A horizontal bar chart drawn with CSS, hidden from screen readers: the table next to it carries
 * the same numbers. Bars are dark enough (3:1) against the page.
 */
function Bars({ rows }: { rows: Row[] }) {
  const top = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div aria-hidden="true" className="mb-2 space-y-1">
      {rows.map((r) => (
        <div key={r.label} className="flex items-center gap-2 text-sm">
          <span className="w-28 shrink-0 truncate sm:w-40">{r.label}</span>
          <span className="h-4 min-w-0 flex-1">
            <span className="block h-4 rounded-sm bg-brand-800" style={{ width: `${(r.count / top) * 100}%` }} />
          </span>
          <span className="w-6 shrink-0 text-right tabular-nums">{r.count}</span>
        </div>
      ))}
    </div>
  );
}

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: Row[] }) {
  return (
    <ResponsiveTable label={caption}>
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {head}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Liczba wskazań
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={`${tdClass} font-normal`}>
                {r.label}
              </th>
              <td className={`${tdClass} text-right tabular-nums`}>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

function Question({ q }: { q: QuestionResult }) {
  if (q.kind === 'open')
    return (
      <section className="mb-5">
        <h4 className="font-medium">{q.text}</h4>
        {q.answers.length === 0 ? (
          <p className="text-slate-700">— brak odpowiedzi —</p>
        ) : (
          <ul className="ml-5 list-disc">
            {q.answers.map((a, i) => (
              <li key={i} className="whitespace-pre-line">
                {a}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  const rows: Row[] = q.kind === 'scale' ? q.distribution.map((d) => ({ label: d.value === 1 ? `1 — ${q.minLabel}` : d.value === q.max ? `${d.value} — ${q.maxLabel}` : String(d.value), count: d.count })) : q.options.map((o) => ({ label: o.option, count: o.count }));
  return (
    <section className="mb-5">
      <h4 className="font-medium">{q.text}</h4>
      <p className="mb-1 text-sm text-slate-700">{q.kind === 'scale' ? `Średnia: ${q.mean ?? '—'} (skala 1–${q.max}), odpowiedzi: ${q.count}.` : `Odpowiedzi: ${q.count}${q.kind === 'multiple' ? ' (można było zaznaczyć kilka)' : ''}.`}</p>
      <Bars rows={rows} />
      <CountTable caption={q.text} head={q.kind === 'scale' ? 'Ocena' : 'Odpowiedź'} rows={rows} />
    </section>
  );
}

/** The questionnaires' results in the 9.2 report: nothing aggregate below the anonymity threshold. */
export function QuestionnaireResults({ sections, implementationId }: { sections: QuestionnaireSection[]; implementationId: number }) {
  return (
    <section aria-labelledby="ankiety-wyniki" className="mt-8 max-w-4xl">
      <h2 id="ankiety-wyniki" className="mb-3 text-xl font-semibold">
        Ankiety ewaluacyjne
      </h2>
      <p className="mb-3">
        <Link href={`/ewaluacja/${implementationId}/ankiety`} className={linkClass}>
          Wydawanie ankiet (link lub wypełnienie z rodziną) i ich lista
        </Link>
      </p>
      {sections.length === 0 && <p className="text-slate-700">Nie zebrano jeszcze odpowiedzi na ankiety.</p>}
      {sections.map((s) => (
        <section key={s.templateId} className="mb-6 rounded border border-slate-300 bg-white p-4" aria-labelledby={`ankieta-${s.templateId}`}>
          <h3 id={`ankieta-${s.templateId}`} className="text-lg font-semibold">
            {s.title}
          </h3>
          <p className="mb-3 text-sm text-slate-700">
            Wersja {s.version}; adresaci: {s.audienceLabel}.
          </p>
          {s.results.shown ? (
            <>
              <p className="mb-3">Liczba odpowiedzi: {s.results.answers}. Odpowiedzi są anonimowe.</p>
              {s.results.questions.map((q) => (
                <Question key={q.key} q={q} />
              ))}
            </>
          ) : (
            <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">
              {s.results.message}
            </p>
          )}
        </section>
      ))}
    </section>
  );
}

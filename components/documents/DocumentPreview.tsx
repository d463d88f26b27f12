import type { ComposedDocument, ComposedParty } from '@/lib/documents/compose';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

/*
 * A filled document as HTML: the live preview in the editor (client) and the document page
 * (server) print the same composed text as the PDF. No hooks, so it renders on either side.
 */

const cell = 'border border-slate-300 px-2 py-1 align-top';

function PartiesTable({ parties }: { parties: ComposedParty[] }) {
  return (
    <ResponsiveTable label="Strony">
    <table className="my-2 w-full border-collapse text-sm">
      <caption className="sr-only">Strony</caption>
      <thead>
        <tr className="bg-slate-100">
          <th scope="col" className={cell}>Strona</th>
          <th scope="col" className={cell}>Nazwa</th>
          <th scope="col" className={cell}>Reprezentowana przez</th>
        </tr>
      </thead>
      <tbody>
        {parties.map((p, i) => (
          <tr key={i}>
            <td className={cell}>{p.roleLabel}</td>
            <td className={cell}>
              {p.name || '…'}
              {p.address && <span className="block text-slate-600">{p.address}</span>}
            </td>
            <td className={cell}>{[p.representativeName, p.representativeFunction].filter(Boolean).join(' — ') || '…'}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </ResponsiveTable>
  );
}

function TasksTable({ parties }: { parties: ComposedParty[] }) {
  const withTasks = parties.filter((p) => p.tasks.length);
  if (!withTasks.length) return <p className="text-sm text-slate-600">Zadania stron nie zostały jeszcze wpisane.</p>;
  return (
    <ResponsiveTable label="Zadania stron">
    <table className="my-2 w-full border-collapse text-sm">
      <caption className="sr-only">Zadania stron</caption>
      <thead>
        <tr className="bg-slate-100">
          <th scope="col" className={cell}>Strona</th>
          <th scope="col" className={cell}>Zadania</th>
        </tr>
      </thead>
      <tbody>
        {withTasks.map((p, i) => (
          <tr key={i}>
            <th scope="row" className={`${cell} text-left font-normal`}>{p.name}</th>
            <td className={cell}>
              <ol className="list-decimal pl-5">
                {p.tasks.map((t, j) => (
                  <li key={j}>{t}</li>
                ))}
              </ol>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </ResponsiveTable>
  );
}

function PeopleTable({ doc }: { doc: ComposedDocument }) {
  if (!doc.people.length) return <p className="text-sm text-slate-600">Lista osób jest pusta.</p>;
  return (
    <ResponsiveTable label={doc.peopleLabel ?? 'Osoby'}>
    <table className="my-2 w-full border-collapse text-sm">
      <caption className="sr-only">{doc.peopleLabel}</caption>
      <thead>
        <tr className="bg-slate-100">
          <th scope="col" className={cell}>Funkcja</th>
          <th scope="col" className={cell}>Imię i nazwisko</th>
          <th scope="col" className={cell}>Jednostka</th>
        </tr>
      </thead>
      <tbody>
        {doc.people.map((p, i) => (
          <tr key={i}>
            <td className={cell}>{p.function}</td>
            <td className={cell}>{p.name}</td>
            <td className={cell}>{p.unit}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </ResponsiveTable>
  );
}

export function DocumentPreview({ doc, signedOn, headingLevel = 2 }: { doc: ComposedDocument; signedOn?: (string | null)[] | null; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const signing = doc.parties.map((p) => ({ p, date: signedOn?.[p.index] ?? null })).filter((x) => x.p.signs);
  return (
    <article className="rounded border border-slate-300 bg-white p-6 font-serif leading-relaxed text-slate-900 [overflow-wrap:anywhere]" aria-label={`Treść dokumentu: ${doc.title}`}>
      <H className="text-center text-lg font-bold">{doc.title}</H>
      <p className="text-center text-sm text-slate-700">Nr {doc.number}</p>
      <p className="mt-4">{doc.preamble}</p>
      <PartiesTable parties={doc.parties} />
      {doc.paragraphs.map((p) => (
        <section key={p.key} className="mt-4">
          <p className="text-center font-bold">
            § {p.number}
            <span className="block">{p.heading}</span>
          </p>
          {p.points.length > 1 ? (
            <ol className="mt-1 list-decimal space-y-1 pl-6">
              {p.points.map((t, i) => (
                <li key={i} className="whitespace-pre-line">
                  {t}
                </li>
              ))}
            </ol>
          ) : (
            p.points.map((t, i) => (
              <p key={i} className="mt-1 whitespace-pre-line">
                {t}
              </p>
            ))
          )}
          {p.table === 'parties' && <PartiesTable parties={doc.parties} />}
          {p.table === 'tasks' && <TasksTable parties={doc.parties} />}
          {p.table === 'people' && <PeopleTable doc={doc} />}
        </section>
      ))}
      {doc.closing && <p className="mt-4">{doc.closing}</p>}
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        {signing.map(({ p, date }, i) => (
          <div key={i} className="rounded border border-dashed border-slate-400 p-3 text-sm">
            <p className="font-semibold">{p.roleLabel}</p>
            <p>{p.name || '…'}</p>
            <p>{[p.representativeName, p.representativeFunction].filter(Boolean).join(', ') || '…'}</p>
            <p className="mt-2">Data: {date ? formatDate(date) : '……………'}</p>
            <p className="text-slate-600">podpis: ……………………</p>
          </div>
        ))}
      </div>
    </article>
  );
}

import { Fragment } from 'react';
import { PRACTICE_LABELS as L } from '@/lib/practices/schemas';
import { itemsOf } from '@/lib/practices/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export interface SheetData {
  id: number;
  level: string;
  area: string;
  description: string;
  conditions: string;
  process: string[];
  solution: string;
  swotStrengths: string;
  swotWeaknesses: string;
  swotOpportunities: string;
  swotThreats: string;
  measures: string;
  contact: string;
  place: string;
  voivodeshipName: string;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((p, i) => (
        <p key={i} className="mb-3 whitespace-pre-line">
          {p.trim()}
        </p>
      ))}
    </>
  );
}

function Items({ text }: { text: string }) {
  const items = itemsOf(text);
  if (!items.length) return <p className="text-slate-600">Nie wpisano.</p>;
  return (
    <ul className="ml-5 list-disc space-y-1">
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

const SWOT = [
  ['swotStrengths', 'swotWeaknesses'],
  ['swotOpportunities', 'swotThreats'],
] as const;

/** The sheet of a good practice: every field, the process as an ordered list, the SWOT as a 2×2 table. */
export function PracticeSheet({ p }: { p: SheetData }) {
  const section = (key: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={`${key}-${p.id}`} className="mb-6">
      <h2 id={`${key}-${p.id}`} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {body}
    </section>
  );
  return (
    <div className="max-w-4xl">
      <dl className="mb-6 grid gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {(
          [
            [L.level, p.level],
            [L.area, p.area],
            ['Gmina / powiat', p.place || '—'],
            ['Województwo', p.voivodeshipName],
          ] as const
        ).map(([k, v]) => (
          <Fragment key={k}>
            <dt className="font-medium">{k}</dt>
            <dd>{v}</dd>
          </Fragment>
        ))}
      </dl>
      {section('opis', L.description, <Paragraphs text={p.description} />)}
      {section('warunki', L.conditions, <Paragraphs text={p.conditions} />)}
      {section(
        'proces',
        L.process,
        <ol className="ml-6 list-decimal space-y-1">
          {p.process.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>,
      )}
      {section('rozwiazanie', L.solution, <Paragraphs text={p.solution} />)}
      {section(
        'swot',
        L.swot,
        <ResponsiveTable label="Analiza SWOT: czynniki wewnętrzne (mocne i słabe strony) i zewnętrzne (szanse i zagrożenia)">
        <table className="w-full table-fixed border-collapse bg-white text-left">
          <caption className="sr-only">Analiza SWOT: czynniki wewnętrzne (mocne i słabe strony) i zewnętrzne (szanse i zagrożenia)</caption>
          <thead>
            <tr>
              <th scope="col" className="w-1/2 border border-slate-300 bg-brand-800 px-3 py-2 text-white">
                {L.swotStrengths}
              </th>
              <th scope="col" className="w-1/2 border border-slate-300 bg-brand-800 px-3 py-2 text-white">
                {L.swotWeaknesses}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {SWOT[0].map((k) => (
                <td key={k} className="border border-slate-300 px-3 py-2 align-top">
                  <Items text={p[k]} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="col" className="border border-slate-300 bg-brand-800 px-3 py-2 text-white">
                {L.swotOpportunities}
              </th>
              <th scope="col" className="border border-slate-300 bg-brand-800 px-3 py-2 text-white">
                {L.swotThreats}
              </th>
            </tr>
            <tr>
              {SWOT[1].map((k) => (
                <td key={k} className="border border-slate-300 px-3 py-2 align-top">
                  <Items text={p[k]} />
                </td>
              ))}
            </tr>
          </tbody>
        </table>,
        </ResponsiveTable>
      )}
      {section('pomiar', L.measures, <Items text={p.measures} />)}
      {section('kontakt', L.contact, <p className="whitespace-pre-line">{p.contact}</p>)}
    </div>
  );
}

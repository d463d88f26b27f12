import { swotItems } from '@/lib/cases/diagnosis-schemas';

const QUADRANTS = [
  { key: 'strengths', label: 'Mocne strony', tone: 'border-green-700 bg-green-50' },
  { key: 'weaknesses', label: 'Słabe strony', tone: 'border-red-700 bg-red-50' },
  { key: 'opportunities', label: 'Szanse', tone: 'border-sky-700 bg-sky-50' },
  { key: 'threats', label: 'Zagrożenia', tone: 'border-amber-700 bg-amber-50' },
] as const;

export interface Swot {
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
}

/**
 * The SWOT of a diagnosis as a 2×2 grid of lists (one item per typed line): strengths and
 * weaknesses on top, opportunities and threats below. Each quadrant has its own heading, so the
 * grid reads in order without the layout.
 */
export function SwotGrid({ swot, headingLevel = 3 }: { swot: Swot; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="grid max-w-4xl grid-cols-1 gap-3 sm:grid-cols-2">
      {QUADRANTS.map((q) => {
        const items = swotItems(swot[q.key]);
        return (
          <div key={q.key} className={`rounded border-l-4 p-3 ${q.tone}`}>
            <H className="mb-1 font-semibold">{q.label}</H>
            {items.length ? (
              <ul className="list-disc space-y-1 pl-5">
                {items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">Brak wpisów.</p>
            )}
          </div>
        );
      })}
    </div>
  );
}

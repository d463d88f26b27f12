import { ROMAN } from '@/lib/model/labels';
import { plural, WORDS } from '@/lib/plural';

/** Horizontal bars: how many gminas are in each stage. The numbers are printed too, so no colour or length is needed to read it. */
export function StageChart({ counts }: { counts: Record<0 | 1 | 2 | 3 | 4, number> }) {
  const rows = ([1, 2, 3, 4, 0] as const).map((s) => ({ label: s === 0 ? 'Zakończone' : `Etap ${ROMAN[s]}`, n: counts[s] }));
  const max = Math.max(1, ...rows.map((r) => r.n));
  const total = rows.reduce((a, r) => a + r.n, 0);
  const summary = rows.map((r) => `${r.label}: ${r.n}`).join(', ');
  return (
    <figure className="mb-6 max-w-xl">
      <svg viewBox={`0 0 400 ${rows.length * 28 + 4}`} width="100%" role="img" aria-labelledby="wykres-etapy-tytul wykres-etapy-opis">
        <title id="wykres-etapy-tytul">Liczba gmin w poszczególnych etapach</title>
        <desc id="wykres-etapy-opis">{`${total} ${plural(total, WORDS.gmina)} — ${summary}.`}</desc>
        {rows.map((r, i) => (
          <g key={r.label} transform={`translate(0 ${i * 28 + 2})`}>
            <text x="0" y="17" fontSize="13" fill="#0f172a">
              {r.label}
            </text>
            <rect x="100" y="4" height="18" width={(r.n / max) * 250} fill="#163d70" />
            <text x={106 + (r.n / max) * 250} y="17" fontSize="13" fill="#0f172a">
              {r.n}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="text-sm text-slate-700">Gminy według bieżącego etapu: {summary}.</figcaption>
    </figure>
  );
}

import { normalizeSearch } from '@/lib/services/normalize';

/** The non-empty lines of a text, without a leading "1.", "2)", "-" or "•" (the sheet numbers or bullets them itself). */
export function itemsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^\s*(?:\d{1,2}[.)]|[-–•*])\s+/, '').trim())
    .filter(Boolean);
}

/** What a good practice is found by: every field of its sheet and its place, without Polish letters or case. */
export function practiceSearchText(p: {
  name: string;
  level: string;
  area: string;
  description: string;
  conditions: string;
  process: readonly string[];
  solution: string;
  swotStrengths: string;
  swotWeaknesses: string;
  swotOpportunities: string;
  swotThreats: string;
  measures: string;
  contact: string;
  place?: string;
}): string {
  return normalizeSearch(
    [p.name, p.level, p.area, p.place ?? '', p.description, p.conditions, ...p.process, p.solution, p.swotStrengths, p.swotWeaknesses, p.swotOpportunities, p.swotThreats, p.measures, p.contact].join(' '),
  );
}

/** "gmina Janów, powiat sokólski", "powiat sokólski" or "". */
export function placeLabel(p: { gminaName: string | null; powiatName: string | null }) {
  return [p.gminaName && `gmina ${p.gminaName}`, p.powiatName && `powiat ${p.powiatName}`].filter(Boolean).join(', ');
}

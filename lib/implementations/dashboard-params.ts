import { SORTS, type DashboardFilter, type SortKey } from './dashboard';

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

const get = (p: Params, k: string) => {
  const v = p instanceof URLSearchParams ? p.get(k) : p[k];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
};

/**
 * The dashboard's filters from a URL (page, CSV and PDF exports share them):
 * powiat=<id>, etap=0..4 (0 = finished), zalegle=1, sort=<key>, kierunek=malejaco.
 */
export function dashboardFilterFromParams(p: Params): DashboardFilter {
  const powiat = get(p, 'powiat');
  const etap = get(p, 'etap');
  const sort = get(p, 'sort');
  return {
    powiatId: powiat && /^\d{1,9}$/.test(powiat) ? Number(powiat) : undefined,
    stage: etap && /^[0-4]$/.test(etap) ? Number(etap) : undefined,
    overdueOnly: get(p, 'zalegle') === '1',
    sort: sort && sort in SORTS ? (sort as SortKey) : undefined,
    desc: get(p, 'kierunek') === 'malejaco',
  };
}

export function dashboardParamsOf(f: DashboardFilter): URLSearchParams {
  const q = new URLSearchParams();
  if (f.powiatId) q.set('powiat', String(f.powiatId));
  if (f.stage !== undefined) q.set('etap', String(f.stage));
  if (f.overdueOnly) q.set('zalegle', '1');
  if (f.sort) q.set('sort', f.sort);
  if (f.desc) q.set('kierunek', 'malejaco');
  return q;
}

/** The dashboard page's `strona` (1-based); anything else is the first page. Not a filter: the exports ignore it. */
export function dashboardPageFromParams(p: Params): number {
  const s = get(p, 'strona');
  return s && /^\d{1,6}$/.test(s) && Number(s) >= 1 ? Number(s) : 1;
}

/** The dashboard's URL with its filters and sort, on page `page` (the first page carries no `strona`). */
export function dashboardHref(basePath: string, f: DashboardFilter, page = 1): string {
  const q = dashboardParamsOf(f);
  if (page > 1) q.set('strona', String(page));
  const s = q.toString();
  return s ? `${basePath}?${s}` : basePath;
}

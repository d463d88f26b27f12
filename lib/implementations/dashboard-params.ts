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

/** One string from Next's searchParams (which may hold arrays), trimmed and bounded. */
export function param(sp: Record<string, string | string[] | undefined>, key: string, max = 200): string | undefined {
  const v = sp[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s.slice(0, max) : undefined;
}

export function intParam(sp: Record<string, string | string[] | undefined>, key: string): number | undefined {
  const s = param(sp, key, 12);
  return s && /^\d+$/.test(s) ? Number(s) : undefined;
}

export function dateParam(sp: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const s = param(sp, key, 10);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined;
}

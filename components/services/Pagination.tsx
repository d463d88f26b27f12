import Link from 'next/link';
import { linkClass } from '@/components/ui/PageHeader';

/** Previous/next links for a list of results, with where the reader is. Works without JavaScript. */
export function Pagination({ page, total, pageSize, hrefFor }: { page: number; total: number; pageSize: number; hrefFor: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1 && page === 1) return null;
  return (
    <nav aria-label="Strony wyników" className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pages))} className={linkClass} rel="prev">
          ← Poprzednia strona
        </Link>
      ) : null}
      <span>
        Strona {page} z {pages}
      </span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          Następna strona →
        </Link>
      ) : null}
    </nav>
  );
}

/** A URL with the given query parameters, leaving out the empty ones. */
export function withParams(path: string, params: Record<string, string | number | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

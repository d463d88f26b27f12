import Link from 'next/link';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { plural, WORDS } from '@/lib/plural';
import { formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export interface ThreadRow {
  id: number;
  title: string;
  createdByName: string;
  createdAt: Date;
  lastPostAt: Date;
  postCount: number;
}

/** Threads, most recently active first (the order the domain returns them in). */
export function ThreadList({ threads, basePath, caption }: { threads: ThreadRow[]; basePath: string; caption: string }) {
  if (threads.length === 0) return <p>Nie ma jeszcze żadnych wątków.</p>;
  return (
    <ResponsiveTable label={caption}>
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Wątek</th>
            <th scope="col" className={thClass}>Rozpoczęty przez</th>
            <th scope="col" className={thClass}>Wpisy</th>
            <th scope="col" className={thClass}>Ostatni wpis</th>
          </tr>
        </thead>
        <tbody>
          {threads.map((t) => (
            <tr key={t.id}>
              <td className={tdClass}>
                <Link href={`${basePath}/${t.id}`} className={`${linkClass} break-words`}>
                  {t.title}
                </Link>
              </td>
              <td className={tdClass}>
                {t.createdByName}
                <span className="block text-slate-600">{formatDateTime(t.createdAt)}</span>
              </td>
              <td className={tdClass}>
                {t.postCount} <span className="sr-only">{plural(t.postCount, WORDS.post)}</span>
              </td>
              <td className={tdClass}>
                <time dateTime={t.lastPostAt.toISOString()}>{formatDateTime(t.lastPostAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

import Link from 'next/link';
import type { ModelVariant } from '@/db/schema';
import { wordsFor, type VariantWords } from '@/lib/model/variant';

const TABS: readonly { href: string; label: string | ((w: VariantWords) => string); coachingOnly?: true }[] = [
  { href: '', label: 'Zespół' },
  { href: '/spotkania', label: 'Spotkania' },
  { href: '/plan', label: 'Plan pracy' },
  { href: '/forum', label: 'Forum' },
  { href: '/kontakty', label: 'Kontakty' },
  { href: '/podmioty', label: 'Tabela prezentacji podmiotów' },
  { href: '/uslugi', label: (w) => w.serviceList },
  { href: '/coaching', label: 'Rozwój zespołu (krok 7.1)', coachingOnly: true },
];

/** The PZK's own pages; the current one is marked for screen readers (aria-current). */
export function PzkNav({ pzk, current }: { pzk: { id: number; variant: ModelVariant; mayViewCoaching: boolean }; current: string }) {
  const pzkId = pzk.id;
  const words = wordsFor(pzk.variant);
  return (
    <nav aria-label="Strony zespołu" className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {TABS.filter((t) => !t.coachingOnly || pzk.mayViewCoaching).map((t) => (
          <li key={t.href}>
            <Link
              href={`/pzk/${pzkId}${t.href}`}
              aria-current={t.href === current ? 'page' : undefined}
              className={`inline-block rounded-t px-3 py-2 ${t.href === current ? 'border border-b-0 border-slate-300 bg-white font-semibold' : 'text-brand-800 underline hover:bg-slate-100'}`}
            >
              {typeof t.label === 'function' ? t.label(words) : t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

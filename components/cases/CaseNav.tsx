import Link from 'next/link';
import type { OpenedCase } from '@/lib/cases/access';
import { CASE_KINDS, CASE_STATUSES } from '@/lib/cases/vocabulary';
import { PageHeader } from '@/components/ui/PageHeader';
import { CaseFreezeBanner } from './CaseFreezeBanner';

const TABS = [
  { href: '', label: 'Sprawa' },
  { href: '/karta', label: 'Karta oczekiwań' },
  { href: '/kwalifikacja', label: 'Kwalifikacja' },
  { href: '/diagnoza', label: 'Diagnoza' },
  { href: '/ipp', label: 'IPP' },
  { href: '/monitoring', label: 'Monitoring' },
  // Named by the model's variant: "Spotkania ZZK" (Kooperacje 3D) or "Spotkania zespołu sprawy".
  { href: '/zzk', label: 'Spotkania zespołu' },
  { href: '/ewaluacja', label: 'Ewaluacja końcowa' },
  { href: '/akta', label: 'Akta sprawy' },
  { href: '/dostep', label: 'Dziennik dostępu', writersOnly: true },
] as const;

export type CaseTab = (typeof TABS)[number]['href'];

/**
 * The header and tabs every case page starts with: number, kind, status, PZK, key worker, and a
 * notice for ROPS that it reads for supervision with the purpose it gave, and the banner of a frozen
 * case (restricted under RODO art. 18, or anonymised).
 */
export function CaseHeader({ c, current, title, actions }: { c: OpenedCase; current: CaseTab; title?: string; actions?: React.ReactNode }) {
  return (
    <>
      <PageHeader
        title={title ? `${title} — sprawa ${c.number}` : `Sprawa ${c.number}`}
        lead={`${CASE_KINDS[c.kind]} · ${CASE_STATUSES[c.status]} · ${c.pzkName} · pracownik kluczowy: ${c.keyWorkerName}`}
        actions={actions}
      />
      <CaseFreezeBanner freeze={c.freeze} />
      {c.access === 'supervise' && (
        <p role="note" className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
          Wgląd do odczytu (superwizja ROPS). Cel dostępu zapisany w dzienniku: „{c.purpose}”.
        </p>
      )}
      <p className="mb-4 text-sm font-semibold text-red-800">Dane wrażliwe — poufne. Każde otwarcie sprawy jest zapisywane w dzienniku zdarzeń.</p>
      <nav aria-label="Części sprawy" className="mb-6 border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {TABS.filter((t) => !('writersOnly' in t) || c.access === 'write').map((t) => (
            <li key={t.href}>
              <Link
                href={`/sprawy/${c.id}${t.href}`}
                aria-current={t.href === current ? 'page' : undefined}
                className={`inline-block rounded-t px-3 py-2 ${t.href === current ? 'border border-b-0 border-slate-300 bg-white font-semibold' : 'text-brand-800 underline hover:bg-slate-100'}`}
              >
                {t.href === '/zzk' ? `Spotkania ${c.words.caseTeamOf}` : t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

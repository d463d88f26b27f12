import Link from 'next/link';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import type { TeamWorkCase } from '@/lib/cases/team-work';
import { CASE_STATUSES } from '@/lib/cases/vocabulary';
import { CaseFreezeBanner } from './CaseFreezeBanner';

const PAGES = [
  { href: '/zadania', label: 'Zadania zespołu' },
  { href: '/dziennik', label: 'Dziennik współpracy' },
] as const;

const ROLE_NOTES: Partial<Record<TeamWorkCase['role'], string>> = {
  partner: 'Twoja instytucja jest w zespole tej sprawy: widzisz zadania swojej instytucji i dziennik współpracy.',
  expert: 'Jako ekspert rodzin widzisz plan zadań oraz własne notatki i wpisy (zakres oświadczenia o zachowaniu tajemnicy).',
};

/**
 * The header of the team's pages (tasks, dziennik): the case number and status only — a partner
 * institution or a family expert sees nothing else of the case — and the two pages' tabs.
 */
export function TeamWorkHeader({ c, title, current }: { c: TeamWorkCase; title: string; current: (typeof PAGES)[number]['href'] }) {
  const wholeCase = c.role === 'write' || c.role === 'member' || c.role === 'supervise';
  return (
    <>
      <PageHeader
        title={`${title} — sprawa ${c.number}`}
        lead={CASE_STATUSES[c.status]}
        actions={
          wholeCase && (
            <Link href={`/sprawy/${c.id}`} className={linkClass}>
              Wróć do sprawy
            </Link>
          )
        }
      />
      <CaseFreezeBanner freeze={c.freeze} />
      {c.role === 'supervise' && (
        <p role="note" className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
          Wgląd do odczytu (superwizja ROPS). Cel dostępu zapisany w dzienniku: „{c.purpose}”.
        </p>
      )}
      {ROLE_NOTES[c.role] && <p className="mb-4 max-w-3xl">{ROLE_NOTES[c.role]}</p>}
      <p className="mb-4 text-sm font-semibold text-red-800">Dane wrażliwe — poufne. Każde otwarcie jest zapisywane w dzienniku zdarzeń.</p>
      <nav aria-label="Praca zespołu sprawy" className="mb-6 border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {PAGES.map((p) => (
            <li key={p.href}>
              <Link
                href={`/sprawy/${c.id}${p.href}`}
                aria-current={p.href === current ? 'page' : undefined}
                className={`inline-block rounded-t px-3 py-2 ${p.href === current ? 'border border-b-0 border-slate-300 bg-white font-semibold' : 'text-brand-800 underline hover:bg-slate-100'}`}
              >
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

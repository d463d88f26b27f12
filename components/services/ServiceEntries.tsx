import type { ReactNode } from 'react';
import { formatDate } from '@/lib/text';
import { areaLabels, groupLabels } from '@/lib/services/vocabulary';

export interface EntryView {
  id: number;
  name: string;
  description: string;
  providerName: string;
  targetGroups: string[];
  areas: string[];
  conditions: string;
  cost: string;
  place: string;
  contact: string;
  referral: string;
  lastReviewedOn: string | null;
  powiatName?: string | null;
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <>
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </>
  );
}

/** Entries of a list as cards: what it is, who provides it, for whom, and how to get it. */
export function ServiceEntries<T extends EntryView>({
  entries,
  showPowiat,
  actions,
  headingLevel = 3,
}: {
  entries: T[];
  /** The regional list says where an entry applies. */
  showPowiat?: boolean;
  actions?: (entry: T) => ReactNode;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="space-y-4">
      {entries.map((e) => (
        <li key={e.id}>
          <article aria-labelledby={`usluga-${e.id}`} className="rounded border border-slate-200 bg-white p-4">
            <Heading id={`usluga-${e.id}`} className="text-lg font-semibold text-brand-900">
              {e.name}
            </Heading>
            <p className="text-slate-700">{e.providerName}</p>
            <p className="mt-2 whitespace-pre-line">{e.description}</p>
            <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
              <Item term="Dla kogo">{groupLabels(e.targetGroups)}</Item>
              <Item term="Obszary wsparcia">{areaLabels(e.areas)}</Item>
              {showPowiat && <Item term="Obszar działania">{e.powiatName ? `powiat ${e.powiatName}` : 'całe województwo'}</Item>}
              <Item term="Warunki dostępu">{e.conditions}</Item>
              <Item term="Koszt">{e.cost}</Item>
              <Item term="Miejsce">{e.place}</Item>
              <Item term="Kontakt">{e.contact}</Item>
              <Item term="Jak skierować">{e.referral}</Item>
              <Item term="Informację sprawdzono">{e.lastReviewedOn ? formatDate(e.lastReviewedOn) : ''}</Item>
            </dl>
            {actions?.(e)}
          </article>
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from 'react';
import { formatDate } from '@/lib/text';
import { CARD_LABELS, areaLabels, groupLabels } from '@/lib/services/vocabulary';

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
  /** The coordinator at the partner (a PZK's entries only). */
  coordinator?: string;
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

/**
 * A service card (karta usługi, Kooperacje 3D): the partner's entry in the parts the printed card
 * has — who provides it, for whom, what it is, how to get it, whom to contact.
 */
function CardBody({ e }: { e: EntryView }) {
  const how = [e.referral, e.conditions, e.cost, e.place].some(Boolean);
  return (
    <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      <Item term={CARD_LABELS.provider}>{e.providerName}</Item>
      <Item term={CARD_LABELS.forWhom}>{groupLabels(e.targetGroups)}</Item>
      <Item term={CARD_LABELS.areas}>{areaLabels(e.areas)}</Item>
      <Item term={CARD_LABELS.description}>{e.description}</Item>
      {how && (
        <Item term={CARD_LABELS.how}>
          <ul className="space-y-1">
            {(
              [
                [CARD_LABELS.referral, e.referral],
                [CARD_LABELS.conditions, e.conditions],
                [CARD_LABELS.cost, e.cost],
                [CARD_LABELS.place, e.place],
              ] as const
            )
              .filter(([, v]) => v)
              .map(([label, v]) => (
                <li key={label}>
                  <span className="font-medium">{label}:</span> {v}
                </li>
              ))}
          </ul>
        </Item>
      )}
      <Item term={CARD_LABELS.contact}>{e.contact}</Item>
      <Item term={CARD_LABELS.coordinator}>{e.coordinator}</Item>
      <Item term={CARD_LABELS.reviewed}>{e.lastReviewedOn ? formatDate(e.lastReviewedOn) : ''}</Item>
    </dl>
  );
}

/**
 * Entries of a list: what it is, who provides it, for whom, and how to get it. `layout="card"`
 * shows each as a service card (the Lokalny Koszyk Usług of Kooperacje 3D); the rest of the
 * markup is the same list.
 */
export function ServiceEntries<T extends EntryView>({
  entries,
  showPowiat,
  actions,
  headingLevel = 3,
  layout = 'list',
}: {
  entries: T[];
  /** The regional list says where an entry applies. */
  showPowiat?: boolean;
  actions?: (entry: T) => ReactNode;
  headingLevel?: 3 | 4;
  layout?: 'list' | 'card';
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (layout === 'card') {
    return (
      <ul className="grid gap-4 lg:grid-cols-2">
        {entries.map((e) => (
          <li key={e.id}>
            <article aria-labelledby={`usluga-${e.id}`} className="h-full rounded border-2 border-brand-800 bg-white p-4">
              <p className="text-xs font-medium uppercase tracking-wide text-slate-700">Karta usługi</p>
              <Heading id={`usluga-${e.id}`} className="text-lg font-semibold text-brand-900">
                {e.name}
              </Heading>
              <CardBody e={e} />
              {actions?.(e)}
            </article>
          </li>
        ))}
      </ul>
    );
  }
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
              <Item term={CARD_LABELS.coordinator}>{e.coordinator}</Item>
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

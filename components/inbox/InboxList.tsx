import Link from 'next/link';
import { lateness, type InboxGroup } from '@/lib/inbox/group';
import type { InboxItem } from '@/lib/inbox/types';
import { count } from '@/lib/plural';
import { formatDate } from '@/lib/text';

const TASK = ['zadanie', 'zadania', 'zadań'] as const;

/**
 * "Moja praca": the inbox in its groups (Zaległe / W tym tygodniu / Później), each with a heading
 * and a list. Every item links to the form where it is done; lateness is said in words and shown
 * in colour (never colour alone). Fits 360 px: one column, text wraps.
 */
export function InboxList({ groups, today }: { groups: InboxGroup[]; today: string }) {
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-labelledby="moja-praca" className="mb-8">
      <h2 id="moja-praca" className="mb-1 text-xl font-semibold">
        Moja praca
      </h2>
      {total === 0 ? (
        <p className="max-w-3xl rounded border border-slate-200 bg-white p-4" data-testid="inbox-empty">
          Nie masz teraz nic do zrobienia — wszystkie terminy są dotrzymane. Nowe zadania pojawią się tutaj same, gdy nadejdzie ich czas.
        </p>
      ) : (
        <>
          <p className="mb-4 text-slate-700">
            {count(total, TASK)} do wykonania, od najpilniejszych. Zadanie znika z listy, gdy zostanie wykonane.
          </p>
          {groups
            .filter((g) => g.items.length > 0)
            .map((g) => (
              <section key={g.key} aria-labelledby={`grupa-${g.key}`} className="mb-6">
                <h3 id={`grupa-${g.key}`} className={`mb-2 text-lg font-semibold ${g.key === 'overdue' ? 'text-red-800' : ''}`}>
                  {g.label} <span className="font-normal text-slate-700">({g.items.length})</span>
                </h3>
                <ul className="max-w-4xl space-y-2">
                  {g.items.map((item) => (
                    <InboxEntry key={item.key} item={item} today={today} />
                  ))}
                </ul>
              </section>
            ))}
        </>
      )}
    </section>
  );
}

/** Sources whose items are someone's request waiting for the person's decision. */
const WAITING_FOR_DECISION = new Set<InboxItem['source']>(['account_request', 'membership_proposal', 'practice_proposal', 'notification', 'model_proposal']);

function InboxEntry({ item, today }: { item: InboxItem; today: string }) {
  const late = lateness(item.dueOn, today);
  return (
    <li className={`rounded border bg-white p-3 ${late ? 'border-l-4 border-red-700' : 'border-slate-200'}`} data-inbox-source={item.source}>
      <Link href={item.href} className="break-words font-medium text-brand-800 underline hover:text-brand-900">
        {item.what}
      </Link>
      <p className="mt-1 break-words text-sm text-slate-700">
        {item.where}
        {' · '}
        {item.dueOn ? <>termin {formatDate(item.dueOn)}</> : WAITING_FOR_DECISION.has(item.source) ? 'bez terminu (czeka na decyzję)' : 'bez terminu'}
        {late && (
          <>
            {' · '}
            <strong className="text-red-800">Zaległe: {late}</strong>
          </>
        )}
      </p>
    </li>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JournalForm } from '@/components/cases/JournalForm';
import { TeamWorkHeader } from '@/components/cases/TeamWorkHeader';
import { requireActor } from '@/lib/auth/session';
import { getJournal } from '@/lib/cases/journal';
import { JOURNAL_KINDS } from '@/lib/cases/vocabulary';
import { guard } from '@/lib/page-guard';
import { plural, WORDS } from '@/lib/plural';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Dziennik współpracy' };

const h2 = 'mb-3 mt-8 text-xl font-semibold';

export default async function JournalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const j = await guard(getJournal(actor, Number(id)));
  const c = j.case;
  return (
    <>
      <TeamWorkHeader c={c} title="Dziennik współpracy" current="/dziennik" />
      <p className="mb-4 max-w-3xl">Kontakty i działania wszystkich osób z zespołu sprawy: wizyty, rozmowy, konsultacje, warsztaty, spotkania zespołu.</p>
      {c.canWrite && (
        <section aria-labelledby="nowy-wpis">
          <h2 id="nowy-wpis" className={h2}>
            Nowy wpis
          </h2>
          <JournalForm caseId={c.id} today={j.today} minDate={j.minDate} />
        </section>
      )}
      <section aria-labelledby="wpisy">
        <h2 id="wpisy" className={h2}>
          Wpisy, od najnowszych
        </h2>
        {j.entries.length === 0 ? (
          <p>{c.role === 'expert' ? 'Nie masz jeszcze wpisów w tym dzienniku.' : 'Dziennik nie ma jeszcze wpisów.'}</p>
        ) : (
          <>
            <p className="mb-3">
              {j.entries.length} {plural(j.entries.length, WORDS.post)}.
            </p>
            <ol className="max-w-4xl space-y-4">
              {j.entries.map((e) => (
                <li key={e.id} className="rounded border border-slate-200 bg-white p-4">
                  <article aria-labelledby={`wpis-${e.id}`}>
                    <h3 id={`wpis-${e.id}`} className="font-semibold">
                      {formatDate(e.happenedOn)} — {JOURNAL_KINDS[e.kind]}
                    </h3>
                    {e.participants && <p className="text-sm text-slate-700">Uczestnicy: {e.participants}</p>}
                    <p className="whitespace-pre-line">{e.note}</p>
                    <p className="mt-1 text-sm text-slate-700">Wpisał(a): {[e.authorName, e.institutionName].filter(Boolean).join(', ')}</p>
                  </article>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { BatchForm } from '@/components/retention/BatchForm';
import { HoldForm, LiftHoldButton } from '@/components/retention/HoldForms';
import { Disclosure } from '@/components/ui/Disclosure';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { mayEver } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { count, WORDS } from '@/lib/plural';
import { retentionOverview, type RetentionOverviewItem } from '@/lib/retention/retention';
import { formatDate, formatDateTime } from '@/lib/text';

export const metadata: Metadata = { title: 'Retencja i brakowanie akt' };

const h2 = 'mb-3 mt-8 text-xl font-semibold';

type CaseRow = Pick<RetentionOverviewItem, 'caseId' | 'caseNumber' | 'gminaName' | 'classLabel' | 'closedOn' | 'holds' | 'held'> & { dueOn: string | null };

/** The state of a marked case: held, ended (may go into a batch), or still running. */
const itemState = (i: RetentionOverviewItem) => (i.held ? 'wstrzymana blokadą prawną' : i.dueNow ? 'okres minął — można włączyć do partii' : 'okres jeszcze trwa');

/**
 * The cases of one list, by number only (no family names on this page), each with its holds in
 * force (each with its lifting) and a form to place one; `state` adds the column of the marked cases.
 */
function CaseTable<R extends CaseRow>({ caption, rows, today, state }: { caption: string; rows: R[]; today: string; state?: (r: R) => string }) {
  return (
    <ResponsiveTable label={caption}>
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Sprawa</th>
            <th scope="col" className={thClass}>Gmina</th>
            <th scope="col" className={thClass}>Kategoria</th>
            <th scope="col" className={thClass}>Zakończona</th>
            <th scope="col" className={thClass}>Koniec przechowywania</th>
            {state && <th scope="col" className={thClass}>Stan</th>}
            <th scope="col" className={thClass}>Blokada prawna</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.caseId}>
              <th scope="row" className={`${tdClass} font-medium`}>
                {i.caseNumber}
              </th>
              <td className={tdClass}>{i.gminaName}</td>
              <td className={tdClass}>{i.classLabel}</td>
              <td className={tdClass}>{formatDate(i.closedOn)}</td>
              <td className={tdClass}>{i.dueOn ? formatDate(i.dueOn) : 'nie podlega brakowaniu (kategoria A)'}</td>
              {state && <td className={tdClass}>{state(i)}</td>}
              <td className={tdClass}>
                {i.holds.map((h) => (
                  <div key={h.id} className="mb-2">
                    <p>
                      <span className="font-medium">Do {formatDate(h.until)}:</span> {h.reason}
                    </p>
                    <p className="text-slate-600">Założył(a): {h.placedByName}</p>
                    <LiftHoldButton holdId={h.id} caseNumber={i.caseNumber} />
                  </div>
                ))}
                {!i.held && <p className="mb-1">brak</p>}
                <Disclosure label={i.held ? 'Dodaj kolejną blokadę' : 'Załóż blokadę'}>
                  <HoldForm caseId={i.caseId} caseNumber={i.caseNumber} today={today} />
                </Disclosure>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

/**
 * The ROPS administrator: closed cases of the województwo whose retention has ended or ends within
 * 90 days, legal holds, destruction batches with the state archive's consent. The national
 * administrator keeps the defaults: they are sent to them.
 */
export default async function RetentionPage() {
  const actor = await requireActor();
  if (!mayEver(actor.scope, 'retention.manage') && mayEver(actor.scope, 'retention.rules')) redirect('/admin/retencja/zasady');
  const o = await guard(retentionOverview(actor));
  const candidates = o.dueNow.filter((i) => i.canDestroy).map((i) => ({ id: i.id, version: i.version, label: `${i.caseNumber} — gmina ${i.gminaName}, ${i.classLabel}, koniec ${formatDate(i.dueOn)}` }));
  return (
    <>
      <PageHeader
        title="Retencja i brakowanie akt"
        lead={
          <>
            Zakończone sprawy województwa, których okres przechowywania (kategoria archiwalna JRWA) minął albo minie w ciągu {count(o.horizonDays, WORDS.day)}. Sprawy są oznaczone numerem — bez nazwisk. Nic nie jest usuwane samo: sprawy anonimizuje dopiero zatwierdzona partia brakowania ze zgodą archiwum państwowego.{' '}
            <Link href="/admin/retencja/zasady" className={linkClass}>
              Kategorie archiwalne i ich podstawa
            </Link>
            .
          </>
        }
      />
      <section aria-labelledby="teraz">
        <h2 id="teraz" className={h2}>
          Do brakowania teraz ({count(o.dueNow.length, WORDS.case)})
        </h2>
        {o.dueNow.length === 0 ? <p>Nie ma spraw, których okres przechowywania minął.</p> : <CaseTable caption="Do brakowania teraz" rows={o.dueNow} today={o.today} state={itemState} />}
      </section>
      <section aria-labelledby="wkrotce">
        <h2 id="wkrotce" className={h2}>
          W ciągu 90 dni ({count(o.upcoming.length, WORDS.case)})
        </h2>
        {o.upcoming.length === 0 ? <p>W najbliższych 90 dniach nie kończy się okres przechowywania żadnej sprawy.</p> : <CaseTable caption="W ciągu 90 dni" rows={o.upcoming} today={o.today} state={itemState} />}
      </section>
      <section aria-labelledby="pozniej">
        <h2 id="pozniej" className={h2}>
          Pozostałe zakończone sprawy ({count(o.later.length, WORDS.case)})
        </h2>
        {o.later.length === 0 ? <p>Nie ma innych zakończonych spraw.</p> : <CaseTable caption="Pozostałe zakończone sprawy" rows={o.later} today={o.today} />}
      </section>
      <section aria-labelledby="partia">
        <h2 id="partia" className={h2}>
          Nowa partia brakowania
        </h2>
        {candidates.length === 0 ? <p>Nie ma spraw gotowych do brakowania (okres minął, bez blokady prawnej).</p> : <BatchForm candidates={candidates} today={o.today} />}
      </section>
      <section aria-labelledby="partie">
        <h2 id="partie" className={h2}>
          Partie brakowania
        </h2>
        {o.batches.length === 0 ? (
          <p>Nie zatwierdzono jeszcze żadnej partii.</p>
        ) : (
          <ResponsiveTable label="Partie brakowania">
            <table className={tableClass}>
              <caption className="sr-only">Partie brakowania</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Partia</th>
                  <th scope="col" className={thClass}>Zgoda archiwum</th>
                  <th scope="col" className={thClass}>Sprawy</th>
                  <th scope="col" className={thClass}>Zatwierdził(a)</th>
                  <th scope="col" className={thClass}>Zanonimizowano</th>
                </tr>
              </thead>
              <tbody>
                {o.batches.map((b) => (
                  <tr key={b.id}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      {formatDate(b.approvedAt)}
                    </th>
                    <td className={tdClass}>
                      {b.consentNumber} z {formatDate(b.consentDate)}
                    </td>
                    <td className={tdClass}>{count(b.caseCount, WORDS.case)}</td>
                    <td className={tdClass}>
                      {b.approvedByName}
                      <span className="block text-slate-600">{formatDateTime(b.approvedAt)}</span>
                    </td>
                    <td className={tdClass}>{b.executedAt ? formatDateTime(b.executedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
      </section>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ROLES } from '@/lib/auth/roles';
import { reminderHref } from '@/lib/cases/reminders';
import { REMINDER_LABELS } from '@/lib/cases/vocabulary';
import { formatDate } from '@/lib/text';
import { requireActor } from '@/lib/auth/session';
import { plural, VERBS, WORDS } from '@/lib/plural';
import { guard } from '@/lib/page-guard';
import { getPulpit } from '@/lib/pulpit/pulpit';
import { navigationForActor } from '@/lib/auth/menu';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Pulpit' };

export default async function PulpitPage() {
  const actor = await requireActor();
  const data = await guard(getPulpit(actor));
  const role = ROLES[actor.scope.role];
  const links = (await navigationForActor(actor)).filter((i) => i.href !== '/pulpit');
  return (
    <>
      <PageHeader title={`Pulpit — ${role.label}`} lead={`${actor.scope.scopeLabel}. ${role.description}`} />
      <section aria-labelledby="w-skrocie" className="mb-8">
        <h2 id="w-skrocie" className="mb-3 text-xl font-semibold">
          W skrócie
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {data.pendingAccounts !== null && (
            <StatCard n={data.pendingAccounts} href="/admin/wnioski" text={`${plural(data.pendingAccounts, WORDS.accountRequest)} ${plural(data.pendingAccounts, VERBS.waits)} na decyzję`} />
          )}
          {data.pendingNotifications !== null && (
            <StatCard n={data.pendingNotifications} href="/zgloszenia" text={`${plural(data.pendingNotifications, WORDS.gminaNotification)} ${plural(data.pendingNotifications, VERBS.waits)} na decyzję`} />
          )}
          {data.pendingProposals !== null && (
            <StatCard
              n={data.pendingProposals}
              href="/admin/propozycje"
              text={`${plural(data.pendingProposals, WORDS.modelChangeProposal)} ${plural(data.pendingProposals, VERBS.waits)} na decyzję administratora krajowego`}
            />
          )}
          {data.territorial && (
            <>
              <StatCard n={data.implementations} href="/wdrozenia" text={`${plural(data.implementations, WORDS.gmina)} ${plural(data.implementations, VERBS.implements)} model w Twoim obszarze`} />
              <StatCard n={data.institutions} text={`${plural(data.institutions, WORDS.institution)} w Twoim obszarze`} />
              {actor.scope.level !== 'institution' && <StatCard n={data.gminas} text={`${plural(data.gminas, WORDS.gmina)} w Twoim obszarze`} />}
            </>
          )}
        </ul>
      </section>
      {data.teams && <Teams teams={data.teams} institution={actor.scope.level === 'institution'} />}
      {data.caseWork && <CaseWork work={data.caseWork} />}
      <section aria-labelledby="na-skroty">
        <h2 id="na-skroty" className="mb-3 text-xl font-semibold">
          Na skróty
        </h2>
        <ul className="list-inside list-disc space-y-1">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="text-brand-800 underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

type Pulpit = Awaited<ReturnType<typeof getPulpit>>;

/** Where the actor works in a team: its PZKs, or why there is none yet. */
function Teams({ teams, institution }: { teams: NonNullable<Pulpit['teams']>; institution: boolean }) {
  return (
    <section aria-labelledby="moje-zespoly" className="mb-8">
      <h2 id="moje-zespoly" className="mb-3 text-xl font-semibold">
        Moje Partnerskie Zespoły Kooperacji
      </h2>
      {teams.length === 0 ? (
        <p className="max-w-3xl">
          {institution
            ? 'Twoja instytucja nie należy jeszcze do żadnego Partnerskiego Zespołu Kooperacji. Członkiem zespołu zostaje po podpisaniu porozumienia PZK albo deklaracji przystąpienia.'
            : 'W Twoim obszarze nie ma jeszcze Partnerskiego Zespołu Kooperacji. Zespół powstaje, gdy ROPS przyjmie zgłoszenie gminy do wdrożenia modelu.'}
        </p>
      ) : (
        <ul className="list-inside list-disc space-y-1">
          {teams.map((t) => (
            <li key={t.id}>
              <Link href={`/pzk/${t.id}`} className="text-brand-800 underline">
                {t.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The key worker's part: the WRZOS caseload warning and the open reminders of their cases. */
function CaseWork({ work }: { work: NonNullable<Pulpit['caseWork']> }) {
  return (
    <section aria-labelledby="przypomnienia-w-sprawach" className="mb-8">
      <h2 id="przypomnienia-w-sprawach" className="mb-3 text-xl font-semibold">
        Przypomnienia w sprawach
      </h2>
      {work.overLimit && (
        <p role="note" className="mb-3 max-w-3xl rounded border border-amber-700 bg-amber-50 p-3" data-testid="caseload-warning">
          WRZOS: prowadzisz jako pracownik kluczowy {work.activeCases} {plural(work.activeCases, WORDS.activeCaseAcc)} — standard to najwyżej {work.limit}{' '}
          na jednego pracownika. Porozmawiaj z przełożonym o rozdzieleniu spraw.
        </p>
      )}
      {work.reminders.length === 0 ? (
        <p>
          Brak przypomnień. Prowadzisz jako pracownik kluczowy {work.activeCases} {plural(work.activeCases, WORDS.activeCaseAcc)}.
        </p>
      ) : (
        <ResponsiveTable label={`Otwarte przypomnienia w sprawach, w których jesteś pracownikiem kluczowym (${work.reminders.length}). Przypomnienia są odświeżane co godzinę.`}>
        <table className={`${tableClass} max-w-4xl`}>
          <caption className="py-1 text-left">
            Otwarte przypomnienia w sprawach, w których jesteś pracownikiem kluczowym ({work.reminders.length}). Przypomnienia są odświeżane co godzinę.
          </caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                Sprawa
              </th>
              <th scope="col" className={thClass}>
                Przypomnienie
              </th>
              <th scope="col" className={thClass}>
                Termin
              </th>
            </tr>
          </thead>
          <tbody>
            {work.reminders.map((r) => (
              <tr key={`${r.caseId}-${r.kind}-${r.dueOn}`}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  <Link href={reminderHref(r.caseId, r.kind)} className={linkClass}>
                    {r.number}
                  </Link>
                </th>
                <td className={tdClass}>{REMINDER_LABELS[r.kind]}</td>
                <td className={tdClass}>{formatDate(r.dueOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ResponsiveTable>
      )}
    </section>
  );
}

function StatCard({ n, text, href }: { n: number; text: string; href?: string }) {
  return (
    <li className="rounded border border-slate-200 bg-white p-4">
      <p className="text-3xl font-bold">{n}</p>
      <p>
        {href ? (
          <Link href={href} className="text-brand-800 underline">
            {text}
          </Link>
        ) : (
          text
        )}
      </p>
    </li>
  );
}

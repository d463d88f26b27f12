import type { Metadata } from 'next';
import Link from 'next/link';
import { InboxList } from '@/components/inbox/InboxList';
import { PageHeader } from '@/components/ui/PageHeader';
import { ROLES } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { plural, WORDS } from '@/lib/plural';
import { guard } from '@/lib/page-guard';
import { getPulpit } from '@/lib/pulpit/pulpit';

export const metadata: Metadata = { title: 'Pulpit' };

export default async function PulpitPage() {
  const actor = await requireActor();
  const data = await guard(getPulpit(actor));
  const role = ROLES[actor.scope.role];
  return (
    <>
      <PageHeader title={`Pulpit — ${role.label}`} lead={`${actor.scope.scopeLabel}. ${role.description}`} />
      {data.caseload?.overLimit && (
        <p role="note" className="mb-6 max-w-3xl rounded border border-amber-700 bg-amber-50 p-3" data-testid="caseload-warning">
          WRZOS: prowadzisz jako pracownik kluczowy {data.caseload.activeCases} {plural(data.caseload.activeCases, WORDS.activeCaseAcc)} — standard to najwyżej{' '}
          {data.caseload.limit} na jednego pracownika. Porozmawiaj z przełożonym o rozdzieleniu spraw.
        </p>
      )}
      <InboxList groups={data.inbox.groups} today={data.inbox.today} />
      {data.teams && <Teams teams={data.teams} institution={actor.scope.level === 'institution'} />}
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

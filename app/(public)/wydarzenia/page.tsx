import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { EventList } from '@/components/events/EventList';
import { FilterForm, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, buttonClass } from '@/components/ui/PageHeader';
import { can } from '@/lib/auth/policy';
import { getActor } from '@/lib/auth/session';
import { listEvents } from '@/lib/events/events';
import { intParam } from '@/lib/search-params';
import { publicVoivodeships } from '@/lib/territory/queries';

export const metadata: Metadata = { title: 'Kalendarz wojewódzki' };

type Search = Record<string, string | string[] | undefined>;

/** The calendars of the województwa: public events without login; signed in, also one's own województwo's internal ones. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const sp = await searchParams;
  const actor = await getActor();
  const regions = await publicVoivodeships();
  const region = regions.find((r) => r.id === intParam(sp, 'woj'));
  const events = await listEvents(actor, { voivodeshipId: region?.id });
  const manager = actor !== null && can(actor.scope, 'event.manage', { voivodeshipId: actor.scope.voivodeshipId });
  return (
    <>
      <PageHeader
        title="Kalendarz wojewódzki"
        lead="Spotkania informacyjne, spotkania animatorów, szkolenia i konferencje organizowane przez regionalne ośrodki polityki społecznej. Na wydarzenia publiczne można zapisać się bez zakładania konta."
        actions={
          manager && (
            <Link href="/kalendarz/wydarzenia" className={buttonClass}>
              Zarządzaj kalendarzem województwa
            </Link>
          )
        }
      />
      <FilterForm label="Wybór województwa">
        <FilterSelect id="woj" name="woj" label="Województwo" defaultValue={region ? String(region.id) : ''} options={regions.map((r) => ({ value: r.id, label: r.name }))} />
      </FilterForm>
      <section aria-labelledby="nadchodzace" className="mt-6">
        <h2 id="nadchodzace" className="mb-3 text-xl font-semibold">
          Nadchodzące wydarzenia
        </h2>
        <EventList events={events} />
      </section>
    </>
  );
}

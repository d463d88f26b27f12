import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/PageHeader';
import { ROLES } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { plural } from '@/lib/validation/fields';
import { guard } from '@/lib/page-guard';
import { getPulpit } from '@/lib/pulpit/pulpit';
import { navigationFor } from '@/lib/auth/navigation';

export const metadata: Metadata = { title: 'Pulpit' };

export default async function PulpitPage() {
  const actor = await requireActor();
  const data = await guard(getPulpit(actor));
  const role = ROLES[actor.scope.role];
  const links = navigationFor(actor).filter((i) => i.href !== '/pulpit');
  return (
    <>
      <PageHeader title={`Pulpit — ${role.label}`} lead={`${actor.scope.scopeLabel}. ${role.description}`} />
      <section aria-labelledby="w-skrocie" className="mb-8">
        <h2 id="w-skrocie" className="mb-3 text-xl font-semibold">
          W skrócie
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {data.pendingAccounts !== null && (
            <StatCard n={data.pendingAccounts} href="/admin/wnioski" text={`${plural(data.pendingAccounts, 'wniosek o konto czeka', 'wnioski o konto czekają', 'wniosków o konto czeka')} na decyzję`} />
          )}
          {data.pendingNotifications !== null && (
            <StatCard n={data.pendingNotifications} href="/zgloszenia" text={`${plural(data.pendingNotifications, 'zgłoszenie gminy czeka', 'zgłoszenia gmin czekają', 'zgłoszeń gmin czeka')} na decyzję`} />
          )}
          <StatCard n={data.implementations} href="/wdrozenia" text={`${plural(data.implementations, 'gmina wdraża', 'gminy wdrażają', 'gmin wdraża')} model w Twoim obszarze`} />
          <StatCard n={data.institutions} text={`${plural(data.institutions, 'instytucja', 'instytucje', 'instytucji')} w Twoim obszarze`} />
          {actor.scope.level !== 'institution' && <StatCard n={data.gminas} text={`${plural(data.gminas, 'gmina', 'gminy', 'gmin')} w Twoim obszarze`} />}
        </ul>
      </section>
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

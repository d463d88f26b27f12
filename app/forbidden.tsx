import Link from 'next/link';
import { PageShell } from '@/components/shell/PageShell';
import { getActor } from '@/lib/auth/session';

export default async function Forbidden() {
  return (
    <PageShell actor={await getActor()} narrow>
      <h1 className="mb-4 text-2xl font-bold">Brak dostępu (403)</h1>
      <p className="mb-4">
        Nie masz uprawnień do tej strony. Dostęp zależy od Twojej roli i obszaru działania (gminy, powiatu lub województwa). Próba
        została odnotowana w dzienniku zdarzeń.
      </p>
      <p>
        <Link href="/pulpit" className="text-brand-800 underline">
          Wróć do pulpitu
        </Link>
      </p>
    </PageShell>
  );
}

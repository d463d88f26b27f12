import Link from 'next/link';
import { PageShell } from '@/components/shell/PageShell';
import { getActor } from '@/lib/auth/session';

export default async function NotFound() {
  return (
    <PageShell actor={await getActor()} narrow>
      <h1 className="mb-4 text-2xl font-bold">Nie znaleziono strony (404)</h1>
      <p className="mb-4">Strona, której szukasz, nie istnieje lub została przeniesiona.</p>
      <p>
        <Link href="/" className="text-brand-800 underline">
          Przejdź do strony głównej
        </Link>
      </p>
    </PageShell>
  );
}

import Link from 'next/link';

/*
 * The contents of the 404 and 403 pages. Each route group's layout already draws the header and
 * footer, so the group's not-found/forbidden files render these bare; only the root ones (an
 * address matching no route, inside the root layout alone) wrap them in the page shell.
 */

export function NotFoundContent() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Nie znaleziono strony (404)</h1>
      <p className="mb-4">Strona, której szukasz, nie istnieje lub została przeniesiona.</p>
      <p>
        <Link href="/" className="text-brand-800 underline">
          Przejdź do strony głównej
        </Link>
      </p>
    </>
  );
}

export function ForbiddenContent() {
  return (
    <>
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
    </>
  );
}

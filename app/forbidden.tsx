import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="tresc" className="mx-auto max-w-2xl px-4 py-16">
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
    </main>
  );
}

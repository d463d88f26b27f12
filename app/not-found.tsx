import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="tresc" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="mb-4 text-2xl font-bold">Nie znaleziono strony (404)</h1>
      <p className="mb-4">Strona, której szukasz, nie istnieje lub została przeniesiona.</p>
      <p>
        <Link href="/" className="text-brand-800 underline">
          Przejdź do strony głównej
        </Link>
      </p>
    </main>
  );
}

import Link from 'next/link';

export const metadata = { title: 'Nieprawidłowe żądanie' };

// The front server (scripts/serve.ts) sends requests it refuses here, with the status it chose:
// 400 for an address that cannot be decoded, 403 for a form sent from another site.
const TEXTS = {
  '400': { title: 'Nieprawidłowy adres strony (400)', body: 'Adres zawiera znaki, których nie da się odczytać. Sprawdź, czy został skopiowany w całości.' },
  '403': { title: 'Żądanie odrzucone (403)', body: 'Formularz został wysłany z innej witryny niż Platforma Kooperacja, dlatego go nie przyjęliśmy. Otwórz stronę platformy i wyślij formularz ponownie.' },
} as const;

export default async function BadRequestPage({ searchParams }: { searchParams: Promise<{ kod?: string }> }) {
  const { kod } = await searchParams;
  const text = TEXTS[kod === '403' ? '403' : '400'];
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{text.title}</h1>
      <p className="mb-4">{text.body}</p>
      <p>
        <Link href="/" className="text-brand-800 underline">
          Przejdź do strony głównej
        </Link>
      </p>
    </>
  );
}

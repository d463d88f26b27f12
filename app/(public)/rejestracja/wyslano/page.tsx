import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Wniosek wysłany' };

export default function RequestSentPage() {
  return (
    <div className="mx-auto max-w-2xl" role="status">
      <h1 className="mb-4 text-2xl font-bold">Wniosek o konto został wysłany</h1>
      <p className="mb-4">
        Administrator ROPS Twojego województwa rozpatrzy wniosek. Po zatwierdzeniu zalogujesz się adresem e-mail i hasłem podanymi we
        wniosku. Jeśli wniosek zostanie odrzucony, przy próbie logowania zobaczysz powód.
      </p>
      <Link href="/logowanie" className="text-brand-800 underline">
        Przejdź do logowania
      </Link>
    </div>
  );
}

'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="tresc" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="mb-4 text-2xl font-bold">Wystąpił błąd</h1>
      <p className="mb-4">Nie udało się wyświetlić tej strony. Spróbuj ponownie za chwilę.</p>
      <button type="button" onClick={reset} className="rounded bg-brand-800 px-4 py-2 text-white">
        Spróbuj ponownie
      </button>
    </main>
  );
}

'use client';

/** The contents of the error page (an unexpected failure while rendering); see ErrorPages.tsx. */
export function ErrorContent({ reset }: { reset: () => void }) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Wystąpił błąd</h1>
      <p className="mb-4">Nie udało się wyświetlić tej strony. Spróbuj ponownie za chwilę.</p>
      <button type="button" onClick={reset} className="min-h-11 rounded bg-brand-800 px-4 py-2 text-white">
        Spróbuj ponownie
      </button>
    </>
  );
}

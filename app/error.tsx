'use client';
import { ErrorContent } from '@/components/shell/ErrorContent';

/** A failure in a group's layout itself: only the root layout is left around this page. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="tresc" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16">
      <ErrorContent reset={reset} />
    </main>
  );
}

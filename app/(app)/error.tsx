'use client';
import { ErrorContent } from '@/components/shell/ErrorContent';

/** A failure in a page of this group: its layout (header, menu, footer) stays around the message. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <ErrorContent reset={reset} />;
}

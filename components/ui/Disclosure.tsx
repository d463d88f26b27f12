'use client';
import { useId, useState, type ReactNode } from 'react';

/**
 * A button that shows or hides a section (WAI-ARIA disclosure: aria-expanded, aria-controls). The
 * section is rendered only when open, so pages with many edit forms stay light to render.
 */
export function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="mb-2">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} className="mb-2 font-medium text-brand-800 underline hover:text-brand-900">
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {label}
      </button>
      <div id={id}>{open && children}</div>
    </div>
  );
}

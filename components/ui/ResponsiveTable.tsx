import type { ReactNode } from 'react';

/**
 * The one wrapper of every data table: on a narrow screen (a phone at 360 px) a table wider than
 * the screen scrolls inside this box, never the page. The box is a labelled region that takes
 * keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1, axe scrollable-region-focusable).
 * `label` names the table, usually its caption; `className` adds spacing.
 */
export function ResponsiveTable({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`table-scroll ${className}`.trim()}>
      {children}
    </div>
  );
}

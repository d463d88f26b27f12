import type { ReactNode } from 'react';

export function PageHeader({ title, lead, actions }: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
        {lead && <p className="mt-1 text-slate-700">{lead}</p>}
      </div>
      {actions}
    </div>
  );
}

export const tableClass = 'w-full border-collapse bg-white text-left text-sm';
export const thClass = 'border-b-2 border-slate-300 px-3 py-2 font-semibold';
export const tdClass = 'border-b border-slate-200 px-3 py-2 align-top';
export const linkClass = 'text-brand-800 underline hover:text-brand-900';
// Main actions: at least 44 px high, a comfortable tap target on a phone.
export const buttonClass = 'inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900';

import { daysLeftWords, REQUEST_STATUS_WORDS, type RequestStatus } from '@/lib/rodo/deadlines';
import { formatDate } from '@/lib/text';

/** The deadline in force with the days left, in red (and in words, not by colour alone) once it has passed. */
export function RequestDeadline({ deadline, daysLeft, extended }: { deadline: string; daysLeft: number | null; extended: boolean }) {
  return (
    <>
      {formatDate(deadline)}
      {extended && <span className="text-slate-700"> (przedłużony)</span>}
      {daysLeft !== null && <span className={`block text-sm ${daysLeft < 0 ? 'font-semibold text-red-800' : 'text-slate-700'}`}>{daysLeftWords(daysLeft)}</span>}
    </>
  );
}

const STATUS_CLASS: Record<RequestStatus, string> = {
  open: 'border-slate-500 bg-white text-slate-900',
  extended: 'border-amber-700 bg-amber-50 text-amber-900',
  overdue: 'border-red-700 bg-red-50 text-red-900',
  done: 'border-green-800 bg-green-50 text-green-900',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STATUS_CLASS[status]}`}>{REQUEST_STATUS_WORDS[status]}</span>;
}

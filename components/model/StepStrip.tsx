import { STEP_STATUS_LABEL, STEP_STATUS_MARK, stepStripText, type StepCell, type StepStatus } from '@/lib/implementations/step-strip';

// Classes styled in app/globals.css (.step-strip): hundreds of rows, so no per-cell utility classes.
const CLASS: Record<StepStatus, string> = { done: 's-z', in_progress: 's-w', overdue: 's-p', not_started: 's-n' };

/**
 * Steps 1–10 of a gmina as a strip of marks: colour, shape and a letter each (Z, W, P, N), so it
 * reads without colour; screen readers get the same as a sentence.
 */
export function StepStrip({ steps }: { steps: StepCell[] }) {
  return (
    <>
      <span className="sr-only">{stepStripText(steps)}</span>
      <span className="step-strip" aria-hidden="true">
        {steps.map((s) => (
          <b key={s.step} className={CLASS[s.status]}>
            {STEP_STATUS_MARK[s.status]}
          </b>
        ))}
      </span>
    </>
  );
}

/** The legend of the marks, shown once above the table. */
export function StepStripLegend() {
  const all: StepStatus[] = ['done', 'in_progress', 'overdue', 'not_started'];
  return (
    <p className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>Kroki 1–10 (krok 1 to zadania wojewódzkie):</span>
      {all.map((s) => (
        <span key={s} className="step-strip inline-flex items-center gap-1">
          <b className={CLASS[s]} aria-hidden="true">
            {STEP_STATUS_MARK[s]}
          </b>
          {STEP_STATUS_LABEL[s]}
        </span>
      ))}
    </p>
  );
}

import { buttonClass } from '@/components/ui/PageHeader';
import { REFEREE_KIND_LABELS, refereeLine } from '@/lib/evaluation/reference-wording';
import { REFEREE_KINDS, type Referee } from '@/lib/evaluation/references';
import { count } from '@/lib/plural';

const REFERENCE_FORMS = ['referencja', 'referencje', 'referencji'] as const;

/**
 * Step 10.4: ROPS ticks whom the references are for — the referees grouped by kind, every one
 * ticked at first — and downloads the PDF (a page per ticked referee). A plain GET form: the
 * ticked keys go to /ewaluacja/<id>/referencje as ?k=…
 */
export function RefereeChoice({ implementationId, referees }: { implementationId: number; referees: Referee[] }) {
  if (!referees.length) return <p className="text-slate-700">Wdrożenie nie ma jeszcze osób, instytucji ani zespołów, dla których można przygotować referencje.</p>;
  return (
    <form method="get" action={`/ewaluacja/${implementationId}/referencje`} aria-label="Wybór referencji" className="max-w-4xl">
      <p className="mb-4 text-slate-700">Razem: {count(referees.length, REFERENCE_FORMS)} do wyboru. Odznacz osoby, instytucje lub zespoły, którym ROPS nie przygotowuje referencji.</p>
      {REFEREE_KINDS.map((kind) => {
        const group = referees.filter((r) => r.kind === kind);
        return (
          <fieldset key={kind} className="mb-5 rounded border border-slate-300 p-3">
            <legend className="px-1 text-lg font-semibold">{REFEREE_KIND_LABELS[kind]}</legend>
            {group.length ? (
              <ul className="space-y-2">
                {group.map((r) => {
                  const line = refereeLine(r);
                  return (
                    <li key={r.key}>
                      <label className="flex items-start gap-2 break-words">
                        <input type="checkbox" name="k" value={r.key} defaultChecked className="mt-1 h-5 w-5 shrink-0" />
                        <span>
                          <span className="font-medium">{r.name}</span>
                          {line && <span className="block text-sm text-slate-700">{line}</span>}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="text-sm text-slate-700">Brak w danych wdrożenia.</p>
            )}
          </fieldset>
        );
      })}
      <button type="submit" className={buttonClass}>
        Pobierz referencje (PDF)
      </button>
    </form>
  );
}

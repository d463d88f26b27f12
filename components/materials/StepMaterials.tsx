import Link from 'next/link';
import { linkClass } from '@/components/ui/PageHeader';
import type { Actor } from '@/lib/auth/actor';
import { materialsForStep } from '@/lib/materials/materials';

/** "Materiały e-szkoły do tego kroku": what to read for a step of the model, as the visitor may see it. */
export async function StepMaterials({ actor, stepNumber }: { actor: Actor; stepNumber: number }) {
  const list = await materialsForStep(actor, stepNumber);
  return (
    <section aria-labelledby="materialy-kroku" className="mt-10 max-w-3xl border-t border-slate-200 pt-6">
      <h2 id="materialy-kroku" className="mb-2 text-xl font-semibold">
        Materiały e-szkoły do tego kroku
      </h2>
      {list.length === 0 ? (
        <p>
          Do tego kroku nie przypisano jeszcze materiałów.{' '}
          <Link href="/e-szkola" className={linkClass}>
            Przejdź do e-szkoły
          </Link>
        </p>
      ) : (
        <ul className="space-y-2">
          {list.map((m) => (
            <li key={m.id}>
              <Link href={`/e-szkola/${m.id}`} className={linkClass}>
                {m.title}
              </Link>{' '}
              <span className="text-sm text-slate-600">(kroki {m.steps.join(', ')}{m.visibility === 'members' ? '; tylko dla zalogowanych' : ''})</span>
              {m.summary && <p className="text-sm text-slate-700">{m.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

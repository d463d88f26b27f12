import { linkClass } from '@/components/ui/PageHeader';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { formatDateTime } from '@/lib/text';
import { getRegionalEvaluation } from '@/lib/wzk/evaluation';
import { REGIONAL_EVALUATION_FIELDS } from '@/lib/wzk/schemas';
import { RegionalEvaluationForm } from './RegionalEvaluationForm';

/**
 * The third level of evaluation on the regional report page: the WZK's evaluation and
 * recommendations of the chosen year (`?rok=`), editable by ROPS and WZK members, read by the rest.
 */
export async function RegionalEvaluationSection({ actor, year }: { actor: Actor; year: number }) {
  const { evaluation: e, canWrite } = await getRegionalEvaluation(actor, year);
  const current = clock.year();
  const years = [current - 2, current - 1, current, current + 1].filter((y) => y !== year);
  return (
    <section aria-labelledby="ewaluacja-regionalna" className="mt-10">
      <h2 id="ewaluacja-regionalna" className="mb-2 text-xl font-semibold">
        Ewaluacja regionalna WZK — trzeci poziom ewaluacji ({year} r.)
      </h2>
      <p className="mb-3 max-w-3xl text-slate-800">
        Współpraca pionowa samorządu województwa, powiatów i gmin, oceniana przez Wojewódzki Zespół Kooperacji na podstawie własnej pracy oraz pracy gminno-powiatowej. Trafia do raportu regionalnego (PDF) za wybrany rok.
      </p>
      <nav aria-label="Rok ewaluacji regionalnej" className="mb-4 flex flex-wrap gap-4 text-sm">
        {years.map((y) => (
          <a key={y} href={`/ewaluacja/region?rok=${y}#ewaluacja-regionalna`} className={linkClass}>
            {y} r.
          </a>
        ))}
        <a href={`/ewaluacja/region/raport.pdf?rok=${year}`} className={linkClass}>
          Raport regionalny z ewaluacją za {year} r. (PDF)
        </a>
      </nav>
      {e && (
        <p className="mb-3 text-sm text-slate-700">
          Wersja {e.version}, zapisano {formatDateTime(e.updatedAt)}
          {e.updatedByName ? `, ${e.updatedByName}` : ''}.
        </p>
      )}
      {canWrite ? (
        <RegionalEvaluationForm
          key={`${year}-${e?.version ?? 0}`}
          defaults={{
            year,
            version: e?.version ?? 0,
            evaluation: e?.evaluation ?? '',
            recommendationsLocal: e?.recommendationsLocal ?? '',
            recommendationsRegional: e?.recommendationsRegional ?? '',
            recommendationsLegal: e?.recommendationsLegal ?? '',
            recommendationsOzps: e?.recommendationsOzps ?? '',
          }}
        />
      ) : e ? (
        <dl className="max-w-3xl">
          {REGIONAL_EVALUATION_FIELDS.map((f) => (
            <div key={f.key} className="mb-3">
              <dt className="font-medium">{f.label}</dt>
              <dd className="whitespace-pre-line text-slate-800">{e[f.key] || '—'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-slate-700">Wojewódzki Zespół Kooperacji nie zapisał jeszcze ewaluacji regionalnej za ten rok.</p>
      )}
    </section>
  );
}

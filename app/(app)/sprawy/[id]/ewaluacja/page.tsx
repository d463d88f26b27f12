import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getEvaluation } from '@/lib/cases/evaluation';
import { VISIT_INTERVALS } from '@/lib/cases/evaluation-schemas';
import { EVALUATION_OUTCOMES, NOT_REACHED_PATHS } from '@/lib/cases/vocabulary';
import { minIso } from '@/lib/model/dates';
import { guard } from '@/lib/page-guard';
import { AREAS } from '@/lib/services/vocabulary';
import { formatDate } from '@/lib/text';
import { plural, WORDS } from '@/lib/plural';
import { AnnouncementForm, ExtensionForm } from './EndForms';
import { EvaluationForm } from './EvaluationForm';
import { clock } from '@/lib/clock';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Ewaluacja końcowa' };

type Loaded = Awaited<ReturnType<typeof getEvaluation>>;
const h2 = 'mb-3 mt-8 text-xl font-semibold';
const areaLabel = (a: string) => (AREAS as Record<string, string>)[a] ?? a;
const days = (n: number) => `${n} ${plural(n, WORDS.day)}`;

function EndOfWork({ data }: { data: Loaded }) {
  const c = data.case;
  if (!data.end || !c.qualifiedOn) return <p className="max-w-3xl">Sprawa nie została zakwalifikowana — termin pracy z rodziną liczy się od kwalifikacji.</p>;
  const left = data.daysLeft ?? 0;
  return (
    <dl className="max-w-3xl space-y-2 rounded border border-slate-200 bg-white p-4">
      <div>
        <dt className="font-semibold">Planowane zakończenie pracy z rodziną</dt>
        <dd>
          {formatDate(data.end)}{' '}
          {c.extensionUntil ? `(przedłużone decyzją: ${c.extensionReason ?? '—'})` : `(12 miesięcy od kwalifikacji ${formatDate(c.qualifiedOn)})`}
        </dd>
      </div>
      <div>
        <dt className="font-semibold">Pozostało</dt>
        <dd>{left > 0 ? days(left) : left === 0 ? 'To ostatni dzień pracy z rodziną.' : <strong className="text-red-900">Termin minął {days(-left)} temu.</strong>}</dd>
      </div>
      <div>
        <dt className="font-semibold">Informacja dla animatora PCPR</dt>
        <dd>{c.endAnnouncedOn ? `Przekazana ${formatDate(c.endAnnouncedOn)}.` : 'Jeszcze nie przekazano (model: co najmniej miesiąc przed zakończeniem).'}</dd>
      </div>
    </dl>
  );
}

function EvaluationView({ data, e }: { data: Loaded; e: NonNullable<Loaded['evaluation']> }) {
  const rows: [string, React.ReactNode][] = [
    ['Data ewaluacji', formatDate(e.evaluatedOn)],
    ['Wynik', EVALUATION_OUTCOMES[e.outcome]],
  ];
  if (e.afterCare) {
    rows.push(
      ['Kontakt z rodziną do dnia', formatDate(e.afterCare.contactUntil)],
      ['Wizyty', (VISIT_INTERVALS as Record<string, string>)[String(e.afterCare.visitEveryMonths)] ?? `co ${e.afterCare.visitEveryMonths} mies.`],
      ['„Apteczka pierwszej pomocy”', e.afterCare.firstAidKit],
      ['Ekspert rodzinny', e.afterCare.familyExpertName],
    );
  }
  if (e.notReachedPath) rows.push(['Dalsze postępowanie', NOT_REACHED_PATHS[e.notReachedPath]]);
  if (e.notReachedPath === 'hand_over') rows.push(['Instytucja przejmująca', e.handoverInstitutionName ?? '—'], ['Co przekazano', e.handoverWhat ?? '—']);
  rows.push(['Zaproszenie rodziny do PZK jako eksperta rodzinnego', e.inviteAsFamilyExpert ? 'tak' : 'nie'], ['Podsumowanie', e.summary || '—'], ['Ewaluację zapisał(a)', e.evaluatedByName ?? '—']);
  return (
    <>
      <dl className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt className="font-semibold">{k}</dt>
            <dd className="whitespace-pre-line">{v}</dd>
          </div>
        ))}
      </dl>
      <GoalsTable data={data} results={e.results} />
    </>
  );
}

function GoalsTable({ data, results }: { data: Loaded; results?: Record<string, number> }) {
  if (!data.goals.length) return <p className="mt-4">W sprawie nie ma jeszcze IPP z celami.</p>;
  return (
    <ResponsiveTable label="Cele IPP — wartości skali (0–10)" className="mt-6 max-w-4xl">
      <table className={tableClass}>
        <caption className="mb-2 text-left text-lg font-semibold">Cele IPP — wartości skali (0–10)</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Cel</th>
            <th scope="col" className={thClass}>Osoba</th>
            <th scope="col" className={thClass}>Obszar</th>
            <th scope="col" className={thClass}>Na początku</th>
            <th scope="col" className={thClass}>Wartość docelowa</th>
            <th scope="col" className={thClass}>Ostatni monitoring</th>
            {results && <th scope="col" className={thClass}>Osiągnięto (ewaluacja)</th>}
          </tr>
        </thead>
        <tbody>
          {data.goals.map((g) => (
            <tr key={g.key}>
              <th scope="row" className={`${tdClass} font-normal`}>{g.title}</th>
              <td className={tdClass}>{g.memberName}</td>
              <td className={tdClass}>{areaLabel(g.area)}</td>
              <td className={tdClass}>{g.baseline}</td>
              <td className={tdClass}>{g.target}</td>
              <td className={tdClass}>{g.lastScale != null && g.lastScaleOn ? `${g.lastScale} (${formatDate(g.lastScaleOn)})` : '—'}</td>
              {results && (
                <td className={tdClass}>
                  {results[g.key] ?? '—'}
                  {results[g.key] != null && results[g.key] >= g.target && <span className="sr-only"> — cel osiągnięty</span>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

export default async function EvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const data = await guard(getEvaluation(actor, Number(id)));
  const c = data.case;
  const e = data.evaluation;
  const today = clock.today();
  return (
    <>
      <CaseHeader c={c} current="/ewaluacja" title="Ewaluacja końcowa" />

      <section aria-labelledby="termin">
        <h2 id="termin" className="mb-3 text-xl font-semibold">
          Termin zakończenia pracy z rodziną
        </h2>
        <EndOfWork data={data} />
      </section>

      <section aria-labelledby="ewaluacja">
        <h2 id="ewaluacja" className={h2}>
          Ewaluacja końcowa
        </h2>
        {data.canEvaluate ? (
          data.goals.length ? (
            <>
              {e && (
                <p className="mb-4 max-w-3xl text-slate-700">
                  Zapisana ewaluacja z {formatDate(e.evaluatedOn)}: {EVALUATION_OUTCOMES[e.outcome].toLowerCase()}
                  {e.notReachedPath ? ` — ${NOT_REACHED_PATHS[e.notReachedPath].toLowerCase()}` : ''}. Ponowny zapis zastępuje poprzednią wersję.
                </p>
              )}
              <EvaluationForm
                caseId={c.id}
                version={e?.version ?? 0}
                goals={data.goals.map((g) => ({ key: g.key, title: g.title, memberName: g.memberName, areaLabel: areaLabel(g.area), baseline: g.baseline, target: g.target, lastScale: g.lastScale, lastScaleOn: g.lastScaleOn }))}
                institutions={data.institutions.map((i) => ({ value: String(i.id), label: i.name }))}
                defaults={{
                  evaluatedOn: e?.evaluatedOn ?? (data.end ? minIso(today, data.end) : today),
                  results: data.goals.map((g) => ({ goalKey: g.key, scale: String(e?.results[g.key] ?? g.lastScale ?? '') })),
                  outcome: (e?.outcome ?? '') as never,
                  summary: e?.summary ?? '',
                  contactUntil: e?.afterCare?.contactUntil ?? '',
                  visitEveryMonths: e?.afterCare ? String(e.afterCare.visitEveryMonths) : '',
                  firstAidKit: e?.afterCare?.firstAidKit ?? '',
                  familyExpertName: e?.afterCare?.familyExpertName ?? '',
                  notReachedPath: e?.notReachedPath ?? '',
                  handoverInstitutionId: e?.handoverInstitutionId ? String(e.handoverInstitutionId) : '',
                  handoverInstitutionName: e?.handoverInstitutionId ? '' : (e?.handoverInstitutionName ?? ''),
                  handoverWhat: e?.handoverWhat ?? '',
                  inviteAsFamilyExpert: e?.inviteAsFamilyExpert ?? false,
                }}
              />
            </>
          ) : (
            <p className="max-w-3xl">Ewaluacja końcowa podsumowuje cele IPP — w tej sprawie nie ma jeszcze IPP z celami.</p>
          )
        ) : e ? (
          <EvaluationView data={data} e={e} />
        ) : (
          <>
            <p className="max-w-3xl">Ewaluacji końcowej jeszcze nie przeprowadzono.</p>
            <GoalsTable data={data} />
          </>
        )}
      </section>

      {data.canDecideEnd && (
        <>
          <section aria-labelledby="przedluzenie">
            <h2 id="przedluzenie" className={h2}>
              Decyzja o przedłużeniu pracy z rodziną
            </h2>
            <p className="mb-3 max-w-3xl text-slate-700">Praca z rodziną trwa najwyżej 12 miesięcy od kwalifikacji. Dłużej — tylko na podstawie zapisanej decyzji z uzasadnieniem.</p>
            <ExtensionForm caseId={c.id} version={c.version} until={c.extensionUntil ?? ''} reason={c.extensionReason ?? ''} />
          </section>
          <section aria-labelledby="informacja-pcpr">
            <h2 id="informacja-pcpr" className={h2}>
              Informacja dla animatora PCPR o planowanym zakończeniu
            </h2>
            <p className="mb-3 max-w-3xl text-slate-700">Pracownik kluczowy informuje animatora PCPR o planowanym zakończeniu co najmniej miesiąc wcześniej. Animatorzy powiatu dostaną e-mail z numerem sprawy — bez danych rodziny.</p>
            <AnnouncementForm caseId={c.id} version={c.version} on={today} plannedEndOn={data.end ?? ''} />
          </section>
        </>
      )}
    </>
  );
}

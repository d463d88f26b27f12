import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm } from '@/components/ui/FilterForm';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { count, WORDS } from '@/lib/plural';
import { intParam, param } from '@/lib/search-params';
import { COMPETENCE_KEYS, COMPETENCES, isCompetenceKey, SPECIALISATIONS, STRONG_RATING } from '@/lib/staff/competences';
import { staffOverview } from '@/lib/staff/staff';

export const metadata: Metadata = { title: 'Kadra OPS' };

type SP = Record<string, string | string[] | undefined>;

export default async function StaffOverviewPage({ searchParams }: { searchParams: Promise<SP> }) {
  const sp = await searchParams;
  const actor = await requireActor();
  const data = await guard(staffOverview(actor, intParam(sp, 'gmina')));
  const wanted = param(sp, 'kompetencja');
  const competence = wanted && isCompetenceKey(wanted) ? wanted : undefined;
  const people = competence ? data.people.filter((p) => p.strongCompetences.includes(competence)) : data.people;
  return (
    <>
      <PageHeader
        title="Kadra OPS"
        lead="Pracownicy socjalni, animator GOPS (OPS) i pracownik ds. sieci gminy: kwalifikacje, mocne strony z samooceny i obecne obciążenie sprawami — pomoc w doborze osób do Zadaniowych Zespołów Kooperacyjnych (ZZK)."
      />
      <FilterForm label="Wybór gminy i kompetencji">
        {data.choosesGmina && (
          <div>
            <label htmlFor="gmina" className="block text-sm font-medium">
              Gmina
            </label>
            <select id="gmina" name="gmina" defaultValue={data.gmina?.id ?? ''} className="mt-1 w-full max-w-72 rounded border border-slate-500 px-2 py-2">
              <option value="">— wybierz gminę —</option>
              {data.gminas.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {!data.choosesGmina && data.gmina && <input type="hidden" name="gmina" value={data.gmina.id} />}
        <div className="w-full min-w-0 sm:w-auto">
          <label htmlFor="kompetencja" className="block text-sm font-medium">
            Mocna strona (samoocena {STRONG_RATING}–5)
          </label>
          <select id="kompetencja" name="kompetencja" defaultValue={competence ?? ''} className="mt-1 w-full rounded border border-slate-500 px-2 py-2 sm:max-w-xl">
            <option value="">— dowolna —</option>
            {COMPETENCE_KEYS.map((k) => (
              <option key={k} value={k}>
                {COMPETENCES[k]}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>

      {!data.gmina ? (
        <p>{data.gminas.length ? 'Wybierz gminę, aby zobaczyć jej kadrę.' : 'W gminach województwa nie ma jeszcze kont pracowników socjalnych, animatorów GOPS ani pracowników ds. sieci.'}</p>
      ) : (
        <section aria-labelledby="lista">
          <h2 id="lista" className="mb-2 text-lg font-semibold">
            {data.gmina.label}: {count(people.length, WORDS.person)}
            {competence ? ` z mocną stroną „${COMPETENCES[competence]}”` : ''}
          </h2>
          {people.length === 0 ? (
            <p>{competence ? 'Nikt nie ocenił tej kompetencji na 4 lub 5.' : 'W tej gminie nie ma kont pracowników socjalnych, animatora GOPS ani pracownika ds. sieci.'}</p>
          ) : (
            <ResponsiveTable label="Kadra OPS">
              <table className={tableClass}>
                <caption className="sr-only">Kadra OPS — {data.gmina.label}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>Osoba</th>
                    <th scope="col" className={thClass}>Rola i stanowisko</th>
                    <th scope="col" className={thClass}>Specjalizacja</th>
                    <th scope="col" className={thClass}>Mocne strony (samoocena {STRONG_RATING}–5)</th>
                    <th scope="col" className={thClass}>Szkolenia Szkoły Kooperacji</th>
                    <th scope="col" className={thClass}>Otwarte sprawy jako pracownik kluczowy</th>
                    <th scope="col" className={thClass}>Otwarte sprawy w zespole (ZZK)</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((p) => (
                    <tr key={p.userId}>
                      <th scope="row" className={`${tdClass} font-normal`}>
                        <Link href={`/kadra/${p.userId}`} className={linkClass}>
                          {p.name}
                        </Link>
                        {!p.hasProfile && <span className="block text-slate-600">profil niewypełniony</span>}
                      </th>
                      <td className={tdClass}>
                        {p.roles.map((r) => r.label).join(', ')}
                        {p.jobTitle && <span className="block text-slate-600">{p.jobTitle}</span>}
                      </td>
                      <td className={tdClass}>
                        {SPECIALISATIONS[p.specialisation]}
                        {p.specialisationArea && <span className="block text-slate-600">{p.specialisationArea}</span>}
                      </td>
                      <td className={tdClass}>
                        {p.strongCompetences.length === 0 ? (
                          '—'
                        ) : (
                          <ul className="list-disc pl-4">
                            {p.strongCompetences.map((k) => (
                              <li key={k}>{COMPETENCES[k]}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className={tdClass}>{p.trainings}</td>
                      <td className={tdClass}>{p.keyWorkerCases}</td>
                      <td className={tdClass}>{p.caseTeamCases}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ResponsiveTable>
          )}
          <p className="mt-2 max-w-3xl text-sm text-slate-700">Liczby spraw obejmują sprawy tej gminy w toku: zgłoszone, w realizacji i po zakończeniu wsparcia (monitoring trwałości). Lista nie zawiera danych osób ani rodzin.</p>
        </section>
      )}
    </>
  );
}

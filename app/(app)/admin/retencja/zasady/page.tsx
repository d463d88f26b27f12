import type { Metadata } from 'next';
import Link from 'next/link';
import { ClassRuleForm, DayRuleForm, FollowRuleForm } from '@/components/retention/RuleForms';
import { Disclosure } from '@/components/ui/Disclosure';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { mayEver } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { count, WORDS } from '@/lib/plural';
import { getRetentionRules, listInstitutionClasses } from '@/lib/retention/retention';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Kategorie archiwalne (JRWA)' };

const h2 = 'mb-3 mt-8 text-xl font-semibold';

/**
 * The national retention defaults with their basis (kept by the national administrator, read by the
 * others), and for ROPS the institutions of the województwo with their own class of family cases.
 */
export default async function RetentionRulesPage() {
  const actor = await requireActor();
  const { rules, canEdit } = await guard(getRetentionRules(actor));
  const ownClasses = mayEver(actor.scope, 'retention.institution') ? await guard(listInstitutionClasses(actor)) : null;
  const measure = (r: (typeof rules)[number]) => (r.measure === 'years' ? r.classLabel : r.measure === 'days' && r.days != null ? count(r.days, WORDS.day) : 'tak długo jak rekord, którego dotyczą');
  return (
    <>
      {mayEver(actor.scope, 'retention.manage') && (
        <p className="mb-2">
          <Link href="/admin/retencja" className={linkClass}>
            ← Retencja i brakowanie akt
          </Link>
        </p>
      )}
      <PageHeader
        title="Kategorie archiwalne (JRWA)"
        lead="Jak długo Platforma przechowuje dane. Akta spraw mają kategorię z jednolitego rzeczowego wykazu akt (A — wieczyście, B i BE — przez podaną liczbę lat, liczoną od 1 stycznia roku następnego po zakończeniu sprawy); po jej upływie sprawy są anonimizowane dopiero po zatwierdzeniu partii brakowania ze zgodą archiwum państwowego. Instytucja może ustalić własną kategorię akt spraw — obowiązuje ona sprawy, których pracownik kluczowy jest jej pracownikiem."
      />
      <section aria-labelledby="domyslne">
        <h2 id="domyslne" className={h2}>
          Kategorie domyślne (krajowe)
        </h2>
        <ResponsiveTable label="Kategorie domyślne">
          <table className={tableClass}>
            <caption className="sr-only">Kategorie domyślne</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Rodzaj danych</th>
                <th scope="col" className={thClass}>Okres przechowywania</th>
                <th scope="col" className={thClass}>Podstawa</th>
                <th scope="col" className={thClass}>Zmieniono</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.kind}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {r.label}
                  </th>
                  <td className={tdClass}>{measure(r)}</td>
                  <td className={`${tdClass} max-w-xl`}>{r.basis}</td>
                  <td className={tdClass}>{formatDate(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      </section>
      {canEdit && (
        <section aria-labelledby="zmiana">
          <h2 id="zmiana" className={h2}>
            Zmiana kategorii domyślnych
          </h2>
          <p className="mb-3 max-w-3xl">Zmiana obowiązuje od następnego przebiegu zadania w tle: sprawy już oznaczone do brakowania zostaną przeliczone.</p>
          {rules.map((r) => (
            <Disclosure key={r.kind} label={`Zmień: ${r.label}`}>
              {r.measure === 'years' ? (
                <ClassRuleForm label={r.label} initial={{ version: r.version, category: r.category ?? 'B', years: r.years, symbol: r.symbol, basis: r.basis }} />
              ) : r.measure === 'days' ? (
                <DayRuleForm kind={r.kind as 'login_failure'} label={r.label} initial={{ version: r.version, days: r.days, basis: r.basis }} />
              ) : (
                <FollowRuleForm label={r.label} initial={{ version: r.version, basis: r.basis }} />
              )}
            </Disclosure>
          ))}
        </section>
      )}
      {ownClasses && (
        <section aria-labelledby="wlasne">
          <h2 id="wlasne" className={h2}>
            Instytucje z własną kategorią akt spraw ({count(ownClasses.length, WORDS.institution)})
          </h2>
          {ownClasses.length === 0 ? (
            <p>Żadna instytucja nie ustaliła własnej kategorii — obowiązuje kategoria domyślna.</p>
          ) : (
            <ResponsiveTable label="Instytucje z własną kategorią">
              <table className={tableClass}>
                <caption className="sr-only">Instytucje z własną kategorią</caption>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>Instytucja</th>
                    <th scope="col" className={thClass}>Kategoria</th>
                    <th scope="col" className={thClass}>Podstawa</th>
                    <th scope="col" className={thClass}>Zmieniono</th>
                  </tr>
                </thead>
                <tbody>
                  {ownClasses.map((c) => (
                    <tr key={c.institutionId}>
                      <th scope="row" className={`${tdClass} font-medium`}>
                        <Link href={`/instytucje/${c.institutionId}`} className={linkClass}>
                          {c.name}
                        </Link>
                        {c.gminaName && <span className="block font-normal text-slate-600">gmina {c.gminaName}</span>}
                      </th>
                      <td className={tdClass}>{c.label}</td>
                      <td className={tdClass}>{c.basis || '—'}</td>
                      <td className={tdClass}>{formatDate(c.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ResponsiveTable>
          )}
          <p className="mt-2 text-sm text-slate-700">Kategorię instytucji zmienia się na stronie instytucji (sekcja „Kategoria archiwalna akt spraw”).</p>
        </section>
      )}
    </>
  );
}

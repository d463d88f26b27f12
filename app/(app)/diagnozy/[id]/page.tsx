import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiagnosisForm } from '@/components/diagnosis/DiagnosisForm';
import { ImportFiguresForm } from '@/components/diagnosis/ImportFiguresForm';
import { ConfirmActionButton } from '@/components/forms/ConfirmActionButton';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { canOpen } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { getDiagnosis } from '@/lib/diagnosis/diagnoses';
import { FIGURE_KEYS, FIGURES } from '@/lib/diagnosis/figures';
import { DIAGNOSIS_SECTIONS } from '@/lib/diagnosis/schemas';
import { notificationHref } from '@/lib/implementations/notification-number';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { finishDiagnosisAction, importDiagnosisFiguresAction, reopenDiagnosisAction, saveDiagnosisAction } from '../actions';

export const metadata: Metadata = { title: 'Diagnoza lokalna' };

const num = (n: number | null) => (n == null ? '—' : n.toLocaleString('pl-PL'));

export default async function DiagnosisPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const r = await guard(getDiagnosis(actor, Number(id)));
  const d = r.diagnosis;
  const ref = { diagnosisId: d.id, version: d.version };
  const caption = `Dane liczbowe gmin — ${d.title}`;
  // A GOPS animator reads the diagnosis but not the powiat's notifications to ROPS: the number, without a link.
  const mayOpenNotifications = canOpen(actor, 'notification.view', { voivodeshipId: d.voivodeshipId, powiatId: d.powiatId, gminaId: d.gminaId });
  return (
    <>
      <p className="mb-2">
        <Link href="/diagnozy" className={linkClass}>
          ← Diagnozy lokalne
        </Link>
      </p>
      <PageHeader
        title={d.title}
        lead={`Powiat ${r.powiatName} · diagnoza z ${formatDate(d.madeOn)} · ${d.finishedAt ? `zakończona ${formatDateTime(d.finishedAt)}` : 'w przygotowaniu'}`}
      />
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={`/diagnozy/${d.id}/diagnoza.pdf`} className={linkClass}>
            Pobierz diagnozę (PDF)
          </a>
        </li>
        <li>
          <a href={`/diagnozy/${d.id}/szablon.csv`} className={linkClass}>
            Pobierz szablon CSV z danymi gmin
          </a>
        </li>
      </ul>
      {r.notifications.length > 0 && (
        <p className="mb-4">
          Uzasadnia {r.notifications.length === 1 ? 'zgłoszenie' : 'zgłoszenia'}:{' '}
          {r.notifications.map((n, i) => (
            <span key={n.id}>
              {i > 0 && ', '}
              {mayOpenNotifications ? (
                <Link href={notificationHref(n.number)} className={linkClass}>
                  {n.number}
                </Link>
              ) : (
                n.number
              )}
            </span>
          ))}
        </p>
      )}
      {r.canEdit ? (
        <>
          <DiagnosisForm
            gminaNames={Object.fromEntries(r.gminas.map((g) => [g.id, g.name]))}
            defaults={{
              ...ref,
              title: d.title,
              madeOn: d.madeOn,
              problems: d.problems,
              needs: d.needs,
              resources: d.resources,
              servicesAvailable: d.servicesAvailable,
              missing: d.missing,
              targetGroup: d.targetGroup,
              gminas: r.gminas.map((g) => ({ gminaId: g.id, figures: Object.fromEntries(FIGURE_KEYS.map((k) => [k, g.figures[k] == null ? '' : String(g.figures[k])])) })),
            }}
            action={saveDiagnosisAction}
          />
          <section aria-labelledby="import-csv" className="mt-8">
            <h2 id="import-csv" className="mb-2 text-xl font-semibold">
              Import danych z pliku CSV
            </h2>
            <p className="mb-3 text-sm text-slate-700">Import zastępuje dane kolumn, które są w pliku; niezapisane zmiany w formularzu powyżej zapisz najpierw.</p>
            <ImportFiguresForm {...ref} action={importDiagnosisFiguresAction} />
          </section>
          <section aria-labelledby="zakoncz" className="mt-8">
            <h2 id="zakoncz" className="mb-2 text-xl font-semibold">
              Zakończenie diagnozy
            </h2>
            <ConfirmActionButton
              label="Zakończ diagnozę"
              name={`Zakończ diagnozę: ${d.title}`}
              confirmName="Potwierdź zakończenie diagnozy"
              warning="Zakończonej diagnozy nie można zmieniać; można ją wskazać w zgłoszeniu do ROPS. Do czasu wskazania w zgłoszeniu można ją otworzyć ponownie."
              yes="Tak, zakończ"
              busy="Kończenie…"
              run={finishDiagnosisAction.bind(null, ref)}
            />
          </section>
        </>
      ) : (
        <>
          <ResponsiveTable label={caption} className="mb-6">
            <table className={tableClass}>
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Gmina</th>
                  {FIGURE_KEYS.map((k) => (
                    <th key={k} scope="col" className={thClass}>
                      {FIGURES[k]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.gminas.map((g) => (
                  <tr key={g.id}>
                    <th scope="row" className={tdClass}>
                      {g.name}
                    </th>
                    {FIGURE_KEYS.map((k) => (
                      <td key={k} className={`${tdClass} text-right`}>
                        {num(g.figures[k])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
          {DIAGNOSIS_SECTIONS.map((s) => (
            <section key={s.key} className="mb-4 max-w-3xl">
              <h2 className="mb-1 text-lg font-semibold">{s.label}</h2>
              <p className="whitespace-pre-line">{d[s.key] || '—'}</p>
            </section>
          ))}
          {r.canReopen && (
            <ConfirmActionButton
              label="Otwórz diagnozę do zmian"
              name={`Otwórz do zmian: ${d.title}`}
              confirmName="Potwierdź ponowne otwarcie diagnozy"
              warning="Diagnoza wróci do przygotowania i nie będzie można jej wskazać w zgłoszeniu, dopóki jej nie zakończysz."
              yes="Tak, otwórz"
              busy="Otwieranie…"
              run={reopenDiagnosisAction.bind(null, ref)}
            />
          )}
        </>
      )}
    </>
  );
}

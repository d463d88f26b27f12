import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { can } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { notificationFormOptions } from '@/lib/implementations/notification-form';
import { getNotification, mayCorrectNotification } from '@/lib/implementations/notifications';
import { numberFromSlug } from '@/lib/implementations/notification-number';
import { PERSON_FUNCTIONS } from '@/lib/implementations/schemas';
import { VARIANT_LABELS } from '@/lib/model/catalogue';
import { NOTIFICATION_STATUS_LABELS } from '@/lib/model/labels';
import { guard } from '@/lib/page-guard';
import { notificationDiagnosis } from '@/lib/diagnosis/diagnoses';
import { formatDate, formatDateTime } from '@/lib/text';
import { resubmitNotificationAction } from '../actions';
import { NotificationForm } from '../NotificationForm';
import { ReviewForm } from '../ReviewForm';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Zgłoszenie do ROPS' };

export default async function NotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Addressed by number (/zgloszenia/ZG-2026-0004); a bare id still opens it, for old links.
  const ref = numberFromSlug(id) ?? (/^\d{1,9}$/.test(id) ? Number(id) : null);
  if (ref === null) notFound();
  const actor = await requireActor();
  const { notification: n, submitter, decision, tracks } = await guard(getNotification(actor, ref));
  const place = { voivodeshipId: n.voivodeshipId, powiatId: n.powiatId, gminaId: null };
  const canReview = n.status === 'submitted' && can(actor.scope, 'notification.review', place);
  const canFix = n.status === 'returned' && mayCorrectNotification(actor.scope, { ...place, gminaIds: n.gminas.map((g) => g.gmina.id) });
  const options = canFix ? await guard(notificationFormOptions(actor, n.id)) : null;
  const diagnosis = await notificationDiagnosis(actor, n.id);
  return (
    <>
      <PageHeader title={`Zgłoszenie ${n.number} — powiat ${n.powiat.name}`} lead={`Stan: ${NOTIFICATION_STATUS_LABELS[n.status]}.`} />
      {n.status === 'returned' && n.reviewComment && (
        <p role="status" className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
          <strong>Komentarz ROPS:</strong> {n.reviewComment}
        </p>
      )}
      <dl className="mb-6 grid max-w-3xl grid-cols-[12rem_1fr] gap-2 rounded border border-slate-200 bg-white p-4">
        <dt className="font-medium">Wariant modelu</dt>
        <dd>{VARIANT_LABELS[n.variant]}</dd>
        <dt className="font-medium">Planowany początek</dt>
        <dd>{formatDate(n.plannedStart)}</dd>
        <dt className="font-medium">Gminy</dt>
        <dd>{n.gminas.map((g) => g.gmina.name).join(', ')}</dd>
        <dt className="font-medium">Grupa docelowa</dt>
        <dd>
          {n.targetGroup ?? 'praca uniwersalna, bez wskazania grupy'}
          {diagnosis && (
            <span className="block text-sm text-slate-700">
              uzasadnienie: diagnoza{' '}
              {diagnosis.canOpen ? (
                <Link href={`/diagnozy/${diagnosis.id}`} className={linkClass}>
                  „{diagnosis.title}”
                </Link>
              ) : (
                `„${diagnosis.title}”`
              )}{' '}
              z {formatDate(diagnosis.madeOn)}
            </span>
          )}
        </dd>
        <dt className="font-medium">Zgłaszający</dt>
        <dd>
          {submitter?.name}, {formatDateTime(n.submittedAt)}
        </dd>
        {decision && (
          <>
            <dt className="font-medium">Decyzja ROPS</dt>
            <dd>
              {decision.status === 'accepted' ? 'przyjęte' : 'zwrócone do poprawy'}: {decision.name}
              {decision.role ? ` (${decision.role})` : ''}, {formatDateTime(decision.at)}
            </dd>
          </>
        )}
      </dl>
      <h2 className="mb-2 text-xl font-semibold">{n.variant === 'urban_3d' ? 'Pracownicy ds. sieci i radni' : 'Animatorzy i radni'}</h2>
      <ResponsiveTable label="Osoby wskazane w zgłoszeniu" className="mb-6">
        <table className={tableClass}>
          <caption className="sr-only">Osoby wskazane w zgłoszeniu</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Funkcja</th>
              <th scope="col" className={thClass}>Imię i nazwisko</th>
              <th scope="col" className={thClass}>Gmina</th>
            </tr>
          </thead>
          <tbody>
            {n.people.map((p) => (
              <tr key={p.id}>
                <td className={tdClass}>{PERSON_FUNCTIONS[p.function]}</td>
                <td className={tdClass}>{p.name}</td>
                <td className={tdClass}>{p.gmina?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
      {tracks.length > 0 && (
        <section aria-labelledby="harmonogramy" className="mb-6">
          <h2 id="harmonogramy" className="mb-2 text-xl font-semibold">
            Harmonogramy wdrożenia
          </h2>
          <ul className="list-inside list-disc">
            {tracks.map((t) => (
              <li key={t.id}>
                <Link href={`/wdrozenia/${t.id}`} className={linkClass}>
                  gmina {n.gminas.find((g) => g.gmina.id === t.gminaId)?.gmina.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {canReview && <ReviewForm id={n.id} version={n.version} />}
      {canFix && options && (
        <section aria-labelledby="poprawa">
          <h2 id="poprawa" className="mb-2 text-xl font-semibold">
            Popraw i wyślij ponownie
          </h2>
          <NotificationForm
            powiatName={options.powiat.name}
            gminas={options.gminas}
            variants={Object.entries(VARIANT_LABELS).map(([value, label]) => ({ value, label }))}
            fixedVariant={options.fixedVariant}
            diagnoses={options.diagnoses}
            submit={resubmitNotificationAction.bind(null, { id: n.id, version: n.version })}
            initial={{
              variant: n.variant,
              plannedStart: n.plannedStart,
              gminaIds: n.gminas.map((g) => String(g.gmina.id)),
              targetGroup: n.targetGroup ?? '',
              diagnosisId: diagnosis ? String(diagnosis.id) : '',
              people: n.people.map((p) => ({ function: p.function, name: p.name, gminaId: p.gminaId ? String(p.gminaId) : "" })),
            }}
          />
        </section>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { notificationFormOptions } from '@/lib/implementations/notification-form';
import { VARIANT_LABELS } from '@/lib/model/catalogue';
import { guard } from '@/lib/page-guard';
import { submitNotificationAction } from '../actions';
import { NotificationForm } from '../NotificationForm';

export const metadata: Metadata = { title: 'Zgłoszenie do ROPS' };

export default async function NewNotificationPage() {
  const actor = await requireActor();
  const options = await guard(notificationFormOptions(actor));
  return (
    <>
      <PageHeader
        title="Zgłoszenie do ROPS (krok 2.4)"
        lead={
          options.fixedVariant
            ? 'Zgłoś decyzję gminy (miasta) o wdrażaniu Modelu Kooperacji w wariancie Kooperacje 3D. Po przyjęciu zgłoszenia ROPS utworzy harmonogram wdrożenia.'
            : 'Zgłoś decyzję powiatu i gmin o wdrażaniu Modelu Kooperacji. Po przyjęciu zgłoszenia ROPS utworzy harmonogram wdrożenia dla każdej gminy.'
        }
      />
      <NotificationForm
        powiatName={options.powiat.name}
        gminas={options.gminas}
        variants={Object.entries(VARIANT_LABELS).map(([value, label]) => ({ value, label }))}
        fixedVariant={options.fixedVariant}
        diagnoses={options.diagnoses}
        submit={submitNotificationAction}
      />
    </>
  );
}

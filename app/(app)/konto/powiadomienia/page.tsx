import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getEmailPreferences } from '@/lib/notifications/notifications';
import { PreferencesForm } from './PreferencesForm';

export const metadata: Metadata = { title: 'Powiadomienia e-mail' };

export default async function PreferencesPage() {
  const actor = await requireActor();
  const kinds = await getEmailPreferences(actor);
  return (
    <>
      <PageHeader title="Powiadomienia e-mail" lead="Wiadomości o pracy PZK, do których należysz. Nie zawierają danych osób i rodzin — tylko informację, co się zmieniło, i odnośnik." />
      <PreferencesForm kinds={kinds} />
    </>
  );
}

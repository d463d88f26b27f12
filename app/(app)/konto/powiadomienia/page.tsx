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
      <div className="mb-4 max-w-2xl space-y-2 text-slate-800">
        <p>Dla każdego rodzaju wiadomości wybierz, jak chcesz ją dostawać.</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>Codzienne podsumowanie</strong> przychodzi codziennie o 7:00, <strong>tygodniowe</strong> — w poniedziałek o 7:00. Zawiera listę Twojej pracy (zaległe, w tym tygodniu, później) i to, co
            się zmieniło w Twoich zespołach od poprzedniego podsumowania. Pierwsze przyjdzie kilka minut po zapisaniu (jeśli minęła już 7:00), a gdy nie masz nic do zrobienia i nic się nie zmieniło — nie wysyłamy go.
          </li>
          <li>Wiadomości o bezpieczeństwie konta (np. nieudane logowania) wysyłamy zawsze od razu.</li>
        </ul>
      </div>
      <PreferencesForm kinds={kinds} />
    </>
  );
}

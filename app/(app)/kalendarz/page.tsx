import type { Metadata } from 'next';
import { RegionCalendar } from '@/components/events/RegionCalendar';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { feedStatus } from '@/lib/pzk/calendar';
import { formatDateTime } from '@/lib/text';
import { FeedControls } from './FeedControls';

export const metadata: Metadata = { title: 'Mój kalendarz spotkań' };

export default async function CalendarPage() {
  const actor = await requireActor();
  const { createdAt } = await feedStatus(actor);
  return (
    <>
      <PageHeader
        title="Mój kalendarz spotkań"
        lead="Spotkania wszystkich PZK, w których bierzesz udział, w Twoim kalendarzu (Outlook, Google, telefon) — aktualizowane automatycznie."
      />
      <RegionCalendar actor={actor} />
      <section aria-labelledby="adres" className="mb-8 max-w-3xl">
        <h2 id="adres" className="mb-3 text-xl font-semibold">Adres kalendarza</h2>
        <p className="mb-3">
          {createdAt
            ? `Masz adres kalendarza wygenerowany ${formatDateTime(createdAt)}. Ze względów bezpieczeństwa nie przechowujemy go w czytelnej postaci — jeśli go nie masz, wygeneruj nowy (stary przestanie działać).`
            : 'Nie masz jeszcze adresu kalendarza.'}
        </p>
        <FeedControls hasToken={!!createdAt} />
        <p className="mb-3 text-slate-700">
          Adres działa jak hasło: kto go zna, widzi terminy, miejsca i porządek spotkań (bez protokołów, list obecności i konsultacji). Nie udostępniaj go. Jeśli trafił w niepowołane ręce,
          wygeneruj nowy.
        </p>
      </section>
      <section aria-labelledby="jak" className="max-w-3xl">
        <h2 id="jak" className="mb-3 text-xl font-semibold">Jak dodać kalendarz</h2>
        <h3 className="mb-1 font-semibold">Outlook (w przeglądarce lub Microsoft 365)</h3>
        <ol className="mb-4 list-decimal pl-6">
          <li>Otwórz Kalendarz i wybierz „Dodaj kalendarz”.</li>
          <li>Wybierz „Subskrybuj z sieci Web”.</li>
          <li>Wklej adres, nadaj nazwę (np. „Spotkania PZK”) i wybierz „Importuj”.</li>
        </ol>
        <h3 className="mb-1 font-semibold">Google Kalendarz</h3>
        <ol className="mb-4 list-decimal pl-6">
          <li>Na komputerze, obok „Inne kalendarze”, wybierz „+”, a potem „Z adresu URL”.</li>
          <li>Wklej adres i wybierz „Dodaj kalendarz”.</li>
          <li>Google odświeża subskrybowane kalendarze co kilka godzin — zmiany nie pojawią się od razu.</li>
        </ol>
        <p className="text-slate-700">Pojedyncze spotkanie możesz też pobrać jako plik .ics ze strony spotkania.</p>
      </section>
    </>
  );
}

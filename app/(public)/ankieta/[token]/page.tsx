import type { Metadata } from 'next';
import { PublicAnswerForm } from '@/components/questionnaires/PublicAnswerForm';
import { openLink } from '@/lib/questionnaires/links';

export const metadata: Metadata = { title: 'Ankieta', referrer: 'no-referrer', robots: { index: false, follow: false } };
// The link's secret is in the address: the page is never cached or prerendered.
export const dynamic = 'force-dynamic';

const DEAD = {
  unknown: { title: 'Nie znaleziono ankiety', text: 'Ten link do ankiety jest niepoprawny. Sprawdź, czy skopiowano go w całości, albo poproś osobę, od której go otrzymano, o nowy.' },
  answered: { title: 'Ankieta została już wypełniona', text: 'Każdy link przyjmuje jedną odpowiedź, a na ten już odpowiedziano. Dziękujemy za udział!' },
} as const;

/** The anonymous questionnaire of a link: no login, no names asked, one answer per link. */
export default async function QuestionnairePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openLink(token);
  if (opened.state !== 'valid') {
    const m = DEAD[opened.state];
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="mb-4 text-2xl font-bold">{m.title}</h1>
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">
          {m.text}
        </p>
      </div>
    );
  }
  const t = opened.template;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">{t.title}</h1>
      {t.intro && <p className="mb-4 whitespace-pre-line">{t.intro}</p>}
      <p className="mb-6 text-sm text-slate-700">Ankieta jest anonimowa: nie pytamy o imię ani nazwisko i nie zapisujemy, kto odpowiedział. Pola oznaczone gwiazdką (*) są obowiązkowe.</p>
      <PublicAnswerForm token={token} questions={t.questions} />
    </div>
  );
}

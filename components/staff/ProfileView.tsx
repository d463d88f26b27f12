import { tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { isoToPolish } from '@/lib/model/dates';
import { COMPETENCE_KEYS, COMPETENCES, RATINGS, SPECIALISATIONS, type Rating, type Specialisation } from '@/lib/staff/competences';

export interface AttendedTraining {
  id: number;
  topic: string;
  kindLabel: string;
  heldOn: string;
  certificateNumber: string | null;
}

/** The Szkoła Kooperacji trainings a person attended: read from the attendance lists, never typed in. */
export function TrainingsList({ trainings, headingId }: { trainings: AttendedTraining[]; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-1 text-lg font-semibold">
        Szkolenia Szkoły Kooperacji
      </h2>
      <p className="mb-3 text-sm text-slate-700">Ze Szkoły Kooperacji — uzupełniane automatycznie na podstawie list obecności szkoleń.</p>
      {trainings.length === 0 ? (
        <p>Brak szkoleń z potwierdzoną obecnością.</p>
      ) : (
        <ResponsiveTable label="Szkolenia Szkoły Kooperacji">
          <table className={tableClass}>
            <caption className="sr-only">Szkolenia Szkoły Kooperacji z potwierdzoną obecnością</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Szkolenie</th>
                <th scope="col" className={thClass}>Rodzaj</th>
                <th scope="col" className={thClass}>Data</th>
                <th scope="col" className={thClass}>Nr zaświadczenia</th>
              </tr>
            </thead>
            <tbody>
              {trainings.map((t) => (
                <tr key={t.id}>
                  <td className={tdClass}>{t.topic}</td>
                  <td className={tdClass}>{t.kindLabel}</td>
                  <td className={tdClass}>{isoToPolish(t.heldOn)}</td>
                  <td className={tdClass}>{t.certificateNumber ?? 'nie wydano'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </section>
  );
}

export interface ProfileData {
  qualifications: string;
  specialisation: Specialisation;
  specialisationArea: string;
  competences: Record<string, number>;
  developmentPath: string;
  version: number;
}

/** A staff profile, read only (the OPS staff overview's "Profil"). */
export function ProfileView({ profile }: { profile: ProfileData }) {
  const rated = COMPETENCE_KEYS.filter((k) => profile.competences[k] != null);
  return (
    <>
      <section aria-labelledby="kwalifikacje" className="mb-8">
        <h2 id="kwalifikacje" className="mb-2 text-lg font-semibold">
          Kwalifikacje formalne
        </h2>
        {profile.version === 0 && <p className="mb-2 text-slate-700">Ta osoba nie wypełniła jeszcze swojego profilu zawodowego.</p>}
        <dl className="grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[14rem_1fr] sm:gap-y-2">
          <dt className="font-semibold">Kwalifikacje</dt>
          <dd className="whitespace-pre-line">{profile.qualifications || 'nie podano'}</dd>
          <dt className="font-semibold">Specjalizacja</dt>
          <dd>
            {SPECIALISATIONS[profile.specialisation]}
            {profile.specialisationArea ? ` — ${profile.specialisationArea}` : ''}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="kompetencje" className="mb-8">
        <h2 id="kompetencje" className="mb-2 text-lg font-semibold">
          Samoocena kompetencji
        </h2>
        {rated.length === 0 ? (
          <p>Brak samooceny.</p>
        ) : (
          <ResponsiveTable label="Samoocena kompetencji">
            <table className={tableClass}>
              <caption className="sr-only">Samoocena kompetencji w skali od 1 do 5</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Kompetencja</th>
                  <th scope="col" className={thClass}>Ocena (1–5)</th>
                </tr>
              </thead>
              <tbody>
                {rated.map((k) => (
                  <tr key={k}>
                    <th scope="row" className={`${tdClass} font-normal`}>{COMPETENCES[k]}</th>
                    <td className={tdClass}>
                      {profile.competences[k]} — {RATINGS[profile.competences[k] as Rating]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ResponsiveTable>
        )}
      </section>
      <section aria-labelledby="sciezka" className="mb-8">
        <h2 id="sciezka" className="mb-2 text-lg font-semibold">
          Indywidualna ścieżka rozwoju
        </h2>
        <p className="max-w-3xl whitespace-pre-line">{profile.developmentPath || 'nie opisano'}</p>
      </section>
    </>
  );
}

import { describe, expect, it } from 'vitest';
import { COMPETENCE_KEYS, COMPETENCES, RATINGS, strongCompetences } from '@/lib/staff/competences';
import { staffProfileSchema } from '@/lib/staff/schemas';

/*
 * The competence list of the staff profile is the annex's list (kooperacje-3d-zasoby-kadrowe:
 * "Kompetencje w zakresie wiedzy, umiejętności i kompetencji społecznych … obejmują m.in.
 * następujące umiejętności"): 24 bullets. The labels below are copied by hand from the annex.
 */
describe('the competence list of the staff profile', () => {
  it('has every bullet of the annex, each once, under a unique key', () => {
    expect(COMPETENCE_KEYS).toHaveLength(24);
    expect(new Set(COMPETENCE_KEYS).size).toBe(24);
    expect(new Set(Object.values(COMPETENCES)).size).toBe(24);
    for (const k of COMPETENCE_KEYS) expect(k).toMatch(/^[a-z_]+$/); // a form field path: no dots
  });

  it('says what the annex says', () => {
    const labels = Object.values(COMPETENCES);
    expect(labels[0]).toBe('Tworzenie i podtrzymywanie wspomagających stosunków profesjonalnych');
    expect(labels).toContain('Zapewnianie kontaktów międzyorganizacyjnych');
    expect(labels).toContain('Organizowanie i prowadzenie grup zadaniowych');
    expect(labels).toContain('Aktywizowanie społeczności lokalnej');
    expect(labels).toContain('Formułowanie diagnozy socjalnej oraz planu pomocy (projektowanie działań)');
    expect(labels).toContain('Udzielanie porad');
    expect(labels.at(-1)).toBe('Pobudzanie samozaradności indywidualnej');
  });

  it('rates 1 to 5 with Polish labels, and counts 4–5 as a strong point, best first', () => {
    expect(RATINGS[1]).toBe('potrzebuję wsparcia');
    expect(RATINGS[5]).toBe('mogę uczyć innych');
    expect(strongCompetences({ cooperation: 4, counselling: 3, strategic_planning: 5, communication: 4 })).toEqual(['strategic_planning', 'communication', 'cooperation']);
    expect(strongCompetences({})).toEqual([]);
  });
});

describe('the profile form', () => {
  const valid = { version: '0', qualifications: 'Studia I stopnia: praca socjalna', specialisation: 'second', specialisationArea: 'praca socjalna ze społecznością lokalną', competences: { cooperation: '5', counselling: '', communication: null }, developmentPath: '' };
  const errors = (input: unknown) => {
    const r = staffProfileSchema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('keeps the answered ratings as numbers and leaves out the unanswered', () => {
    const r = staffProfileSchema.parse(valid);
    expect(r.competences).toEqual({ cooperation: 5 });
    expect(r.version).toBe(0);
  });

  it('refuses a rating outside 1–5 and a competence not on the list, in Polish', () => {
    expect(errors({ ...valid, competences: { cooperation: '6' } })['competences.cooperation']).toBe('Oceń w skali od 1 (potrzebuję wsparcia) do 5 (mogę uczyć innych).');
    expect(errors({ ...valid, competences: { cooperation: '0' } })['competences.cooperation']).toMatch(/^Oceń w skali/);
    expect(errors({ ...valid, competences: { juggling: '3' } })['competences.juggling']).toBe('Nie ma takiej kompetencji na liście — odśwież stronę i oceń ponownie.');
  });

  it('asks for the area of a specialisation, and drops it without one', () => {
    expect(errors({ ...valid, specialisationArea: '  ' }).specialisationArea).toMatch(/^Podaj dziedzinę specjalizacji/);
    expect(staffProfileSchema.parse({ ...valid, specialisation: 'none' }).specialisationArea).toBe('');
    expect(errors({ ...valid, specialisation: 'third' }).specialisation).toBe('Wybierz stopień specjalizacji (także „brak”).');
  });
});

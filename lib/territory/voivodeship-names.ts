/**
 * The sixteen voivodeships with the cases Polish sentences need, beside the TERC register's
 * nominative (kept lower case in the database, as "podlaskie"): "z województwa podlaskiego",
 * "w województwie podlaskim". Keyed by the TERYT code; a test checks the list against the register.
 */
export type VoivodeshipForms = { nominative: string; genitive: string; locative: string };

export const VOIVODESHIP_FORMS: Record<string, VoivodeshipForms> = {
  '02': { nominative: 'dolnośląskie', genitive: 'dolnośląskiego', locative: 'dolnośląskim' },
  '04': { nominative: 'kujawsko-pomorskie', genitive: 'kujawsko-pomorskiego', locative: 'kujawsko-pomorskim' },
  '06': { nominative: 'lubelskie', genitive: 'lubelskiego', locative: 'lubelskim' },
  '08': { nominative: 'lubuskie', genitive: 'lubuskiego', locative: 'lubuskim' },
  '10': { nominative: 'łódzkie', genitive: 'łódzkiego', locative: 'łódzkim' },
  '12': { nominative: 'małopolskie', genitive: 'małopolskiego', locative: 'małopolskim' },
  '14': { nominative: 'mazowieckie', genitive: 'mazowieckiego', locative: 'mazowieckim' },
  '16': { nominative: 'opolskie', genitive: 'opolskiego', locative: 'opolskim' },
  '18': { nominative: 'podkarpackie', genitive: 'podkarpackiego', locative: 'podkarpackim' },
  '20': { nominative: 'podlaskie', genitive: 'podlaskiego', locative: 'podlaskim' },
  '22': { nominative: 'pomorskie', genitive: 'pomorskiego', locative: 'pomorskim' },
  '24': { nominative: 'śląskie', genitive: 'śląskiego', locative: 'śląskim' },
  '26': { nominative: 'świętokrzyskie', genitive: 'świętokrzyskiego', locative: 'świętokrzyskim' },
  '28': { nominative: 'warmińsko-mazurskie', genitive: 'warmińsko-mazurskiego', locative: 'warmińsko-mazurskim' },
  '30': { nominative: 'wielkopolskie', genitive: 'wielkopolskiego', locative: 'wielkopolskim' },
  '32': { nominative: 'zachodniopomorskie', genitive: 'zachodniopomorskiego', locative: 'zachodniopomorskim' },
};

const byName = new Map(Object.values(VOIVODESHIP_FORMS).map((f) => [f.nominative, f]));

/** The forms of a voivodeship given its name as stored (nominative); an unknown name (test data) is declined as an adjective. */
export function voivodeshipForms(nominative: string): VoivodeshipForms {
  const known = byName.get(nominative.toLocaleLowerCase('pl'));
  if (known) return known;
  if (nominative.endsWith('ie')) return { nominative, genitive: `${nominative.slice(0, -1)}ego`, locative: `${nominative.slice(0, -1)}m` };
  if (nominative.endsWith('e')) return { nominative, genitive: `${nominative.slice(0, -1)}ego`, locative: `${nominative.slice(0, -1)}ym` };
  return { nominative, genitive: nominative, locative: nominative };
}

/** "województwa podlaskiego". */
export const ofVoivodeship = (nominative: string) => `województwa ${voivodeshipForms(nominative).genitive}`;
/** "w województwie podlaskim". */
export const inVoivodeship = (nominative: string) => `w województwie ${voivodeshipForms(nominative).locative}`;

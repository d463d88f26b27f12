import { describe, expect, it } from 'vitest';
import { notificationSchema } from '@/lib/implementations/schemas';
import { isCityWithPowiatRights, notApplicableSteps, wordsFor } from '@/lib/model/variant';

// TERYT powiat codes (GUS TERC): the last two digits 61 and above are cities with powiat rights.
describe('a city with powiat rights, from its TERYT powiat code', () => {
  it.each([
    ['2061', 'Białystok'],
    ['2062', 'Łomża'],
    ['2063', 'Suwałki'],
    ['1465', 'Warszawa'],
    ['1261', 'Kraków'],
    ['0261', 'Jelenia Góra'],
    ['0264', 'Wrocław'],
  ])('%s (%s) is one', (teryt) => {
    expect(isCityWithPowiatRights(teryt)).toBe(true);
  });
  it.each([
    ['2011', 'sokólski'],
    ['2002', 'białostocki'],
    ['2001', 'augustowski'],
    ['1401', 'białobrzeski'],
    ['1438', 'wołomiński'],
  ])('%s (powiat %s) is not', (teryt) => {
    expect(isCityWithPowiatRights(teryt)).toBe(false);
  });
  it('only a 4-digit powiat code is read (a gmina code or a województwo code is not a powiat)', () => {
    expect(isCityWithPowiatRights('2061011')).toBe(false);
    expect(isCityWithPowiatRights('20')).toBe(false);
    expect(isCityWithPowiatRights('')).toBe(false);
  });
});

describe('the steps that do not apply', () => {
  it('in a city with powiat rights step 3 (the powiat–gmina agreement) is "nie dotyczy — miasto na prawach powiatu"', () => {
    expect(notApplicableSteps('2061')).toEqual({ codes: ['3'], note: 'nie dotyczy — miasto na prawach powiatu' });
    expect(notApplicableSteps('1465')).toEqual({ codes: ['3'], note: 'nie dotyczy — miasto na prawach powiatu' });
  });
  it('elsewhere every step applies', () => {
    expect(notApplicableSteps('2011')).toBeNull();
    expect(notApplicableSteps('2002')).toBeNull();
  });
});

describe('who a notification names, per variant (one schema)', () => {
  const G = 7;
  const base = { plannedStart: '2031-01-06', gminaIds: [G], targetGroup: '' };
  const messages = (input: unknown) => {
    const r = notificationSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it('rural: the PCPR animator and the powiat councillor are required, with the GOPS animator and councillor of each gmina', () => {
    const gmina = [
      { function: 'animator_gops', name: 'Anna Żak', gminaId: G },
      { function: 'councillor_gmina', name: 'Jan Łoś', gminaId: G },
    ];
    expect(messages({ ...base, variant: 'rural', people: gmina })).toEqual(['Wskaż animatora PCPR.', 'Wskaż radnego powiatu lub członka zarządu powiatu.']);
    expect(
      messages({
        ...base,
        variant: 'rural',
        people: [{ function: 'animator_pcpr', name: 'Ewa Góra' }, { function: 'councillor_powiat', name: 'Piotr Wąs' }, ...gmina],
      }),
    ).toEqual([]);
    // A network worker does not stand in for the GOPS animator in the rural model.
    expect(
      messages({
        ...base,
        variant: 'rural',
        people: [{ function: 'animator_pcpr', name: 'Ewa Góra' }, { function: 'councillor_powiat', name: 'Piotr Wąs' }, { function: 'network_worker', name: 'Anna Żak', gminaId: G }, gmina[1]],
      }),
    ).toEqual(['Dla każdej zaznaczonej gminy wskaż animatora GOPS i radnego gminy.']);
  });
  it('Kooperacje 3D: the network worker and the councillor of each gmina; no PCPR animator or powiat councillor needed', () => {
    expect(
      messages({
        ...base,
        variant: 'urban_3d',
        people: [
          { function: 'network_worker', name: 'Anna Żak', gminaId: G },
          { function: 'councillor_gmina', name: 'Jan Łoś', gminaId: G },
        ],
      }),
    ).toEqual([]);
    expect(
      messages({
        ...base,
        variant: 'urban_3d',
        people: [
          { function: 'animator_pcpr', name: 'Ewa Góra' },
          { function: 'councillor_gmina', name: 'Jan Łoś', gminaId: G },
        ],
      }),
    ).toEqual(['Dla każdej zaznaczonej gminy wskaż pracownika ds. sieci i radnego gminy (miasta).']);
  });
  it('the network worker is named for a gmina of the notification', () => {
    expect(messages({ ...base, variant: 'urban_3d', people: [{ function: 'network_worker', name: 'Anna Żak' }, { function: 'councillor_gmina', name: 'Jan Łoś', gminaId: G }] })).toContain('Wybierz gminę tej osoby.');
    expect(messages({ ...base, variant: 'urban_3d', people: [{ function: 'network_worker', name: 'Anna Żak', gminaId: 99 }, { function: 'councillor_gmina', name: 'Jan Łoś', gminaId: G }] })).toContain('Ta gmina nie jest zaznaczona w zgłoszeniu.');
  });
});

describe('the words each variant uses (issue 17: the case team is ZZK, the services are the Lokalny Koszyk Usług)', () => {
  it('the rural model', () => {
    expect(wordsFor('rural')).toEqual({
      leader: 'Animator PCPR',
      leaderInText: 'animator PCPR',
      caseTeam: 'Zespół sprawy',
      caseTeamShort: 'zespół sprawy',
      caseTeamOf: 'zespołu sprawy',
      serviceList: 'Lista aktywności i usług',
      serviceListShort: 'lista usług',
      serviceListOf: 'listy aktywności i usług',
      serviceListIn: 'na liście aktywności i usług',
    });
  });

  it('Kooperacje 3D', () => {
    expect(wordsFor('urban_3d')).toEqual({
      leader: 'Pracownik ds. sieci',
      leaderInText: 'pracownik ds. sieci',
      caseTeam: 'ZZK — Zadaniowy Zespół Kooperacyjny',
      caseTeamShort: 'ZZK',
      caseTeamOf: 'ZZK',
      serviceList: 'Lokalny Koszyk Usług',
      serviceListShort: 'LKU',
      serviceListOf: 'Lokalnego Koszyka Usług',
      serviceListIn: 'w Lokalnym Koszyku Usług',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Figures } from '@/lib/evaluation/aggregate';
import { REFERENCE_SUBTITLES, refereeLine, referenceText } from '@/lib/evaluation/reference-wording';
import type { Referee } from '@/lib/evaluation/references';

/* Step 10.4: the words of a reference depend on whom it is for (a person, an institution, a team). */

// Only what the wording reads; written out so each sentence can be checked by hand.
const figures = {
  meetingsHeld: 5,
  institutionsEngaged: 2,
  casesQualified: 1,
  casesGoalsReached: 1,
  socialProjects: 0,
  activities: { community_action: 1, promotion: 0, authorities_presentation: 1, new_service: 0, programme_change: 0 },
} as unknown as Figures;
const place = { powiatName: 'sokólski', gminaNames: ['Janów', 'Korycin'], startDate: '2026-09-01', endDate: '2028-02-29' };
const referee = (over: Partial<Referee>): Referee => ({ key: 'x', kind: 'director', name: 'Halina Źdźbło', role: null, functionLabel: '', institutionName: '', gminaNames: [], ...over });

describe('reference wording by kind', () => {
  it('a head of the GOPS: a Leader of Cooperation who ran the institution, with the teams’ figures', () => {
    const r = referee({ functionLabel: 'Kierownik GOPS', institutionName: 'GOPS w Janowie', gminaNames: ['Janów'] });
    const [first, second] = referenceText(r, place, figures);
    expect(first).toBe('W okresie od 01.09.2026 do 29.02.2028 Halina Źdźbło (Kierownik GOPS), kierując instytucją GOPS w Janowie, pełnił(a) funkcję Lidera Kooperacji jako osoba zarządzająca w ramach wdrożenia Modelu Kooperacji w powiecie sokólski (Janów, Korycin).');
    expect(second).toBe('W tym czasie Partnerskie Zespoły Kooperacji odbyły 5 spotkań, do współpracy w zespołach włączono 2 instytucje, a wsparciem w Modelu objęto 1 rodzinę lub osobę; zakładane cele osiągnięto w 1 przypadku. Zespoły przeprowadziły 2 działania na rzecz społeczności lokalnej, z władzami i promocyjnych.');
    expect(refereeLine(r)).toBe('Kierownik GOPS, GOPS w Janowie');
    expect(REFERENCE_SUBTITLES[r.kind]).toBe('Lidera Kooperacji');
  });

  it('the authorities represent their powiat or gmina as a party of the agreement', () => {
    const [first] = referenceText(referee({ kind: 'authority', name: 'Piotr Rećko', functionLabel: 'Starosta Sokólski', institutionName: 'Powiat Sokólski' }), place, figures);
    expect(first).toBe('W okresie od 01.09.2026 do 29.02.2028 Piotr Rećko, Starosta Sokólski, reprezentował(a) Powiat Sokólski jako stronę porozumienia o wdrażaniu Modelu Kooperacji i pełnił(a) funkcję Lidera Kooperacji w ramach wdrożenia Modelu Kooperacji w powiecie sokólski (Janów, Korycin).');
  });

  it('a councillor of one gmina is named for that gmina; without gminas, for all of the implementation', () => {
    expect(referenceText(referee({ kind: 'councillor', name: 'Radna Żaneta', functionLabel: 'radny gminy', gminaNames: ['Korycin'] }), place, figures)[0]).toContain('za ewaluację pracy Modelem w gminie Korycin (powiat sokólski)');
    expect(referenceText(referee({ kind: 'councillor', name: 'Jan Kowalczyk', functionLabel: 'radny powiatu' }), place, figures)[0]).toContain('w gminach Janów, Korycin (powiat sokólski)');
  });

  it('an institution and a team are not Leaders of Cooperation', () => {
    const inst = referee({ kind: 'institution', name: 'Komenda Powiatowa Policji w Sokółce', institutionName: 'Komenda Powiatowa Policji w Sokółce', gminaNames: ['Janów'] });
    expect(referenceText(inst, place, figures)[0]).toBe('W okresie od 01.09.2026 do 29.02.2028 instytucja Komenda Powiatowa Policji w Sokółce była członkiem Partnerskiego Zespołu Kooperacji w gminie Janów w ramach wdrożenia Modelu Kooperacji w powiecie sokólski (Janów, Korycin), przystępując do porozumienia PZK.');
    expect(refereeLine(inst)).toBe('członek Partnerskiego Zespołu Kooperacji w gminie Janów');
    expect(REFERENCE_SUBTITLES.institution).toBe('dla podmiotu Modelu Kooperacji');
    const team = referee({ kind: 'team', name: 'Partnerski Zespół Kooperacji gminy Korycin', gminaNames: ['Korycin'] });
    expect(referenceText(team, place, figures)[0]).toBe('W okresie od 01.09.2026 do 29.02.2028 Partnerski Zespół Kooperacji gminy Korycin pracował zgodnie z Modelem Kooperacji w ramach wdrożenia Modelu Kooperacji w powiecie sokólski (Janów, Korycin), łącząc instytucje wokół potrzeb osób i rodzin w gminie Korycin.');
    expect(refereeLine(team)).toBe('');
    expect(REFERENCE_SUBTITLES.team).toBe('dla zespołu Modelu Kooperacji');
  });

  it('an animator keeps the Leader of Cooperation wording', () => {
    expect(referenceText(referee({ kind: 'animator', name: 'Anna Żółkiewska', role: 'animator_pcpr' }), place, figures)[0]).toContain('Anna Żółkiewska pełnił(a) funkcję Lidera Kooperacji — animatora Powiatowego Centrum Pomocy Rodzinie we wdrożeniu Modelu Kooperacji w powiecie sokólski (gminy: Janów, Korycin).');
  });
});

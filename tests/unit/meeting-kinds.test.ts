import { describe, expect, it } from 'vitest';
import { agendaChecklist, agendaPointsOf, formingComplete, formingProgressText, kindAllowed, kindsFor, MEETING_KIND_RULES, unknownAgendaKeys } from '@/lib/pzk/meeting-kinds';
import { meetingDescription, meetingSummary } from '@/lib/pzk/ics';
import { meetingSchema } from '@/lib/pzk/meeting-schemas';

/*
 * Meeting kinds per variant (issue 17, item 2): in Kooperacje 3D the PZK is formed at two
 * initiating meetings and one formalising meeting, each with its own agenda; the rural model keeps
 * its monthly and intervention meetings with the three agenda areas.
 */

describe('meeting kinds per variant', () => {
  it.each([
    ['rural', ['regular', 'intervention']],
    ['urban_3d', ['regular', 'intervention', 'initiating', 'formalising']],
  ] as const)('%s offers %j', (variant, kinds) => {
    expect(kindsFor(variant)).toEqual(kinds);
  });

  it('the forming meetings are Kooperacje 3D only', () => {
    expect(kindAllowed('initiating', 'rural')).toBe(false);
    expect(kindAllowed('formalising', 'rural')).toBe(false);
    expect(kindAllowed('formalising', 'urban_3d')).toBe(true);
    expect(kindAllowed('regular', 'rural')).toBe(true);
  });
});

describe('agendas', () => {
  it('the initiating meetings follow the 3D catalogue’s 5.1 and 5.2 (seed: spotkania inicjujące); the monthly and intervention meetings keep the three areas only', () => {
    expect(agendaPointsOf('initiating').map((p) => p.label)).toEqual([
      'Prezentacja założeń Modelu i korzyści ze współpracy multiprofesjonalnej',
      'Analiza kluczowych partnerów instytucjonalnych',
      'Prezentacja kompetencji partnerów, narzędzi i obszarów wspólnej pracy',
      'Zdefiniowanie najistotniejszych problemów społecznych z perspektywy ich rozwiązania',
      'Zebranie podpisanych deklaracji przystąpienia do PZK',
      'Przygotowanie przez kooperantów kart usług do Lokalnego Koszyka Usług',
    ]);
    // The keys are stored with each meeting (pzk_meetings.agenda_done): they must not change.
    expect(agendaPointsOf('initiating').map((p) => p.key)).toEqual(['model', 'key_partners', 'competences', 'problems', 'declarations', 'service_cards']);
    expect(agendaPointsOf('formalising').at(-1)?.label).toBe('Uzgodnienie warunków tworzenia i działania ZZK');
    expect(agendaPointsOf('regular')).toEqual([]);
    expect(agendaPointsOf('intervention')).toEqual([]);
  });

  it('only the initiating meetings close schedule steps (5.1, then 5.2); the formalising one waits for the PZK agreement (5.3)', () => {
    expect(MEETING_KIND_RULES.initiating.completesSteps).toEqual(['5.1', '5.2']);
    for (const kind of ['regular', 'intervention', 'formalising'] as const) expect(MEETING_KIND_RULES[kind].completesSteps, kind).toEqual([]);
  });

  it('the formalising meeting discusses declarations, presents service cards, names coordinators and starts the plan (the issue’s four points)', () => {
    const labels = agendaPointsOf('formalising').map((p) => p.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Omówienie podpisanych deklaracji przystąpienia do PZK',
        'Prezentacja kart usług partnerów (Lokalny Koszyk Usług)',
        'Wskazanie osób koordynujących współpracę u partnerów',
        'Rozpoczęcie prac nad planem działań PZK',
      ]),
    );
    expect(agendaPointsOf('formalising').map((p) => p.key)).toEqual(['declarations', 'service_cards', 'coordinators', 'plan', 'zzk_rules']);
  });

  it('the initiating meeting presents the Model and analyses key partners (3D catalogue 5.1/5.2)', () => {
    const labels = agendaPointsOf('initiating').map((p) => p.label);
    expect(labels).toContain('Prezentacja założeń Modelu i korzyści ze współpracy multiprofesjonalnej');
    expect(labels).toContain('Analiza kluczowych partnerów instytucjonalnych');
    expect(labels).toContain('Zebranie podpisanych deklaracji przystąpienia do PZK');
  });

  it('monthly and intervention meetings have no own points: any key is unknown', () => {
    expect(agendaPointsOf('regular')).toEqual([]);
    expect(agendaPointsOf('intervention')).toEqual([]);
    expect(unknownAgendaKeys('regular', ['plan'])).toEqual(['plan']);
    expect(unknownAgendaKeys('formalising', ['plan', 'model'])).toEqual(['model']);
  });

  it('a checklist lists every point of the kind, done or not, in the kind’s order', () => {
    expect(agendaChecklist('formalising', ['plan', 'declarations']).map((p) => [p.key, p.done])).toEqual([
      ['declarations', true],
      ['service_cards', false],
      ['coordinators', false],
      ['plan', true],
      ['zzk_rules', false],
    ]);
  });
});

describe('the meeting form schema', () => {
  const base = { pzkId: 1, version: 0, kind: 'formalising', startsAt: '2027-03-15T10:00', durationMinutes: '120', place: 'MOPR, sala 1', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '' };

  it('takes the kind’s points; refuses another kind’s, with a Polish message at the field', () => {
    expect(meetingSchema.parse({ ...base, agendaDone: ['declarations', 'plan'] }).agendaDone).toEqual(['declarations', 'plan']);
    const bad = meetingSchema.safeParse({ ...base, agendaDone: ['declarations', 'model'] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues).toEqual([expect.objectContaining({ path: ['agendaDone'], message: 'Zaznacz tylko punkty porządku tego rodzaju spotkania.' })]);
    expect(meetingSchema.safeParse({ ...base, kind: 'regular', agendaDone: ['plan'] }).success).toBe(false);
  });

  it('no points ticked is an empty list; an unknown kind is refused', () => {
    expect(meetingSchema.parse(base).agendaDone).toEqual([]);
    expect(meetingSchema.parse({ ...base, agendaDone: false }).agendaDone).toEqual([]);
    expect(meetingSchema.safeParse({ ...base, kind: 'ceremonial' }).success).toBe(false);
  });
});

describe('forming progress (2 initiating + 1 formalising)', () => {
  it.each([
    [{ initiating: 0, formalising: 0 }, 'Tworzenie PZK: spotkania inicjujące 0 z 2, spotkanie formalizujące 0 z 1', false],
    [{ initiating: 1, formalising: 0 }, 'Tworzenie PZK: spotkania inicjujące 1 z 2, spotkanie formalizujące 0 z 1', false],
    [{ initiating: 2, formalising: 1 }, 'Tworzenie PZK: spotkania inicjujące 2 z 2, spotkanie formalizujące 1 z 1', true],
    // Both are needed: two initiating meetings without the formalising one, or the reverse, is not a formed PZK.
    [{ initiating: 2, formalising: 0 }, 'Tworzenie PZK: spotkania inicjujące 2 z 2, spotkanie formalizujące 0 z 1', false],
    [{ initiating: 1, formalising: 1 }, 'Tworzenie PZK: spotkania inicjujące 1 z 2, spotkanie formalizujące 1 z 1', false],
  ])('%j → %s', (counts, text, complete) => {
    expect(formingProgressText(counts)).toBe(text);
    expect(formingComplete(counts)).toBe(complete);
  });
});

describe('calendar events name the kind and carry its points', () => {
  it('summaries', () => {
    expect(meetingSummary({ kind: 'regular', gminaName: 'Białystok' })).toBe('Spotkanie PZK gminy Białystok');
    expect(meetingSummary({ kind: 'intervention', gminaName: 'Janów' })).toBe('Spotkanie interwencyjne PZK gminy Janów');
    expect(meetingSummary({ kind: 'initiating', gminaName: 'Białystok' })).toBe('Spotkanie inicjujące PZK gminy Białystok');
    expect(meetingSummary({ kind: 'formalising', gminaName: 'Białystok' })).toBe('Spotkanie formalizujące PZK gminy Białystok');
  });

  it('a formalising meeting’s description lists its points; a monthly one only its filled areas', () => {
    const d = meetingDescription({ kind: 'formalising', agendaResources: '', agendaCases: '', agendaMethods: '' });
    expect(d).toContain('Porządek spotkania:');
    expect(d).toContain('- Wskazanie osób koordynujących współpracę u partnerów');
    expect(meetingDescription({ kind: 'regular', agendaResources: '', agendaCases: '', agendaMethods: '' })).toBe('');
  });
});

import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { eventRegistrations, gminas, regionalEvents, users } from '../schema';
import { infoOccurrence } from '../../lib/events/occurrence';

/**
 * The województwo's calendar in the demo (issue 18 §2): podlaskie's public info meeting for PCPR
 * directors and starostowie in the first quarter of 2027 (linked to the regional track's yearly
 * "Spotkania informacyjne" occurrence), two places taken; an animators' meeting for the signed-in;
 * a public training whose two places are taken, with one person on the waiting list. Registrations
 * carry cancellation secrets nobody knows (only hashes are ever kept).
 */
export async function seedDemoEvents(tx: DbOrTx) {
  const [rops] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'rops.doradca@kooperacja.test'));
  const gs = await tx.select({ id: gminas.id, teryt: gminas.teryt, voivodeshipId: gminas.voivodeshipId }).from(gminas).where(eq(gminas.teryt, '2011022'));
  const janow = gs[0];
  const voivodeshipId = janow.voivodeshipId;
  const at = (iso: string) => new Date(iso);
  const [info, animators, training] = await tx
    .insert(regionalEvents)
    .values([
      {
        voivodeshipId,
        kind: 'info_meeting' as const,
        title: 'Spotkanie informacyjne o Modelu Kooperacji dla PCPR i starostów',
        description: 'Zasady kooperacji, budowanie Zespołu, prowadzenie PZK, korzystanie z Platformy i Kalkulatora Kosztów Zaniechania. Spotkanie połączone z jednodniowym szkoleniem.',
        startsAt: at('2027-02-17T09:00:00Z'),
        endsAt: at('2027-02-17T14:00:00Z'),
        place: 'Regionalny Ośrodek Polityki Społecznej w Białymstoku, ul. Wiejska 35, sala konferencyjna',
        isPublic: true,
        registrationOpen: true,
        capacity: 30,
        occurrenceId: await infoOccurrence(tx, voivodeshipId, '2027-02-17', undefined),
        createdBy: rops.id,
      },
      {
        voivodeshipId,
        kind: 'animators_meeting' as const,
        title: 'Spotkanie animatorów PCPR i GOPS województwa podlaskiego',
        description: 'Wymiana doświadczeń z pracy PZK, trudności w etapie II i III, plan wsparcia ROPS na kolejny kwartał.',
        startsAt: at('2027-03-10T09:00:00Z'),
        endsAt: at('2027-03-10T13:00:00Z'),
        place: 'ROPS w Białymstoku, sala 12',
        onlineUrl: 'https://spotkania.rops-bialystok.pl/animatorzy',
        isPublic: false,
        createdBy: rops.id,
      },
      {
        voivodeshipId,
        kind: 'training' as const,
        title: 'Szkoła Kooperacji: genogram i diagnoza wielowymiarowa rodziny',
        description: 'Szkolenie specjalistyczne dla członków PZK (8 godzin dydaktycznych).',
        startsAt: at('2027-03-24T08:30:00Z'),
        endsAt: at('2027-03-24T15:00:00Z'),
        place: 'Centrum Edukacji, ul. Warszawska 44, Białystok',
        isPublic: true,
        registrationOpen: true,
        capacity: 2,
        createdBy: rops.id,
      },
    ])
    .returning({ id: regionalEvents.id });
  const secret = () => crypto.createHash('sha256').update(crypto.randomBytes(32)).digest('hex');
  await tx.insert(eventRegistrations).values([
    { eventId: info.id, name: 'Jan Borowski', institution: 'Powiatowe Centrum Pomocy Rodzinie w Sokółce', email: 'j.borowski@pcpr.sokolka.pl', gminaId: janow.id, status: 'confirmed', cancelTokenHash: secret(), createdAt: at('2026-11-20T10:00:00Z') },
    { eventId: info.id, name: 'Ewa Sadowska', institution: 'Starostwo Powiatowe w Sokółce', email: 'e.sadowska@sokolka.starostwo.gov.pl', gminaId: janow.id, status: 'confirmed', cancelTokenHash: secret(), createdAt: at('2026-11-21T12:00:00Z') },
    { eventId: training.id, name: 'Katarzyna Żero', institution: 'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej', email: 'k.zero@ops.dabrowa.pl', gminaId: janow.id, status: 'confirmed', cancelTokenHash: secret(), createdAt: at('2026-11-22T08:00:00Z') },
    { eventId: training.id, name: 'Monika Szczęsna', institution: 'Powiatowy Urząd Pracy w Sokółce', email: 'm.szczesna@pup.sokolka.pl', gminaId: janow.id, status: 'confirmed', cancelTokenHash: secret(), createdAt: at('2026-11-23T08:00:00Z') },
    { eventId: training.id, name: 'Marta Kozłowska', institution: 'Sąd Rejonowy w Sokółce', email: 'm.kozlowska@sokolka.sr.gov.pl', gminaId: janow.id, status: 'waiting', cancelTokenHash: secret(), createdAt: at('2026-11-24T08:00:00Z') },
  ]);
  return { infoId: info.id, animatorsId: animators.id, trainingId: training.id };
}

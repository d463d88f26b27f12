import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { gminas, questionnaireLinks, questionnaireResponses, questionnaireTemplates, tracks, users } from '../schema';
import { FAMILY_TEMPLATE_KEY, INSTITUTION_TEMPLATE_KEY } from './questionnaires';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/*
 * Evaluation questionnaires of the demo implementation with stage IV (Dąbrowa Białostocka +
 * Korycin): six family answers (enough for the report to show them) and three from PZK
 * institutions (below the threshold: the report says it waits for five), plus one link not yet
 * answered. The links' secrets are random and thrown away — only their hashes are kept.
 */
const FAMILY: Record<string, string | number | string[]>[] = [
  { pomoc: 5, zmiany: ['relacje w rodzinie', 'opieka nad dziećmi'], kontakt: 5, jeden_plan: 'tak', polecenie: 'tak', uwagi: 'Pierwszy raz ktoś usiadł z nami przy jednym stole razem ze szkołą i ośrodkiem.' },
  { pomoc: 4, zmiany: ['praca lub nauka'], kontakt: 5, jeden_plan: 'tak', polecenie: 'tak' },
  { pomoc: 4, zmiany: ['sytuacja finansowa', 'praca lub nauka'], kontakt: 4, jeden_plan: 'częściowo', polecenie: 'tak', uwagi: 'Spotkania mogłyby być po południu, po pracy.' },
  { pomoc: 3, zmiany: ['zdrowie'], kontakt: 4, jeden_plan: 'częściowo', polecenie: 'nie wiem' },
  { pomoc: 5, zmiany: ['relacje w rodzinie'], kontakt: 5, jeden_plan: 'tak', polecenie: 'tak', uwagi: 'Dziękujemy za pomoc przy sprawach w szkole.' },
  { pomoc: 2, zmiany: ['nic się nie zmieniło'], kontakt: 3, jeden_plan: 'trudno powiedzieć', polecenie: 'nie wiem' },
];
const INSTITUTION: Record<string, string | number | string[]>[] = [
  { wspolpraca: 5, informacja: 4, spotkania: 4, platforma: 'kilka razy w miesiącu', korzysci: ['szybszy kontakt z innymi instytucjami', 'wspólne plany pomocy rodzinom'] },
  { wspolpraca: 4, informacja: 3, spotkania: 5, platforma: 'co tydzień lub częściej', korzysci: ['lepsza wiedza o usługach w gminie'], uwagi: 'Więcej spotkań z udziałem szkół.' },
  { wspolpraca: 4, informacja: 4, spotkania: 3, platforma: 'rzadziej' },
];

export async function seedDemoQuestionnaires(tx: Tx) {
  const [impl] = await tx
    .select({ implementationId: tracks.implementationId })
    .from(tracks)
    .innerJoin(gminas, eq(gminas.id, tracks.gminaId))
    .where(and(eq(gminas.teryt, '2011013'), eq(tracks.kind, 'gmina')));
  const [pcpr] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'pcpr@kooperacja.test'));
  if (!impl?.implementationId || !pcpr) return;
  const implementationId = impl.implementationId;
  const template = async (key: string) => (await tx.select({ id: questionnaireTemplates.id }).from(questionnaireTemplates).where(and(eq(questionnaireTemplates.key, key), isNull(questionnaireTemplates.voivodeshipId), eq(questionnaireTemplates.version, 1))))[0]?.id;
  const family = await template(FAMILY_TEMPLATE_KEY);
  const institution = await template(INSTITUTION_TEMPLATE_KEY);
  if (!family || !institution) return;

  const give = async (templateId: number, answers: Record<string, string | number | string[]> | null, day: number) => {
    const given = new Date(Date.UTC(2026, 10, day, 9));
    const at = answers ? new Date(Date.UTC(2026, 10, day + 2, 18)) : null;
    const tokenHash = crypto.createHash('sha256').update(crypto.randomBytes(24).toString('base64url')).digest('hex');
    const [link] = await tx.insert(questionnaireLinks).values({ templateId, implementationId, mode: 'link', tokenHash, createdBy: pcpr.id, createdAt: given, answeredAt: at }).returning({ id: questionnaireLinks.id });
    if (answers && at) await tx.insert(questionnaireResponses).values({ linkId: link.id, templateId, implementationId, answers, submittedAt: at });
  };
  for (const [i, a] of FAMILY.entries()) await give(family, a, 2 + i);
  for (const [i, a] of INSTITUTION.entries()) await give(institution, a, 10 + i);
  await give(family, null, 20);
}

import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { DEMO_USERS, seedDemo } from '@/db/seed/demo';
import { users } from '@/db/schema';
import { listAccounts } from '@/lib/accounts/review';
import type { Actor } from '@/lib/auth/actor';
import { loadActiveUser } from '@/lib/auth/assignments';
import { navigationFor } from '@/lib/auth/navigation';
import { listMySessions } from '@/lib/auth/sessions';
import { listAuditEntries } from '@/lib/audit-log';
import { calculate } from '@/lib/calculator/service';
import { caseloadByGmina } from '@/lib/cases/caseload';
import { listCases, referralPzks } from '@/lib/cases/cases';
import { listDocuments } from '@/lib/documents/documents';
import { listTemplates } from '@/lib/documents/templates';
import { listEvaluations } from '@/lib/evaluation/evaluation';
import { listRegionalThreads } from '@/lib/forum/forum';
import { ownImplementations } from '@/lib/implementations/dashboard';
import { listNotifications } from '@/lib/implementations/notifications';
import { getInstitution, listInstitutions } from '@/lib/institutions/institutions';
import { listProposals } from '@/lib/model/proposals';
import { listOutbox } from '@/lib/notifications/notifications';
import { getPulpit } from '@/lib/pulpit/pulpit';
import { feedStatus } from '@/lib/pzk/calendar';
import { listPzks } from '@/lib/pzk/pzk';
import { listTrainings } from '@/lib/school/trainings';
import { getGminaPage, getPowiatPage, listRegistry } from '@/lib/territory/queries';

/*
 * Issue 14, item 25: a demo account sees a menu entry only where it can do something, and the demo
 * accounts are members where the README says they are. For every role of every demo account, each
 * entry of its navigation is opened through the loader its page calls — none may refuse.
 */

beforeAll(async () => {
  await seedDemo(getDb());
}, 180_000);

/** Every role of a demo account, as an actor acting in it. */
async function actorsOf(email: string): Promise<Actor[]> {
  const [u] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  const loaded = (await loadActiveUser(getDb(), u.id))!;
  return loaded.assignments.map((scope) => ({ userId: loaded.id, email, name: loaded.name, scope, assignments: loaded.assignments, ip: '127.0.0.1' }));
}

/** What each page of the menu loads for its reader (the page's own domain call). */
const PAGE_LOADERS: Record<string, (a: Actor) => Promise<unknown>> = {
  '/pulpit': getPulpit,
  '/wdrozenia': ownImplementations,
  '/pzk': listPzks,
  '/kalendarz': feedStatus,
  '/sprawy': (a) => listCases(a),
  '/dokumenty': (a) => listDocuments(a),
  '/uslugi': async () => null, // public
  '/forum': listRegionalThreads,
  '/szkola': listTrainings,
  '/e-szkola': async () => null, // public
  '/dobre-praktyki': async () => null, // public
  '/ewaluacja': listEvaluations,
  '/kalkulator': (a) => calculate(a, {}),
  '/zgloszenia': listNotifications,
  '/model': async () => null, // the national model, readable by every role
  '/admin/wnioski': (a) => listAccounts(a, ['pending']),
  '/admin/uzytkownicy': (a) => listAccounts(a, ['active', 'disabled', 'rejected']),
  '/rejestr': (a) => listRegistry(a, {}),
  '/instytucje': (a) => listInstitutions(a, {}),
  '/admin/wzory': listTemplates,
  '/admin/propozycje': listProposals,
  '/admin/audyt': (a) => listAuditEntries(a, {}),
  '/sprawy/obciazenie': caseloadByGmina,
  '/admin/poczta': (a) => listOutbox(a),
  '/konto': listMySessions,
};

function loaderOf(href: string): ((a: Actor) => Promise<unknown>) | undefined {
  const home = href.match(/^\/(gminy|powiaty|instytucje)\/(\d+)$/);
  if (home?.[1] === 'gminy') return (a) => getGminaPage(a, home[2]);
  if (home?.[1] === 'powiaty') return (a) => getPowiatPage(a, home[2]);
  if (home?.[1] === 'instytucje') return (a) => getInstitution(a, Number(home[2]));
  return PAGE_LOADERS[href];
}

const ACCOUNTS = DEMO_USERS.filter((u) => !u.status).map((u) => u.email);

describe('the menu of every demo account', () => {
  for (const email of ACCOUNTS) {
    it(`${email}: every entry opens for its role`, async () => {
      for (const actor of await actorsOf(email)) {
        const entries = navigationFor(actor);
        expect(entries.length).toBeGreaterThan(2);
        for (const { href } of entries) {
          const load = loaderOf(href);
          expect(load, `a loader for ${href}`).toBeDefined();
          await expect(load!(actor).then(() => 'opens', (e: { code?: string }) => e.code ?? String(e)), `${href} as ${email} (${actor.scope.role})`).resolves.toBe('opens');
        }
      }
    }, 60_000);
  }
});

describe('the demo accounts are where the README says', () => {
  it('the PZK member takes part in the Dąbrowa Białostocka PZK and may refer a family there', async () => {
    const [member] = await actorsOf('pzk@kooperacja.test');
    expect(member.scope.role).toBe('pzk_member');
    expect((await listPzks(member)).map((p) => p.gminaName)).toEqual(['Dąbrowa Białostocka']);
    expect((await referralPzks(member)).map((p) => p.gminaName)).toEqual(['Dąbrowa Białostocka']);
    expect((await getPulpit(member)).teams?.map((t) => t.name)).toEqual(['PZK gminy Dąbrowa Białostocka']);
    expect(navigationFor(member).map((i) => i.href)).toEqual(expect.arrayContaining(['/pzk', '/sprawy']));
  });

  it('the councillor has no case list (work with families is evaluated, not handled, by councillors)', async () => {
    const [councillor] = await actorsOf('radny@kooperacja.test');
    const hrefs = navigationFor(councillor).map((i) => i.href);
    expect(hrefs).not.toContain('/sprawy');
    expect(hrefs).toContain('/ewaluacja');
    await expect(referralPzks(councillor)).resolves.toEqual([]);
  });

  it('the pulpit tells an animator without a team why there is none, and one with a team where it is', async () => {
    const [janow] = await actorsOf('gops@kooperacja.test');
    const [dabrowa] = await actorsOf('gops.dabrowa@kooperacja.test');
    expect((await getPulpit(janow)).teams).toEqual([]);
    expect((await getPulpit(dabrowa)).teams?.map((t) => t.name)).toEqual(['PZK gminy Dąbrowa Białostocka']);
    const [wzk] = await actorsOf('wzk@kooperacja.test');
    expect((await getPulpit(wzk)).teams).toBeNull();
  });
});

import { listEvents } from '@/lib/events/events';
import { listTemplates as listQuestionnaireTemplates } from '@/lib/questionnaires/templates';
import { listDiagnoses } from '@/lib/diagnosis/diagnoses';
import { getWzk } from '@/lib/wzk/meetings';
import { mayEver } from '@/lib/auth/policy';
import { getRetentionRules, retentionOverview } from '@/lib/retention/retention';
import { listRequests } from '@/lib/rodo/requests';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { DEMO_USERS, seedDemo } from '@/db/seed/demo';
import { users } from '@/db/schema';
import { listInvitations } from '@/lib/accounts/invitations';
import { listAccounts } from '@/lib/accounts/review';
import type { Actor } from '@/lib/auth/actor';
import { loadActiveUser } from '@/lib/auth/assignments';
import { navigationForActor, navSituation } from '@/lib/auth/menu';
import { navEntries, navigationFor } from '@/lib/auth/navigation';
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
import { myProfile, staffOverview } from '@/lib/staff/staff';
import { getGminaPage, getPowiatPage, listRegistry } from '@/lib/territory/queries';

/*
 * Issue 14, item 25: a demo account sees a menu entry only where it can do something, and the demo
 * accounts are members where the README says they are. For every role of every demo account, each
 * entry of every group of its navigation (navigationForActor, what the shell draws; issue 15 item 2:
 * at most seven groups, none empty) is opened through the loader its page calls — none may refuse;
 * an entry that depends on the person's situation shows something there, and one hidden by the
 * situation would have shown nothing.
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
  '/admin/zaproszenia': listInvitations,
  '/admin/uzytkownicy': (a) => listAccounts(a, ['active', 'disabled', 'rejected']),
  '/rejestr': (a) => listRegistry(a, {}),
  '/instytucje': (a) => listInstitutions(a, {}),
  '/admin/wzory': listTemplates,
  '/admin/propozycje': listProposals,
  '/admin/audyt': (a) => listAuditEntries(a, {}),
  '/admin/rodo': (a) => listRequests(a, { status: 'open' }),
  // The national administrator is sent on to the defaults (the page redirects it to /admin/retencja/zasady).
  '/admin/retencja': (a) => (mayEver(a.scope, 'retention.manage') ? retentionOverview(a) : getRetentionRules(a)),
  '/sprawy/obciazenie': caseloadByGmina,
  '/admin/poczta': (a) => listOutbox(a),
  '/wzk': (a) => getWzk(a),
  '/konto': listMySessions,
  '/konto/profil-zawodowy': myProfile,
  '/kadra': (a) => staffOverview(a),
  '/diagnozy': (a) => listDiagnoses(a),
  '/wydarzenia': (a) => listEvents(a),
  '/ankiety': (a) => listQuestionnaireTemplates(a),
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
        const groups = await navigationForActor(actor);
        expect(groups.length, `${email} (${actor.scope.role}): groups`).toBeLessThanOrEqual(7);
        for (const g of groups) expect(g.items.length, `${email} (${actor.scope.role}): ${g.label}`).toBeGreaterThan(0);
        const entries = navEntries(groups);
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
    expect(navEntries(await navigationForActor(member)).map((i) => i.href)).toEqual(expect.arrayContaining(['/pzk', '/kalendarz', '/sprawy', '/dokumenty']));
  });

  it('the councillor has no case list (work with families is evaluated, not handled, by councillors)', async () => {
    const [councillor] = await actorsOf('radny@kooperacja.test');
    const hrefs = navEntries(await navigationForActor(councillor)).map((i) => i.href);
    expect(hrefs).not.toContain('/sprawy');
    // Evaluation is the councillor's (once Janów implements the model, its report shows here).
    expect(navEntries(navigationFor(councillor)).map((i) => i.href)).toContain('/ewaluacja');
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

/*
 * What a page of a situation-dependent entry shows its reader: something to read or to do. Every
 * other entry is a page of the role itself (the województwo's shared pages, the calculator, the
 * model, administration, one's account and area), checked above only to open.
 */
const SHOWS_SOMETHING: Record<string, (a: Actor) => Promise<boolean>> = {
  '/pzk': async (a) => (await listPzks(a)).length > 0,
  '/kalendarz': async (a) => (await listPzks(a)).length > 0, // the meetings of one's teams
  '/sprawy': async (a) => (await listCases(a)).length > 0 || (await referralPzks(a)).length > 0,
  // The województwo's roles see the województwo's overview (its regional track, notifications).
  '/wdrozenia': async (a) => a.scope.level === 'voivodeship' || (await ownImplementations(a)).length > 0,
  '/ewaluacja': async (a) => {
    const e = await listEvaluations(a);
    return e.rows.length > 0 || e.canRegional;
  },
  '/dokumenty': async (a) => (await listDocuments(a)).length > 0,
};

describe('an entry that depends on the situation shows only where there is something to do', () => {
  for (const email of ACCOUNTS) {
    it(`${email}: shown means something there, hidden means nothing there`, async () => {
      for (const actor of await actorsOf(email)) {
        const shown = new Set(navEntries(await navigationForActor(actor)).map((i) => i.href));
        for (const { href } of navEntries(navigationFor(actor))) {
          const check = SHOWS_SOMETHING[href];
          if (!check) {
            expect(shown.has(href), `${href} (a page of the role) as ${email}`).toBe(true);
            continue;
          }
          await expect(check(actor), `${href} as ${email} (${actor.scope.role}), ${shown.has(href) ? 'shown' : 'hidden'}`).resolves.toBe(shown.has(href));
        }
      }
    }, 60_000);
  }

  it('Janów (no implementation, no PZK) shows its people only the pages of their role', async () => {
    // Their gmina's page (where the notification starts), their account, the registry of
    // institutions of their gmina, and the knowledge the województwo shares: trainings, its calendar, materials,
    // practices, the model, the calculator, the services and the forum.
    const rolePages = ['/pulpit', '/gminy/2011022', '/konto', '/instytucje', '/szkola', '/wydarzenia', '/e-szkola', '/dobre-praktyki', '/model', '/kalkulator', '/uslugi', '/forum'];
    for (const email of ['gops@kooperacja.test', 'pracownik@kooperacja.test', 'ekspert@kooperacja.test', 'radny@kooperacja.test']) {
      const [actor] = await actorsOf(email);
      const got = navEntries(await navigationForActor(actor)).map((i) => i.href);
      // Kooperacje 3D (issue 17): OPS staff also keep their staff profile; the OPS animator reads the staff overview.
      // The OPS animator (overview) also makes the local diagnosis of its gmina (step 2.1, issue 18 §4).
      const withStaff = (overview: boolean) => rolePages.flatMap((h) => (h === '/konto' ? [h, '/konto/profil-zawodowy', ...(overview ? ['/diagnozy'] : [])] : h === '/instytucje' && overview ? [h, '/kadra'] : [h]));
      const expected: Record<string, string[]> = { 'gops@kooperacja.test': withStaff(true), 'pracownik@kooperacja.test': withStaff(false) };
      expect(got, email).toEqual(expected[email] ?? rolePages);
      for (const gone of ['/pzk', '/kalendarz', '/sprawy', '/wdrozenia', '/dokumenty', '/ewaluacja']) expect(got, `${email} ${gone}`).not.toContain(gone);
    }
  });

  it('the Dąbrowa Białostocka animator keeps the team, case and implementation entries', async () => {
    const [dabrowa] = await actorsOf('gops.dabrowa@kooperacja.test');
    expect(await navSituation(dabrowa)).toEqual({ teams: true, referral: true, cases: true, implementations: true, evaluations: true, documents: true });
    expect(navEntries(await navigationForActor(dabrowa)).map((i) => i.href)).toEqual(expect.arrayContaining(['/pzk', '/kalendarz', '/sprawy', '/wdrozenia', '/dokumenty', '/ewaluacja']));
  });
});

import fs from 'node:fs';
import { checkA11y, expect, login, logout, test } from './fixtures';

/*
 * Issue 14, item 19: every link a demo account is offered leads somewhere it may go. Per demo
 * account of the README, sign in and walk (breadth first) the same-origin links reachable from
 * /pulpit: each must answer 200 (no 403, 404 or 5xx, no bounce to the login page). Pages and
 * downloads (PDF, CSV, ICS, files) are fetched with the account's session; pages are searched for
 * further links and opened in the browser for axe.
 *
 * To keep the run short, URLs are folded into patterns (numbers → #, query values dropped): at most
 * PAGES_PER_PATTERN pages and DOWNLOADS_PER_PATTERN downloads of one pattern, at most MAX_PAGES
 * pages per account; axe runs once per pattern in the run (the same template with another id or
 * for another role repeats the same markup).
 */

const README_ACCOUNTS = [...fs.readFileSync('README.md', 'utf8').matchAll(/^\| ([a-z.]+@kooperacja\.test) \| ([^|]+)\|/gm)]
  // The account request still waiting for approval cannot sign in.
  .filter((m) => !/oczekuj|waiting/i.test(m[2]))
  .map((m) => m[1]);

const MAX_PAGES = 60;
const PAGES_PER_PATTERN = 1;
const DOWNLOADS_PER_PATTERN = 1;
/** Links fetched at once per account (the server answers one while it renders another). */
const FETCHES_AT_ONCE = 4;

const DOWNLOAD = /(\.(pdf|csv|ics)$|\/pdf(\/|$)|\/(skan|certyfikaty|referencje|eksport|zaswiadczenia)$|\/pliki\/|\/zaswiadczenie\/|^\/kalendarz\/[^/]+$)/;
// Never followed: the auth API and the pages of someone who is not signed in.
const SKIP = /^\/(api\/|logowanie|rejestracja)/;

const axeDone = new Set<string>();

/** `/sprawy/12/ipp/3?wersja=2` → `/sprawy/#/ipp/#?wersja`; `/model/rural/2.1` → `/model/rural/#`. */
function patternOf(u: URL): string {
  const keys = [...u.searchParams.keys()].sort().join('&');
  return u.pathname.replace(/\/[^/]*\d[^/]*(?=\/|$)/g, '/#') + (keys ? `?${keys}` : '');
}

/** Same-origin links of a page's HTML, as path + query. */
function linksIn(html: string, origin: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*?href="([^"#][^"]*)"/g)) {
    const u = new URL(m[1].replace(/&amp;/g, '&'), origin);
    if (u.origin === origin && !SKIP.test(u.pathname)) out.push(u.pathname + u.search);
  }
  return out;
}

for (const email of README_ACCOUNTS) {
  test(`every link offered to ${email} opens`, async ({ page, baseURL }) => {
    // Most axe checks fall to the first accounts (ROPS sees the most page kinds); a loaded machine is slow.
    test.setTimeout(600_000);
    const started = Date.now();
    const origin = new URL(baseURL!).origin;
    await login(page, email);

    const seen = new Set<string>(['/pulpit']);
    const fetched = new Map<string, number>();
    const queue: { url: string; from: string }[] = [{ url: '/pulpit', from: '(start)' }];
    const broken: string[] = [];
    let pages = 0;
    // The links are fetched a few at a time (the session's cookies go with each), in the order
    // found; the browser checks (one tab) run one after another, beside the fetching.
    let inFlight = 0;
    let waiting: (() => void)[] = [];
    const wake = () => {
      for (const resolve of waiting) resolve();
      waiting = [];
    };
    let browserChecks = Promise.resolve();

    const visit = async ({ url, from }: { url: string; from: string }) => {
      const u = new URL(url, origin);
      const pattern = patternOf(u);
      // A redirect (e.g. ROPS stating the purpose of opening a case) is followed, and must not end
      // on the login page.
      const res = await page.request.get(url);
      const landed = new URL(res.url());
      const type = res.headers()['content-type'] ?? '';
      if (res.status() !== 200 || landed.pathname === '/logowanie') {
        broken.push(`${res.status()} ${url}${landed.pathname !== u.pathname ? ` → ${landed.pathname}` : ''} (linked from ${from})`);
      } else if (type.startsWith('text/html')) {
        for (const link of linksIn(await res.text(), origin)) {
          if (seen.has(link)) continue;
          seen.add(link);
          queue.push({ url: link, from: url });
        }
        if (!axeDone.has(pattern)) {
          axeDone.add(pattern);
          browserChecks = browserChecks.then(async () => {
            const r = await page.goto(url);
            expect(r?.status(), `HTTP status of ${url} in the browser`).toBe(200);
            await checkA11y(page, `${url} as ${email}`);
          });
        }
      }
      await res.dispose();
    };

    /** The next link to fetch (counted in flight), or null when the queue is spent: none left, none in flight. */
    const next = async (): Promise<{ url: string; from: string } | null> => {
      for (;;) {
        while (queue.length && pages < MAX_PAGES) {
          const item = queue.shift()!;
          const u = new URL(item.url, origin);
          const pattern = patternOf(u);
          const download = DOWNLOAD.test(u.pathname);
          const n = fetched.get(pattern) ?? 0;
          if (n >= (download ? DOWNLOADS_PER_PATTERN : PAGES_PER_PATTERN)) continue;
          fetched.set(pattern, n + 1);
          if (!download) pages++;
          inFlight++;
          return item;
        }
        if (inFlight === 0) return null;
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
    };

    await Promise.all(
      Array.from({ length: FETCHES_AT_ONCE }, async () => {
        for (let item = await next(); item; item = await next()) {
          try {
            await visit(item);
          } finally {
            inFlight--;
            wake();
          }
        }
      }),
    );
    await browserChecks;
    // Sign out, so the crawl leaves no open session behind (the "Moje konto" test counts them).
    await page.goto('/pulpit');
    await logout(page);
    console.log(`${email}: ${pages} pages, ${[...fetched.values()].reduce((a, b) => a + b, 0) - pages} downloads, ${Math.round((Date.now() - started) / 1000)} s`);
    expect(broken, `links that do not open for ${email}`).toEqual([]);
    expect(pages, `pages reached by ${email}`).toBeGreaterThan(3);
  });
}

test('the crawl covers the README demo accounts', () => {
  expect(README_ACCOUNTS.length).toBeGreaterThanOrEqual(10);
  expect(README_ACCOUNTS).toContain('pzk@kooperacja.test');
});

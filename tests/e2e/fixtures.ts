import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { clock } from '../../lib/clock';

export { expect };

export const DEMO_PASSWORD = 'Kooperacja2026!';

/** Unique per run and per call, so reruns against the same database never collide. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@e2e.kooperacja.test`;
}

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe (WCAG 2.1 A/AA) on the page as it is now and fails on serious or critical violations,
 * listing rule, impact, help and the offending elements.
 */
export async function checkA11y(page: Page, label?: string): Promise<void> {
  await page.waitForLoadState('load');
  // Next.js streams a dynamic page's <title> after its content; give it a moment to arrive (axe
  // still reports a page that has none).
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 5_000 }).catch(() => {});
  // Only violations are computed: passes/incomplete would double the time of each check.
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  const report = bad
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`).join('\n'),
    )
    .join('\n');
  expect(bad.map((v) => v.id), `Accessibility violations on ${label ?? page.url()}:\n${report}`).toEqual([]);
  // Every inline script carries the response's CSP nonce (issue 12: no 'unsafe-inline'). Chunks
  // that Next.js loads later are trusted through 'strict-dynamic'; anything the policy blocks is
  // caught as a console error by the page fixture.
  // An alert is for a message: an empty one is noise to a screen reader (Next's own route announcer
  // lives in a shadow root and is not counted).
  const emptyAlerts = await page.evaluate(() => [...document.querySelectorAll('[role="alert"], [aria-live="assertive"]')].filter((e) => !(e.textContent ?? '').trim()).map((e) => e.outerHTML.slice(0, 120)));
  expect(emptyAlerts, `empty alert elements on ${label ?? page.url()}`).toEqual([]);
  const unsigned = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && !s.nonce).map((s) => (s.textContent ?? '').slice(0, 80)));
  expect(unsigned, `inline scripts without the CSP nonce on ${label ?? page.url()}`).toEqual([]);
  // And every page checked fits a phone (issue 14, item 24); tap targets at 360 px are checked by
  // visit() and expectFitsPhone() (a second axe run here would double the time of every check).
  await expectFitsPhone(page, label, { targets: false });
}

/** The text of a PDF the app serves, through pdftotext (Polish letters must survive). */
export async function pdfText(page: Page, url: string): Promise<string> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const file = path.join(os.tmpdir(), `e2e-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, await res.body());
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.unlinkSync(file);
  }
}

/** A page's script policy: a per-request nonce, never 'unsafe-inline'. Null when it is sound. */
export function scriptPolicyProblem(csp: string | undefined): string | null {
  const scriptSrc = csp?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  if (!scriptSrc) return 'no script-src';
  if (!/'nonce-[A-Za-z0-9+/=]{16,}'/.test(scriptSrc)) return `no nonce: ${scriptSrc}`;
  if (scriptSrc.includes("'unsafe-inline'")) return `unsafe-inline: ${scriptSrc}`;
  return null;
}

/** The page's one h1 has this text (a whole-text match for a string, a search for a RegExp). */
export async function expectHeading(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** Opens `path` and checks what arrived: HTTP 200 and the page's h1 (not an error page's); and that it fits a phone. */
export async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), `HTTP status of ${path}`).toBe(200);
  await expectHeading(page, heading);
  await expectFitsPhone(page, path);
}

export const PHONE = { width: 360, height: 800 };

/**
 * The page as it is now, on a phone (360 px): it must not scroll sideways — a wide table scrolls
 * inside its own box (components/ui/ResponsiveTable.tsx), never the page — and no tap target is
 * smaller than 24 × 24 px (WCAG 2.2 2.5.8, axe target-size). The viewport is restored afterwards.
 */
export async function expectFitsPhone(page: Page, label = page.url(), { targets: checkTargets = true } = {}): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    const { width, culprits } = await page.evaluate((limit) => {
      const width = document.documentElement.scrollWidth;
      if (width <= limit) return { width, culprits: [] as string[] };
      // Elements reaching past the screen's edge outside any scrolling box; the outermost ones. An
      // absolutely positioned one (an sr-only text) escapes a scrolling box that is not positioned.
      const clipped = (el: Element) => {
        if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      const wide = new Set([...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > limit + 0.5 && !clipped(el)));
      const describe = (el: Element) => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join('.')}` : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> right=${Math.round(el.getBoundingClientRect().right)} px "${text}"`;
      };
      const culprits = [...wide].filter((el) => !el.parentElement || !wide.has(el.parentElement)).slice(0, 6).map(describe);
      return { width, culprits };
    }, PHONE.width);
    expect(width, `${label} scrolls sideways at ${PHONE.width} px (page ${width} px wide); reaching past the edge:\n${culprits.join('\n')}`).toBeLessThanOrEqual(PHONE.width);
    if (!checkTargets) return;
    // options() before withRules(): AxeBuilder's options() replaces the runOnly that withRules() sets.
    const small = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withRules(['target-size']).analyze();
    const targets = small.violations.filter((v) => v.id === 'target-size').flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`));
    expect(targets, `tap targets under 24 × 24 px on ${label} at ${PHONE.width} px`).toEqual([]);
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** Signs in through the login form and waits for the dashboard. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/logowanie');
  await fillLogin(page, email, password);
  await expect(page).toHaveURL(/\/pulpit$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Pulpit/ })).toBeVisible();
}

/** Fills and submits the login form without waiting for any outcome. */
export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByLabel('Hasło').fill(password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
}

/** Signs out with the header button and waits for the login page. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(page).toHaveURL(/\/logowanie$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
}

/** The header line with the signed-in user's name and active role (not the role switcher's options). */
export const userBadge = (page: Page) => page.getByRole('banner').locator('p').first();

/** The main navigation of a signed-in user. */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Główna' });

type Fixtures = {
  /** `await a11y()` checks the current page; `a11y.check(otherPage)` checks another tab. */
  a11y: (() => Promise<void>) & { check: (p: Page, label?: string) => Promise<void> };
  login: (email: string, password?: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  // A shifted app clock (KOOPERACJA_NOW, see docs/testing.md) reaches the server through the
  // environment; the browser gets the same date, as a real user's browser agrees with the server.
  context: async ({ context }, use) => {
    if (clock.shifted()) await context.clock.setFixedTime(clock.now());
    await use(context);
  },
  a11y: async ({ page }, use) => {
    const fn = Object.assign(() => checkA11y(page), { check: checkA11y });
    await use(fn);
  },
  login: async ({ page }, use) => {
    await use((email, password) => login(page, email, password));
  },
  page: async ({ page }, use) => {
    // No test may ever see an alert/confirm: it would mean injected markup ran.
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      await d.dismiss();
    });
    // Every page is served with a nonce-based script policy, and nothing on it breaks that policy.
    const csp: string[] = [];
    // No page asks for something that is not there (favicon, icons, manifest, scripts, prefetches):
    // a 404 behind the scenes shows in the browser console (issue 14, item 17).
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'document') {
        if (r.status() === 404) missing.push(`${r.request().resourceType()} ${r.url()} (on ${page.url()})`);
        return;
      }
      const problem = scriptPolicyProblem(r.headers()['content-security-policy']);
      if (problem) csp.push(`${r.url()}: ${problem}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) csp.push(`${page.url()}: ${m.text()}`);
    });
    await use(page);
    expect(dialogs, 'unexpected JavaScript dialogs').toEqual([]);
    expect(csp, 'pages without a sound script policy, or scripts it blocked').toEqual([]);
    expect(missing, 'resources answered 404 (shown in the browser console)').toEqual([]);
  },
});

/**
 * A local SMTP server for one spec: the app (started with SMTP_URL pointing here, see
 * playwright.config.ts) delivers its notifications to it; `messages` holds what arrived.
 */
export async function startSmtp(port: number) {
  const { SMTPServer } = await import('smtp-server');
  const messages: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

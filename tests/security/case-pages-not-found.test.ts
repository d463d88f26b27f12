import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { caseSetup, newCase, type CaseSetup } from '../case-factories';

/*
 * Every page and file route under /sprawy/<id>/ answers 404 for a case that does not exist, for a
 * malformed id, and for a case outside the reader's reach — never 200 (the purpose-of-access page
 * used to render its form for any number: issue 14, item 15) nor 500. The pages and routes are
 * found on disk, so a new one is covered without being listed here.
 * Gminas of this file: 2010011, 2010023 (powiat 2010).
 */

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));
afterEach(() => {
  session.actor = null;
});

const root = path.resolve(import.meta.dirname, '../..');
const caseDir = path.join(root, 'app/(app)/sprawy/[id]');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : e.name === 'page.tsx' || e.name === 'route.ts' ? [p] : [];
  });
}
const ALL = files(caseDir).map((f) => path.relative(caseDir, f)).sort();
const PAGES = ALL.filter((f) => f.endsWith('page.tsx'));
const ROUTES = ALL.filter((f) => f.endsWith('route.ts'));

const load = (rel: string) => import(/* @vite-ignore */ path.join(caseDir, rel));
/** The URL of a file under /sprawy/[id]/ with its segments filled in. */
const urlOf = (rel: string, id: string) => `/sprawy/${id}/${path.dirname(rel).replace(/\[ippId\]/g, '1')}`.replace(/\/\.$/, '');

/** What Next answers for a page: 404/403 for notFound()/forbidden(), a redirect, 200 for a rendered page, else the error. */
async function pageOutcome(rel: string, id: string, ippId = '1'): Promise<string> {
  const { default: Page } = await load(rel);
  try {
    await Page({ params: Promise.resolve({ id, ippId }), searchParams: Promise.resolve({}) });
    return '200';
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1];
    if (digest.startsWith('NEXT_REDIRECT;')) return `redirect ${digest.split(';')[2]}`;
    return `threw: ${(e as Error).message}`;
  }
}

async function routeOutcome(rel: string, id: string, ippId = '1'): Promise<string> {
  const { GET } = await load(rel);
  const res: Response = await GET(new NextRequest(`http://localhost${urlOf(rel, id)}`), { params: Promise.resolve({ id, ippId }) });
  return String(res.status);
}

let s: CaseSetup;
let caseId: number;

beforeAll(async () => {
  s = await caseSetup(['2010011', '2010023']);
  ({ caseId } = await newCase(s));
}, 300_000);

const MISSING = ['999999999', '0'];
const MALFORMED = ['abc', '-1', '1e3', '12345678901'];

describe('the pages and routes of a case', () => {
  it('are found on disk (the purpose page and the PDF routes among them)', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['cel-dostepu/page.tsx', 'dostep/page.tsx', 'page.tsx', 'ipp/[ippId]/kontrakt/page.tsx']));
    expect(ROUTES).toEqual(expect.arrayContaining(['eksport/route.ts', 'pdf/karta/route.ts', 'pdf/ipp/[ippId]/route.ts']));
  });

  it.each(PAGES)('page %s: 404 for a missing or malformed id, for the case worker and for ROPS alike', async (rel) => {
    for (const actor of [s.gops, s.rops]) {
      session.actor = actor;
      for (const id of [...MISSING, ...MALFORMED]) expect(await pageOutcome(rel, id), `${actor.scope.role} ${urlOf(rel, id)}`).toBe('404');
    }
  });

  it.each(PAGES)('page %s: 404 for an existing case outside the reader’s reach', async (rel) => {
    for (const actor of [s.strangerGops, s.outsider]) {
      session.actor = actor;
      expect(await pageOutcome(rel, String(caseId)), `${actor.scope.role} ${urlOf(rel, String(caseId))}`).toBe('404');
    }
  });

  it.each(ROUTES)('route %s: 404 for a missing or malformed id and for a case outside the reader’s reach', async (rel) => {
    session.actor = s.gops;
    for (const id of [...MISSING, ...MALFORMED]) expect(await routeOutcome(rel, id), urlOf(rel, id)).toBe('404');
    session.actor = s.strangerGops;
    expect(await routeOutcome(rel, String(caseId)), urlOf(rel, String(caseId))).toBe('404');
  });
});

describe('an IPP of an existing case that does not exist, or is malformed', () => {
  it.each(ALL.filter((f) => f.includes('[ippId]')))('%s: 404', async (rel) => {
    session.actor = s.gops;
    for (const ippId of ['999999999', 'abc', '-1']) {
      const got = rel.endsWith('page.tsx') ? await pageOutcome(rel, String(caseId), ippId) : await routeOutcome(rel, String(caseId), ippId);
      expect(got, `${rel} ippId=${ippId}`).toBe('404');
    }
  });
});

describe('the purpose-of-access page of an existing case', () => {
  it('shows its form to ROPS of the województwo; sends the case’s own people straight to the case', async () => {
    session.actor = s.rops;
    expect(await pageOutcome('cel-dostepu/page.tsx', String(caseId))).toBe('200');
    session.actor = s.gops;
    expect(await pageOutcome('cel-dostepu/page.tsx', String(caseId))).toBe(`redirect /sprawy/${caseId}`);
  });
});

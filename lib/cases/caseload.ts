import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { cases, gminas, powiats, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/authorize';
import { CASELOAD_LIMIT } from './vocabulary';
import { polishOrder } from '@/lib/polish-order';

/*
 * Caseloads of key workers (WRZOS standard: at most CASELOAD_LIMIT active cases each). An active
 * case is one in work (status 'qualified'). Numbers and workers' names only — no family data.
 */

/** How many active cases the user carries as key worker. */
export async function activeCaseCount(db: DbOrTx, keyWorkerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(cases)
    .where(and(eq(cases.keyWorkerId, keyWorkerId), eq(cases.status, 'qualified')));
  return row?.n ?? 0;
}

export interface WorkerLoad {
  id: string;
  name: string;
  /** Active cases of the worker in the whole województwo (what the WRZOS limit is about). */
  cases: number;
}

export interface GminaCaseload {
  gminaId: number;
  gminaName: string;
  powiatName: string;
  /** Active cases of the gmina. */
  activeCases: number;
  /** Key workers of those cases. */
  keyWorkers: number;
  /** The largest and the mean caseload among those key workers. */
  maxCaseload: number;
  averageCaseload: number;
  /** Those of them above CASELOAD_LIMIT, most loaded first. */
  overLimit: WorkerLoad[];
}

/**
 * Per gmina of the actor's województwo with any active case: active cases, key workers, their
 * largest and average caseload and who is above the limit. ROPS only ('caseload.view').
 */
export async function caseloadByGmina(actor: Actor) {
  const voivodeshipId = actor.scope.voivodeshipId;
  await authorize(actor, 'caseload.view', { voivodeshipId });
  const db = getDb();
  const active = and(eq(cases.voivodeshipId, voivodeshipId), eq(cases.status, 'qualified'));
  const [perGminaWorker, perWorker] = await Promise.all([
    db
      .select({ gminaId: cases.gminaId, gminaName: gminas.name, powiatName: powiats.name, keyWorkerId: cases.keyWorkerId, n: count() })
      .from(cases)
      .innerJoin(gminas, eq(gminas.id, cases.gminaId))
      .innerJoin(powiats, eq(powiats.id, cases.powiatId))
      .where(active)
      .groupBy(cases.gminaId, gminas.name, powiats.name, cases.keyWorkerId),
    db
      .select({ id: cases.keyWorkerId, name: users.name, n: count() })
      .from(cases)
      .innerJoin(users, eq(users.id, cases.keyWorkerId))
      .where(active)
      .groupBy(cases.keyWorkerId, users.name)
      .orderBy(polishOrder(users.name)),
  ]);
  const workers = new Map<string, WorkerLoad>(perWorker.map((w) => [w.id, { id: w.id, name: w.name, cases: w.n }]));
  const byGmina = new Map<number, { gminaName: string; powiatName: string; activeCases: number; workers: WorkerLoad[] }>();
  for (const r of perGminaWorker) {
    const g = byGmina.get(r.gminaId) ?? { gminaName: r.gminaName, powiatName: r.powiatName, activeCases: 0, workers: [] };
    g.activeCases += r.n;
    g.workers.push(workers.get(r.keyWorkerId) ?? { id: r.keyWorkerId, name: '—', cases: r.n });
    byGmina.set(r.gminaId, g);
  }
  const rows: GminaCaseload[] = [...byGmina.entries()]
    .map(([gminaId, g]) => ({
      gminaId,
      gminaName: g.gminaName,
      powiatName: g.powiatName,
      activeCases: g.activeCases,
      keyWorkers: g.workers.length,
      maxCaseload: Math.max(...g.workers.map((w) => w.cases)),
      averageCaseload: g.workers.reduce((a, w) => a + w.cases, 0) / g.workers.length,
      overLimit: g.workers.filter((w) => w.cases > CASELOAD_LIMIT).sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'pl')),
    }))
    .sort((a, b) => a.gminaName.localeCompare(b.gminaName, 'pl') || a.powiatName.localeCompare(b.powiatName, 'pl'));
  const all = [...workers.values()];
  return {
    rows,
    limit: CASELOAD_LIMIT,
    totals: {
      activeCases: all.reduce((a, w) => a + w.cases, 0),
      keyWorkers: all.length,
      maxCaseload: all.length ? Math.max(...all.map((w) => w.cases)) : 0,
      averageCaseload: all.length ? all.reduce((a, w) => a + w.cases, 0) / all.length : 0,
      overLimit: all.filter((w) => w.cases > CASELOAD_LIMIT).length,
    },
  };
}

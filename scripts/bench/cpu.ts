/**
 * Where the CPU of a load goes (Linux /proc): the app's server processes (their PDF worker threads
 * inside them), the PostgreSQL server's processes, and this process — the load generator. Read
 * before and after a load and divided by its requests, it says what one request costs each side:
 * on a machine where all three share the cores, that is what bounds the req/s and the latency.
 */
import fs from 'node:fs';
import { commandLine, processTree } from './rss';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on every Linux we run). */
const TICKS_PER_SECOND = 100;

/** User + system CPU of a process so far (ms), or 0 when it has ended. */
function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of the stat line (utime, stime); `fields` starts at field 3.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  return fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e) && readComm(e) === 'postgres').map(Number);
}

function readComm(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

interface CpuSnapshot {
  server: Map<number, number>;
  postgres: Map<number, number>;
  client: number;
}

function snapshot(serverRoot: number, counted: (command: string) => boolean): CpuSnapshot {
  const of = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuMs(pid)]));
  const { user, system } = process.cpuUsage();
  return {
    server: of(processTree(serverRoot).filter((pid) => counted(commandLine(pid)))),
    postgres: of(postgresPids()),
    client: (user + system) / 1000,
  };
}

/** CPU per request (ms) of each side between two snapshots; a process started meanwhile counts from 0. */
function perRequest(a: CpuSnapshot, b: CpuSnapshot, requests: number) {
  const spent = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
  const per = (ms: number) => (requests > 0 ? Math.round((ms / requests) * 100) / 100 : null);
  const server = per(spent(a.server, b.server));
  const postgres = per(spent(a.postgres, b.postgres));
  const client = per(b.client - a.client);
  return { server, postgres, client, total: server !== null && postgres !== null && client !== null ? Math.round((server + postgres + client) * 100) / 100 : null };
}

/**
 * Starts counting; `stop(requests)` answers the CPU ms per request of the server processes (under
 * `serverRoot`, those `counted` accepts), PostgreSQL's processes (all of them: run on a quiet
 * server) and the load generator (this process).
 */
export function measureCpu(serverRoot: number, counted: (command: string) => boolean) {
  const before = snapshot(serverRoot, counted);
  return { stop: (requests: number) => perRequest(before, snapshot(serverRoot, counted), requests) };
}

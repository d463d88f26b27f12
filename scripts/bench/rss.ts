/**
 * Resident memory of a server's process tree, read from /proc (Linux): the tree is every process
 * descended from the one the bench spawned, found again at each sample (cluster workers start and
 * may be replaced); worker threads live inside their process, so its VmRSS counts them.
 */
import fs from 'node:fs';

/** The parent of every live process, from /proc/<pid>/stat (the comm field may hold spaces or parentheses). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(entry), ppid);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return map;
}

/** `root` and every process descended from it that is alive now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    if (pid !== root || fs.existsSync(`/proc/${pid}`)) tree.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** VmRSS of a process in kB, or null when it has ended (or is a zombie, which has none). */
export function rssKb(pid: number): number | null {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The command line of a process ('' when it has ended). */
export function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

export interface RssSummary {
  /** Samples taken; each one sums the RSS of the counted processes alive at that moment. */
  samples: number;
  /** The largest sum of the counted processes (MB). */
  peakMb: number;
  p50Mb: number;
  /** The largest sum over the whole tree, launchers (npx, tsx) included (MB). */
  treePeakMb: number;
  /** Counted processes seen, with each one's own peak (MB) and command. */
  processes: { pid: number; peakMb: number; command: string }[];
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/**
 * Samples the tree under `root` every `everyMs` until stop(): per sample the summed VmRSS of the
 * processes `counted` (by command line) accepts, and of the whole tree.
 */
export function sampleRss(root: number, { everyMs = 100, counted = () => true }: { everyMs?: number; counted?: (command: string) => boolean } = {}): { stop(): RssSummary } {
  const sums: number[] = [];
  const treeSums: number[] = [];
  const seen = new Map<number, { peakKb: number; command: string }>();
  const sample = () => {
    let sum = 0;
    let tree = 0;
    for (const pid of processTree(root)) {
      const kb = rssKb(pid);
      if (kb === null) continue;
      tree += kb;
      const known = seen.get(pid);
      const command = known?.command ?? commandLine(pid);
      if (!counted(command)) continue;
      sum += kb;
      seen.set(pid, { peakKb: Math.max(kb, known?.peakKb ?? 0), command });
    }
    sums.push(sum);
    treeSums.push(tree);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const sorted = [...sums].sort((a, b) => a - b);
      return {
        samples: sums.length,
        peakMb: mb(sorted[sorted.length - 1]),
        p50Mb: mb(sorted[Math.ceil(sorted.length / 2) - 1]),
        treePeakMb: mb(Math.max(...treeSums)),
        processes: [...seen].map(([pid, p]) => ({ pid, peakMb: mb(p.peakKb), command: p.command.slice(0, 120) })),
      };
    },
  };
}

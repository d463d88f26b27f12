import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { processTree, rssKb, sampleRss } from '../../scripts/bench/rss';

// A parent that starts a grandchild that holds ~64 MB, then prints its pid: the tree, the RSS and the
// sampler's sums are read from /proc as the bench reads a server's. Only the grandchild's command
// line holds the marker (the parent's spells it in two pieces).
let parent: ChildProcess | null = null;
afterEach(() => {
  if (parent?.pid) {
    try {
      process.kill(-parent.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  parent = null;
});

const GRANDCHILD = `const b = Buffer.alloc(64 * 1024 * 1024, 1); console.log(process.pid); setInterval(() => b[0]++, 1000);`;

async function startTree(): Promise<{ parentPid: number; grandchildPid: number }> {
  const script = `const { spawn } = require('node:child_process');
    spawn(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}, 'bench-rss-' + 'marker'], { stdio: ['ignore', 'inherit', 'inherit'] });
    setInterval(() => {}, 1000);`;
  parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const pid = await new Promise<number>((resolve) => parent!.stdout!.once('data', (d) => resolve(Number(String(d).trim()))));
  return { parentPid: parent.pid!, grandchildPid: pid };
}

describe('bench process-tree RSS', () => {
  it('finds every descendant of a process, and only those', async () => {
    const { parentPid, grandchildPid } = await startTree();
    const tree = processTree(parentPid);
    expect(tree).toContain(parentPid);
    expect(tree).toContain(grandchildPid);
    expect(tree).not.toContain(process.pid);
    expect(processTree(grandchildPid)).toEqual([grandchildPid]);
  });

  it('sums the RSS of the processes it counts, with each one’s peak', async () => {
    const { parentPid, grandchildPid } = await startTree();
    const own = rssKb(grandchildPid)!;
    expect(own).toBeGreaterThan(64 * 1024);
    const sampler = sampleRss(parentPid, { everyMs: 20, counted: (cmd) => cmd.includes('bench-rss-marker') });
    await new Promise((r) => setTimeout(r, 150));
    const s = sampler.stop();
    expect(s.samples).toBeGreaterThan(3);
    expect(s.processes.map((p) => p.pid)).toEqual([grandchildPid]);
    // Only the grandchild is counted; the whole tree holds the parent too.
    expect(s.peakMb).toBeGreaterThan(64);
    expect(s.peakMb).toBeLessThan(own / 1024 + 32);
    expect(s.treePeakMb).toBeGreaterThan(s.peakMb + 10);
  });

  it('has nothing for a process that has ended', () => {
    expect(rssKb(2 ** 22 + 12345)).toBeNull();
    expect(processTree(2 ** 22 + 12345)).toEqual([]);
  });
});

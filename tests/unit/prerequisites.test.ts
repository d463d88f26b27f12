import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { planPrerequisites, TOOLS, type Tool } from '@/scripts/lib/prerequisites';

const tool = (name: string, debianPackage: string): Tool => ({ name, debianPackage, present: () => false });
const chromium = tool('Chromium (/usr/bin/chromium)', 'chromium');
const pdftotext = tool('pdftotext', 'poppler-utils');

describe('npm test prerequisites (Chromium, pdftotext)', () => {
  it('does nothing when every tool is there', () => {
    expect(planPrerequisites([], false)).toEqual({ action: 'none' });
    expect(planPrerequisites([], true)).toEqual({ action: 'none' });
  });

  it('installs exactly the missing Debian packages when it may (root with apt)', () => {
    expect(planPrerequisites([chromium, pdftotext], true)).toEqual({ action: 'install', packages: ['chromium', 'poppler-utils'] });
    expect(planPrerequisites([pdftotext], true)).toEqual({ action: 'install', packages: ['poppler-utils'] });
  });

  it('otherwise stops at once with the exact command for what is missing', () => {
    const plan = planPrerequisites([pdftotext], false);
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message).toContain('sudo apt-get update && sudo apt-get install -y poppler-utils');
    expect(plan.message).not.toContain('chromium');
    const both = planPrerequisites([chromium, pdftotext], false);
    expect(both.action === 'stop' && both.message).toContain('apt-get install -y chromium poppler-utils');
  });

  it('the real check sees the tools of this machine the way the tests use them', () => {
    // The e2e suite launches /usr/bin/chromium and the PDF tests call pdftotext: the check must agree.
    const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status === 0;
    expect(TOOLS.find((t) => t.debianPackage === 'poppler-utils')!.present()).toBe(hasPdftotext);
  });

  it('npm test stops before building when a tool is missing and cannot be installed', () => {
    // A PATH without pdftotext and a non-root user (apt impossible): the run must end at once.
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "const m = await import('./scripts/lib/prerequisites.ts'); m.ensurePrerequisites([{ name: 'pdftotext', debianPackage: 'poppler-utils', present: () => false }]); console.log('went on');"],
      { encoding: 'utf8', env: { ...process.env }, uid: process.getuid?.() === 0 ? 65534 : undefined, cwd: process.cwd() },
    );
    const output = r.stdout + r.stderr;
    if (process.getuid?.() === 0 && r.error) return; // cannot drop privileges here; the pure plan above covers it
    expect(r.status).toBe(1);
    expect(output).toContain('apt-get install -y poppler-utils');
    expect(output).not.toContain('went on');
  });
});

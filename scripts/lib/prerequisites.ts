/**
 * What `npm test` needs beyond npm packages: Debian's Chromium (Playwright launches
 * /usr/bin/chromium — `npx playwright install` cannot download here) and poppler-utils (the PDF
 * tests read a PDF's text with `pdftotext`). `npm test` checks them before anything runs: as root
 * with apt it installs them (as `.ci/run` does); otherwise it stops at once with the exact command,
 * never halfway through the suite.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export type Tool = { name: string; debianPackage: string; present: () => boolean };

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export const TOOLS: Tool[] = [
  { name: 'Chromium (/usr/bin/chromium)', debianPackage: 'chromium', present: () => fs.existsSync(CHROMIUM_PATH) },
  { name: 'pdftotext', debianPackage: 'poppler-utils', present: () => onPath('pdftotext') },
];

export type Plan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; message: string };

/** Decides what to do about the missing tools; pure, so it is unit-tested. */
export function planPrerequisites(missing: Tool[], canInstall: boolean): Plan {
  if (missing.length === 0) return { action: 'none' };
  const packages = missing.map((t) => t.debianPackage);
  if (canInstall) return { action: 'install', packages };
  const command = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  return {
    action: 'stop',
    message:
      `npm test needs ${missing.map((t) => t.name).join(' and ')}, which this machine lacks.\n` +
      `Install ${packages.length > 1 ? 'them' : 'it'} with:\n\n    ${command}\n\nthen run npm test again.`,
  };
}

/** True when this process may run apt-get itself: root on a Debian-like system. */
function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && onPath('apt-get');
}

/** Makes sure the tools are there (installing them when possible) or exits at once with the command. */
export function ensurePrerequisites(tools: Tool[] = TOOLS): void {
  const plan = planPrerequisites(tools.filter((t) => !t.present()), canInstallWithApt());
  if (plan.action === 'none') return;
  if (plan.action === 'stop') {
    console.error(`\n[kooperacja] ${plan.message}\n`);
    process.exit(1);
  }
  console.log(`[kooperacja] installing ${plan.packages.join(' ')} with apt-get (needed by the tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', ...plan.packages], { stdio: 'inherit', env }) : update;
  const still = tools.filter((t) => !t.present());
  if (install.status !== 0 || still.length > 0) {
    const retry = planPrerequisites(still.length ? still : tools, false);
    console.error(`\n[kooperacja] apt-get could not install them. ${retry.action === 'stop' ? retry.message : ''}\n`);
    process.exit(1);
  }
}

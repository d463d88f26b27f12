import { spawn, type ChildProcess } from 'node:child_process';

export interface Server {
  url: string;
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
  exited: Promise<number | null>;
}

/** Starts `npm start`'s script on a port with the given environment (the build must exist). */
export function startServer(port: number, env: Record<string, string>): Server {
  const proc = spawn('npx', ['tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), NEXTAUTH_SECRET: 'smoke-test-secret-0123456789', NEXTAUTH_URL: `http://localhost:${port}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    url: `http://localhost:${port}`,
    proc,
    output: () => out,
    exited,
    async stop() {
      const kill = (sig: NodeJS.Signals) => {
        try {
          process.kill(-proc.pid!, sig);
        } catch {
          /* the group is gone already */
        }
      };
      const groupAlive = () => {
        try {
          process.kill(-proc.pid!, 0);
          return true;
        } catch {
          return false;
        }
      };
      kill('SIGTERM');
      // Wait for the whole group (npx, next-server) to exit, so its database lock is released.
      for (let i = 0; i < 100 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
      kill('SIGKILL');
    },
  };
}

export async function waitForOk(url: string, timeoutMs = 60_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    try {
      const r = await fetch(url, { redirect: 'manual' });
      if (r.status === 200) return Date.now() - t0;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** One POST to next-auth's credentials endpoint (with its CSRF token), with extra request headers. */
export async function postCredentials(base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookies = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]);
  return fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; '), ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
}

/** The session cookie a response set, or null. */
export const sessionCookie = (res: Response) =>
  (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('next-auth.session-token=')) ?? null;

/** Signs in through next-auth's credentials endpoint; returns the session cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string | null> {
  return sessionCookie(await postCredentials(base, email, password));
}

/*
 * Where to go after signing in: the page that was asked for, as a path on this site only. The
 * path travels in the login page's address (?callbackUrl=…), which anyone can write, so it is an
 * open-redirect vector: only a plain relative path survives — never "//host", "/\host", a scheme,
 * a backslash or a control character, in any encoding the browser would undo.
 */

const MAX_LENGTH = 2000;
const BASE = 'http://kooperacja.invalid';

/** The path itself (pathname, query, fragment) when `raw` names a page of this site; else null. */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  // Every decoding the browser or a server might apply must still be a plain relative path.
  let text = raw;
  for (let i = 0; i < 4; i++) {
    if (!plainPath(text)) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return null;
    }
    if (decoded === text) break;
    text = decoded;
  }
  if (!plainPath(text)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

// One slash, then no second slash or backslash; no backslash or control character anywhere.
function plainPath(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return s.startsWith('/') && !/^\/[/\\]/.test(s) && !/[\\\u0000-\u001f\u007f]/.test(s);
}

/** The login page, with the page to return to when there is one worth returning to. */
export function loginHref(path: string | null | undefined): string {
  const safe = safeReturnPath(path);
  // The dashboard is where signing in leads anyway.
  if (!safe || safe === '/' || safe === '/pulpit' || safe.startsWith('/logowanie')) return '/logowanie';
  return `/logowanie?callbackUrl=${encodeURIComponent(safe)}`;
}

import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { servedOverHttps } from '@/lib/http/security-headers';
import { trustedClientIp } from '@/lib/http/request-ip';
import { LoginError, SESSION_HOURS, verifyLogin } from './login';
import { safeReturnPath } from './return-path';
import { revokeSession } from './sessions';

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const v = headers?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;
};

// JWT sessions: next-auth's Credentials provider supports no other. The token carries the user id
// and the id of a server-side session row; lib/auth/session.ts checks both on every request.
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: '/logowanie', error: '/logowanie' },
  secret: process.env.NEXTAUTH_SECRET,
  // __Secure- cookies with the Secure flag whenever the public address is https.
  useSecureCookies: servedOverHttps(),
  providers: [
    CredentialsProvider({
      name: 'e-mail i hasło',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          const user = await verifyLogin(getDb(), credentials.email, credentials.password, {
            ip: trustedClientIp((name) => header(req?.headers, name)),
            userAgent: header(req?.headers, 'user-agent'),
          });
          return { id: user.id, email: user.email, name: user.name, sessionId: user.sessionId };
        } catch (e) {
          if (e instanceof LoginError) throw e;
          // Fail closed, and say no more than for a wrong password: the cause goes to the log only.
          console.error('[kooperacja] login failed unexpectedly', e);
          throw new LoginError('INVALID');
        }
      },
    }),
  ],
  callbacks: {
    // Only a path on this site, whatever callbackUrl a link carried (lib/auth/return-path.ts).
    redirect({ url, baseUrl }) {
      const path = safeReturnPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url);
      return `${baseUrl}${path ?? '/pulpit'}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.uid;
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(getDb(), token.sid);
    },
  },
};

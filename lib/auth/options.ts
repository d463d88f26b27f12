import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { verifyLogin } from './login';

function ipOf(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return (typeof value === 'string' && value.split(',')[0].trim()) || 'unknown';
}

// JWT sessions: next-auth's Credentials provider supports no other. The token carries only the
// user id; lib/auth/session.ts re-reads status and roles on every request.
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/logowanie', error: '/logowanie' },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: 'e-mail i hasło',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        const user = await verifyLogin(getDb(), credentials.email, credentials.password, ipOf(req?.headers));
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      session.userId = token.uid;
      return session;
    },
  },
};

import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    userId?: string;
    sessionId?: string;
  }
  interface User {
    sessionId?: string;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    /** user_sessions.id: checked on every request, revoked at sign-out. */
    sid?: string;
  }
}

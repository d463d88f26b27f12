'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { ACTIVE_ROLE_COOKIE, requireActor } from '@/lib/auth/session';

/** Makes another of the user's own assignments the active one. */
export async function switchRole(formData: FormData) {
  const actor = await requireActor();
  const id = Number(formData.get('assignmentId'));
  if (actor.assignments.some((a) => a.id === id)) {
    (await cookies()).set(ACTIVE_ROLE_COOKIE, String(id), { httpOnly: true, sameSite: 'lax', path: '/', secure: process.env.NODE_ENV === 'production' && process.env.NEXTAUTH_URL?.startsWith('https') });
  }
  redirect('/pulpit');
}

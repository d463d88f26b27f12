import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { LoginForm } from './LoginForm';

export const metadata: Metadata = { title: 'Logowanie' };

export default async function LoginPage() {
  if (await getActor()) redirect('/pulpit');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">Logowanie</h1>
      <LoginForm />
    </div>
  );
}

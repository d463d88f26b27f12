'use client';
import { signOut } from 'next-auth/react';

export function LogoutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/logowanie' })}
      className="min-h-11 rounded border border-slate-400 px-3 py-2 text-sm hover:bg-slate-100"
    >
      Wyloguj
    </button>
  );
}

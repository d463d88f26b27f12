'use server';
import { requestAccount } from '@/lib/accounts/request-account';
import { clientIp } from '@/lib/auth/session';
import { runAction } from '@/lib/run-action';

export async function requestAccountAction(input: unknown) {
  return runAction(async () => {
    await requestAccount(input, await clientIp());
  });
}

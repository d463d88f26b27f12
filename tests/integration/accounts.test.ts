import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, loginFailures, roleAssignments, users } from '@/db/schema';
import { requestAccount } from '@/lib/accounts/request-account';
import { approveAccount, disableAccount, enableAccount, listAccounts, rejectAccount } from '@/lib/accounts/review';
import { verifyLogin } from '@/lib/auth/login';
import { AppError } from '@/lib/errors';
import { JANOW, MAZOWIECKIE, PODLASKIE, SOKOLSKI, makeActor, unit, validAccountRequest as validRequest } from '../factories';

async function fieldErrors(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('INVALID');
  return (e as AppError).fieldErrors ?? {};
}

const userCount = async () => (await getDb().select({ n: count() }).from(users))[0].n;

/** Sends the request and finds the account it created (the answer itself says nothing). */
async function requested(input: { email: string }, ip: string | null) {
  await requestAccount(input, ip);
  const [u] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, input.email));
  return { id: u.id };
}
const loginError = (p: Promise<unknown>) => p.then(() => 'OK', (e: Error) => e.message);

describe('account request → approval → login', () => {
  it('creates a pending account whose assignment has the gmina scope', async () => {
    const input = await validRequest();
    const { id } = await requested(input, '10.0.0.1');
    const [u] = await getDb().select().from(users).where(eq(users.id, id));
    expect(u.status).toBe('pending');
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    const [a] = await getDb().select().from(roleAssignments).where(eq(roleAssignments.userId, id));
    const g = await unit(JANOW);
    expect(a).toMatchObject({ role: 'gops_animator', gminaId: g.gminaId, powiatId: g.powiatId, institutionId: null });
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'account.requested')));
    expect(entry.ip).toBe('10.0.0.1');
  });

  it('refuses login while pending, allows it after approval by the ROPS of that województwo', async () => {
    const input = await validRequest();
    const { id } = await requested(input, null);
    expect(await loginError(verifyLogin(getDb(), input.email, input.password, { ip: '10.0.0.10' }))).toBe('PENDING');

    const otherAdmin = await makeActor('rops_admin', MAZOWIECKIE);
    await expect(approveAccount(otherAdmin, { userId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listAccounts(otherAdmin, ['pending'])).map((u) => u.id)).not.toContain(id);

    const admin = await makeActor('rops_admin', PODLASKIE);
    expect((await listAccounts(admin, ['pending'])).map((u) => u.id)).toContain(id);
    await approveAccount(admin, { userId: id });
    const user = await verifyLogin(getDb(), input.email.toUpperCase(), input.password, { ip: '10.0.0.10' });
    expect(user.id).toBe(id);
    // Deciding twice is a conflict, not a silent second write.
    await expect(approveAccount(admin, { userId: id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a rejected applicant is told the reason; a disabled user cannot log in until enabled', async () => {
    const admin = await makeActor('rops_admin', PODLASKIE);
    const a = await validRequest();
    const { id: rejected } = await requested(a, null);
    await expect(rejectAccount(admin, { userId: rejected, reason: '' })).rejects.toMatchObject({ code: 'INVALID' });
    await rejectAccount(admin, { userId: rejected, reason: 'Brak potwierdzenia zatrudnienia w GOPS' });
    expect(await loginError(verifyLogin(getDb(), a.email, a.password, { ip: '10.0.0.11' }))).toBe('REJECTED:Brak potwierdzenia zatrudnienia w GOPS');

    const b = await validRequest();
    const { id } = await requested(b, null);
    await approveAccount(admin, { userId: id });
    await disableAccount(admin, { userId: id, reason: 'Zakończenie zatrudnienia' });
    expect(await loginError(verifyLogin(getDb(), b.email, b.password, { ip: '10.0.0.11' }))).toBe('DISABLED:Zakończenie zatrudnienia');
    await enableAccount(admin, { userId: id });
    expect(await loginError(verifyLogin(getDb(), b.email, b.password, { ip: '10.0.0.11' }))).toBe('OK');
    await expect(disableAccount(admin, { userId: admin.userId, reason: 'x' })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('only a ROPS administrator may decide', async () => {
    const input = await validRequest();
    const { id } = await requested(input, null);
    const animator = await makeActor('pcpr_animator', SOKOLSKI);
    await expect(approveAccount(animator, { userId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const adviser = await makeActor('rops_adviser', PODLASKIE);
    await expect(approveAccount(adviser, { userId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [u] = await getDb().select({ status: users.status }).from(users).where(eq(users.id, id));
    expect(u.status).toBe('pending');
  });
});

describe('account request: bad input changes nothing', () => {
  it('reports every field error of an empty form in Polish', async () => {
    const before = await userCount();
    const errors = await fieldErrors(requestAccount({}, null));
    expect(errors.name).toEqual(['To pole jest wymagane.']);
    expect(errors.email?.[0]).toMatch(/wymagane|e-mail/);
    expect(errors.password?.[0]).toBeTruthy();
    expect(errors.jobTitle).toEqual(['To pole jest wymagane.']);
    expect(errors.role).toEqual(['Wybierz rolę.']);
    expect(errors.voivodeshipId).toEqual(['Wybierz województwo.']);
    expect(errors.institutionId).toEqual(['Wybierz instytucję.']);
    expect(await userCount()).toBe(before);
  });

  it('refuses too long, malformed and mismatched values', async () => {
    const before = await userCount();
    const errors = await fieldErrors(
      requestAccount(await validRequest({ name: 'x'.repeat(201), email: 'nie-email', passwordConfirm: 'inne-haslo-123', password: 'krotkie' }), null),
    );
    expect(errors.name).toEqual(['Maksymalnie 200 znaków.']);
    expect(errors.email).toEqual(['Podaj poprawny adres e-mail.']);
    expect(errors.password).toEqual(['Hasło musi mieć co najmniej 10 znaków.']);
    expect(errors.passwordConfirm).toEqual(['Hasła nie są takie same.']);
    expect(await userCount()).toBe(before);
  });

  it('a repeated e-mail (in any letter case) is answered like a new one and creates nothing', async () => {
    const input = await validRequest();
    await requestAccount(input, null);
    const before = await userCount();
    await expect(requestAccount({ ...input, email: input.email.toUpperCase() }, null)).resolves.toBeUndefined();
    expect(await userCount()).toBe(before);
  });

  it('refuses a territory that does not hang together', async () => {
    const other = await unit('2002013');
    const errors = await fieldErrors(requestAccount(await validRequest({ gminaId: String(other.gminaId) }), null));
    expect(errors.gminaId).toEqual(['Ta gmina nie leży w wybranym powiecie.']);
    const noGmina = await fieldErrors(requestAccount(await validRequest({ gminaId: '' }), null));
    expect(noGmina.gminaId).toEqual(['Dla tej roli wybierz gminę.']);
  });

  it('stores markup as plain text', async () => {
    const input = await validRequest({ name: '<script>alert(1)</script>' });
    const { id } = await requested(input, null);
    const [u] = await getDb().select({ name: users.name }).from(users).where(eq(users.id, id));
    expect(u.name).toBe('<script>alert(1)</script>');
  });
});

// Login throttling and its audit: tests/security/login.test.ts.

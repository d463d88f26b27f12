import { describe, expect, it, vi } from 'vitest';
import { callAction, SEND_FAILED } from '@/components/forms/call-action';
import { fileSizeProblem, oversizedFileErrors, withFileSizeError } from '@/components/forms/file-size';
import { MAX_UPLOAD_BYTES, tooLargeMessage, UPLOAD_MESSAGES } from '@/lib/files-limits';

const MB = 1024 * 1024;
const file = (size: number) => ({ size });

describe('the browser-side size check of file inputs', () => {
  it.each([
    [[], null],
    [[file(0)], null],
    [[file(MAX_UPLOAD_BYTES)], null],
    [[file(MAX_UPLOAD_BYTES + 1)], 'Plik jest za duży — najwyżej 10 MB.'],
    [[file(11 * MB)], 'Plik jest za duży — najwyżej 10 MB.'],
    [[file(1), file(11 * MB)], 'Plik jest za duży — najwyżej 10 MB.'],
  ])('%j → %j', (files, expected) => {
    expect(fileSizeProblem(files)).toBe(expected);
  });

  it('says what the server says, and takes another limit (the 5 MB CSV import)', () => {
    expect(fileSizeProblem([file(11 * MB)])).toBe(UPLOAD_MESSAGES.tooLarge);
    expect(fileSizeProblem(null)).toBeNull();
    expect(fileSizeProblem([file(5 * MB + 1)], 5 * MB)).toBe('Plik jest za duży — najwyżej 5 MB.');
    expect(tooLargeMessage(5 * MB)).toBe('Plik jest za duży — najwyżej 5 MB.');
  });

  it('works on real File objects', () => {
    expect(fileSizeProblem([new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'skan.pdf')])).toBe(UPLOAD_MESSAGES.tooLarge);
    expect(fileSizeProblem([new File(['%PDF-'], 'skan.pdf')])).toBeNull();
  });

  it('finds every too-large file input of a form by name, ignoring other controls', () => {
    const elements = [
      { type: 'text', name: 'title', value: 'x' },
      { type: 'file', name: 'file', files: [file(11 * MB)] },
      { type: 'file', name: 'fits', files: [file(MB)] },
      { type: 'file', name: 'empty', files: [] },
      { type: 'submit' },
    ];
    expect(oversizedFileErrors({ elements })).toEqual({ file: ['Plik jest za duży — najwyżej 10 MB.'] });
    expect(oversizedFileErrors({ elements: elements.filter((e) => e.name !== 'file') })).toBeNull();
  });

  it('on change, puts the message next to the field and takes it away once a file fits', () => {
    const others = { title: ['To pole jest wymagane.'] };
    const shown = withFileSizeError({ name: 'file', files: [file(11 * MB)] })(others);
    expect(shown).toEqual({ title: ['To pole jest wymagane.'], file: ['Plik jest za duży — najwyżej 10 MB.'] });
    expect(withFileSizeError({ name: 'file', files: [file(MB)] })(shown)).toEqual(others);
    // A server message about the previous file goes too: a new file was chosen.
    expect(withFileSizeError({ name: 'file', files: [file(MB)] })({ file: [UPLOAD_MESSAGES.wrongType] })).toEqual({});
  });
});

describe('a server action that never answers does not leave the form waiting', () => {
  it('turns a rejected call (network error, 413, 500) into a Polish form error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await callAction(() => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ ok: false, code: 'UNEXPECTED', message: SEND_FAILED });
    expect(await callAction(() => Promise.reject(new Error('Body exceeded 12mb limit')))).toMatchObject({ ok: false, message: SEND_FAILED });
    expect(SEND_FAILED).toMatch(/^Nie udało się wysłać formularza\. .*najwyżej 10 MB.*spróbuj ponownie\.$/);
    log.mockRestore();
  });

  it('passes results through, and lets redirects and other framework signals propagate', async () => {
    const failed = { ok: false as const, code: 'INVALID' as const, message: 'Popraw pola.' };
    expect(await callAction(() => Promise.resolve({ ok: true as const, data: { id: 3 } }))).toEqual({ ok: true, data: { id: 3 } });
    expect(await callAction(() => Promise.resolve(failed))).toBe(failed);
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;push;/pulpit;303;' });
    await expect(callAction(() => Promise.reject(redirect))).rejects.toBe(redirect);
  });
});

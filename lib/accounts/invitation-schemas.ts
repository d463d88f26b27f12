import { z } from 'zod';
import { CsvError, detectDelimiter, parseCsv } from '@/lib/services/csv';
import { count, WORDS } from '@/lib/plural';
import { LIMITS, MESSAGES, emailField, idField, passwordField, requiredText } from '@/lib/validation/fields';

/*
 * Invitations of member institutions' people (issue 15, item 5): the forms and the pure reading of
 * a pasted list or CSV file. Shared by the browser and the server, so both say the same thing.
 */

/** How long a link works. */
export const INVITATION_DAYS = 7;
/** The most rows one list may carry. */
export const MAX_INVITATION_ROWS = 200;
/** The most characters of a pasted list (200 rows of generous length). */
export const MAX_LIST_CHARS = 200_000;

const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : Number(v)), z.number().int().positive().optional());

/** One person: the animator's form on /pzk/[id]/zaproszenia. */
export const invitePersonSchema = z.object({
  pzkId: z.coerce.number().int().positive(),
  email: emailField,
  name: requiredText(LIMITS.name),
  jobTitle: requiredText(LIMITS.shortText),
  institutionId: idField('Wybierz instytucję.'),
});
export type InvitePersonInput = z.input<typeof invitePersonSchema>;

/** Many people: a pasted list or the text of a CSV file, with the institution of rows that name none. */
export const inviteListSchema = z.object({
  pzkId: z.coerce.number().int().positive(),
  text: z
    .string({ error: MESSAGES.required })
    .trim()
    .min(1, { error: 'Wklej listę osób lub wybierz plik CSV.' })
    .max(MAX_LIST_CHARS, { error: `Lista jest za długa — najwyżej ${count(MAX_INVITATION_ROWS, WORDS.row)}.` }),
  institutionId: optionalId,
});
export type InviteListInput = z.input<typeof inviteListSchema>;

/** The invited person sets a password (the same rules as the account request and the password change). */
export const acceptInvitationSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Ten link do zaproszenia jest niepoprawny.' }),
    name: requiredText(LIMITS.name),
    password: passwordField,
    passwordConfirm: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.passwordConfirm) ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'Hasła nie są takie same.' });
  });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const revokeInvitationSchema = z.object({ invitationId: z.coerce.number().int().positive() });

/** A token as it appears in a link: 32 random bytes in base64url. */
export const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

// ---------------------------------------------------------------------------------------------
// The list: one person a line — e-mail; imię i nazwisko; stanowisko; instytucja (optional)
// ---------------------------------------------------------------------------------------------

export const LIST_COLUMNS = ['e-mail', 'imię i nazwisko', 'stanowisko', 'instytucja'] as const;
export const LIST_FORMAT_HINT =
  'Jedna osoba w wierszu: e-mail; imię i nazwisko; stanowisko; instytucja. Kolumny oddzielone średnikiem lub przecinkiem; wiersz nagłówka jest dozwolony. Instytucję można pominąć, jeśli wybrano ją poniżej.';

export interface ListRow {
  /** The line of the list (the header, when there is one, is line 1). */
  line: number;
  email: string;
  name: string;
  jobTitle: string;
  institutionId: number;
}
export interface ListError {
  line: number;
  message: string;
}

const normalizeName = (s: string) => s.normalize('NFC').toLocaleLowerCase('pl').replace(/\s+/g, ' ').trim();
const looksLikeHeader = (cells: string[]) => !cells[0]?.includes('@') && /mail/i.test(cells[0] ?? '');

/**
 * Reads a pasted list or a CSV file's text (UTF-8, with or without BOM; `;` or `,` between
 * cells). Every row is checked on its own and every error is reported with its line, so the
 * animator fixes the whole list at once. `institutions` are those the animator may invite to
 * (named in the file by their name, case and spaces aside, or by their number in the register).
 */
export function readInvitationList(text: string, institutions: readonly { id: number; name: string }[], defaultInstitutionId?: number): { rows: ListRow[]; errors: ListError[] } {
  let table: string[][];
  const src = text.replace(/^\uFEFF/, '');
  try {
    table = parseCsv(src, detectDelimiter(src));
  } catch (e) {
    if (e instanceof CsvError) return { rows: [], errors: [{ line: 0, message: e.message }] };
    throw e;
  }
  const byName = new Map(institutions.map((i) => [normalizeName(i.name), i.id]));
  const byId = new Set(institutions.map((i) => i.id));
  const rows: ListRow[] = [];
  const errors: ListError[] = [];
  const seen = new Map<string, number>();
  const lines = table.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) })).filter((l) => l.cells.some((c) => c !== ''));
  const data = lines.length && looksLikeHeader(lines[0].cells) ? lines.slice(1) : lines;
  if (data.length === 0) return { rows, errors: [{ line: 0, message: 'Lista nie zawiera żadnej osoby.' }] };
  if (data.length > MAX_INVITATION_ROWS) return { rows, errors: [{ line: 0, message: `Lista ma ${count(data.length, WORDS.person)} — jednorazowo można zaprosić najwyżej ${MAX_INVITATION_ROWS}. Podziel ją na części.` }] };
  for (const { line, cells } of data) {
    const [emailRaw = '', name = '', jobTitle = '', institution = ''] = cells;
    const problems: string[] = [];
    const email = emailField.safeParse(emailRaw);
    if (!emailRaw) problems.push('brak adresu e-mail');
    else if (!email.success) problems.push(`niepoprawny adres e-mail „${emailRaw}”`);
    if (!name) problems.push('brak imienia i nazwiska');
    else if (name.length > LIMITS.name) problems.push(`imię i nazwisko dłuższe niż ${count(LIMITS.name, WORDS.char)}`);
    if (!jobTitle) problems.push('brak stanowiska');
    else if (jobTitle.length > LIMITS.shortText) problems.push(`stanowisko dłuższe niż ${count(LIMITS.shortText, WORDS.char)}`);
    if (cells.length > 4 && cells.slice(4).some((c) => c !== '')) problems.push('za dużo kolumn (oczekiwane: e-mail; imię i nazwisko; stanowisko; instytucja)');
    let institutionId: number | undefined;
    if (institution) {
      institutionId = /^\d{1,9}$/.test(institution) && byId.has(Number(institution)) ? Number(institution) : byName.get(normalizeName(institution));
      if (institutionId === undefined) problems.push(`nieznana instytucja „${institution}” — nie należy do tego zespołu`);
    } else if (defaultInstitutionId) institutionId = defaultInstitutionId;
    else problems.push('brak instytucji (podaj ją w czwartej kolumnie albo wybierz instytucję dla całej listy)');
    if (email.success) {
      const first = seen.get(email.data);
      if (first !== undefined) problems.push(`adres e-mail powtórzony (pierwszy raz w wierszu ${first})`);
      else seen.set(email.data, line);
    }
    if (problems.length) errors.push({ line, message: `Wiersz ${line}: ${problems.join('; ')}.` });
    else rows.push({ line, email: email.data!, name, jobTitle, institutionId: institutionId! });
  }
  return { rows, errors };
}

import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { staffProfiles } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { myProfile, saveMyProfile, staffOverview, staffProfile } from '@/lib/staff/staff';
import { JANOW, unit, uid } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Staff profiles and the OPS staff overview (issue 17, item 6). One's own profile: the people who
 * work with families or organise the network, wherever they work (policy `staff.profile`, not
 * scoped). Janów's overview and the profile of its social worker: Janów's OPS animator and network
 * worker and the ROPS of podlaskie; another gmina's or województwo's reader does not find them;
 * every other role is refused outright.
 */

let janowId: number;

async function setup() {
  janowId = (await unit(JANOW)).gminaId!;
}

async function overviewChecked(a: Actor) {
  const o = await staffOverview(a, janowId);
  if (o.gmina?.id !== janowId || !o.people.some((p) => p.userId === m.s.socialWorker.userId)) throw new Error('Janów\'s social worker is missing');
}

async function profileChecked(a: Actor) {
  const p = await staffProfile(a, m.s.socialWorker.userId);
  if (p.userId !== m.s.socialWorker.userId) throw new Error('another person\'s profile');
}

async function ownChecked(a: Actor) {
  const p = await myProfile(a);
  const [stored] = await getDb().select({ version: staffProfiles.version }).from(staffProfiles).where(eq(staffProfiles.userId, a.userId));
  if (p.profile.version !== (stored?.version ?? 0)) throw new Error('not the actor\'s own profile');
}

/** Saves the actor's own profile over its current version: always its own row, never another's. */
async function saveOwn(a: Actor) {
  const [stored] = await getDb().select({ version: staffProfiles.version }).from(staffProfiles).where(eq(staffProfiles.userId, a.userId));
  const qualifications = `Praca socjalna (${uid()})`;
  await saveMyProfile(a, { version: stored?.version ?? 0, qualifications, specialisation: 'first', specialisationArea: 'praca z rodziną', competences: { cooperation: '4' }, developmentPath: '' });
  const [after] = await getDb().select({ qualifications: staffProfiles.qualifications }).from(staffProfiles).where(eq(staffProfiles.userId, a.userId));
  if (after?.qualifications !== qualifications) throw new Error('not saved to the actor\'s own profile');
}

const F = 'FORBIDDEN';
const NF = 'NOT_FOUND';
const OPS = row('allow', NF, NF, NF, F, F, F);
const ROPS = row('allow', '-', '-', NF, F, F, F);
const NOBODY = row(F, F, F, F, F, F, F);
const OWN = row('allow', 'allow', 'allow', 'allow', F, F, F);

//                                                                    inside   neighbour otherPowiat otherVoiv guest otherPzk national
const rows: MatrixRow[] = [
  { fn: 'lib/staff/staff.ts#staffOverview', role: 'gops_animator', call: overviewChecked, expect: OPS, note: 'its own gmina\'s staff only' },
  { fn: 'lib/staff/staff.ts#staffOverview', role: 'network_worker', call: overviewChecked, expect: OPS },
  { fn: 'lib/staff/staff.ts#staffOverview', role: 'rops_adviser', call: overviewChecked, expect: ROPS, note: 'any gmina of its województwo' },
  { fn: 'lib/staff/staff.ts#staffOverview', role: 'social_worker', call: overviewChecked, expect: NOBODY, note: 'choosing who works in a ZZK is the OPS management\'s' },
  { fn: 'lib/staff/staff.ts#staffOverview', role: 'pzk_member', call: overviewChecked, expect: NOBODY },
  { fn: 'lib/staff/staff.ts#staffOverview', role: 'councillor', call: overviewChecked, expect: NOBODY },
  { fn: 'lib/staff/staff.ts#staffProfile', role: 'gops_animator', call: profileChecked, expect: OPS, note: 'a person of another gmina is not found' },
  { fn: 'lib/staff/staff.ts#staffProfile', role: 'network_worker', call: profileChecked, expect: OPS },
  { fn: 'lib/staff/staff.ts#staffProfile', role: 'rops_adviser', call: profileChecked, expect: ROPS },
  { fn: 'lib/staff/staff.ts#staffProfile', role: 'social_worker', call: profileChecked, expect: NOBODY, note: 'colleagues do not read each other\'s self-assessment' },
  { fn: 'lib/staff/staff.ts#staffProfile', role: 'pzk_member', call: profileChecked, expect: NOBODY },
  { fn: 'lib/staff/staff.ts#myProfile', role: 'social_worker', call: ownChecked, expect: OWN, note: 'one\'s own profile wherever one works' },
  { fn: 'lib/staff/staff.ts#myProfile', role: 'network_worker', call: ownChecked, expect: OWN },
  { fn: 'lib/staff/staff.ts#myProfile', role: 'pcpr_animator', call: ownChecked, expect: row('allow', '-', 'allow', 'allow', F, F, F) },
  { fn: 'lib/staff/staff.ts#myProfile', role: 'pzk_member', call: ownChecked, expect: NOBODY, note: 'a partner institution\'s person has no OPS staff profile' },
  { fn: 'lib/staff/staff.ts#saveMyProfile', role: 'social_worker', call: saveOwn, expect: OWN },
  { fn: 'lib/staff/staff.ts#saveMyProfile', role: 'gops_animator', call: saveOwn, expect: OWN },
  { fn: 'lib/staff/staff.ts#saveMyProfile', role: 'network_worker', call: saveOwn, expect: OWN },
  { fn: 'lib/staff/staff.ts#saveMyProfile', role: 'rops_adviser', call: saveOwn, expect: row(F, '-', '-', F, F, F, F) },
  { fn: 'lib/staff/staff.ts#saveMyProfile', role: 'pzk_member', call: saveOwn, expect: NOBODY },
];

export default { setup, rows } satisfies RowModule;

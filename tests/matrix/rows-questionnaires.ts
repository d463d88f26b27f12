import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { questionnaireTemplates } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { answerInPerson, giveLink, inPersonForm, listGiven } from '@/lib/questionnaires/links';
import { questionnaireResults } from '@/lib/questionnaires/report';
import { getTemplate, listTemplates, saveTemplateVersion, setTemplateActive } from '@/lib/questionnaires/templates';
import { uid } from '../factories';
import { m, row, type MatrixRow, type RowModule } from './fixture';

/*
 * Evaluation questionnaires (issue 18 §5) of Janów's implementation (Janów + Dąbrowa). ROPS keeps
 * the templates of its own województwo (a ROPS of another sees only the model's and its own); the
 * implementation's animators give questionnaires out; whoever reads its 9.2 report reads the
 * results; the link's page is public: anyone with the secret answers once, with or without an account.
 */

let familyId: number;
let podlaskieTemplateId: number;

const template = (key: string) => ({
  key,
  audience: 'family',
  title: 'Ankieta macierzy uprawnień',
  intro: '',
  questions: [{ key: 'ocena', kind: 'scale', text: 'Jak oceniasz?', max: 5, minLabel: 'źle', maxLabel: 'dobrze', required: true }],
});

async function setup() {
  [{ id: familyId }] = await getDb().select({ id: questionnaireTemplates.id }).from(questionnaireTemplates).where(and(eq(questionnaireTemplates.key, 'rodziny'), isNull(questionnaireTemplates.voivodeshipId)));
  ({ id: podlaskieTemplateId } = await saveTemplateVersion(m.s.rops, template(`podlaska_${uid()}`)));
}

const FAMILY_ANSWER = { pomoc: 4, kontakt: 5 };
const give = (a: Actor) => giveLink(a, { implementationId: m.implementationId, templateId: familyId });
const inPerson = (a: Actor) => answerInPerson(a, { implementationId: m.implementationId, templateId: familyId, answers: FAMILY_ANSWER });
const form = (a: Actor) => inPersonForm(a, m.implementationId, familyId);
const results = (a: Actor) => questionnaireResults(a, m.implementationId);
const given = (a: Actor) => listGiven(a, m.implementationId);

/** The list holds the model's templates and this województwo's own only. */
async function templatesChecked(a: Actor) {
  const list = await listTemplates(a);
  if (!list.some((t) => t.id === familyId)) throw new Error('the model template is missing');
  if (list.some((t) => t.voivodeshipId !== null && t.voivodeshipId !== a.scope.voivodeshipId)) throw new Error('another województwo’s template is listed');
}

const NF = 'NOT_FOUND';
const FB = 'FORBIDDEN';
/** Reading Janów's implementation (it spans Janów and Dąbrowa; PZK members read its report). */
const VIEW = row('allow', 'allow', NF, NF, 'allow', 'allow', NF);
const GIVE = {
  gops_animator: row('allow', 'allow', NF, NF, FB, FB, NF),
  pcpr_animator: row('allow', '-', NF, NF, FB, FB, NF),
  rops_adviser: row(FB, '-', '-', NF, FB, FB, NF),
} as const;
const GIVE_NOTE = 'the animators of the implementation (both gminas) give out; readers are refused';
/** Templates: each ROPS in its own województwo; nobody else. */
const TEMPLATE = row('allow', '-', '-', 'allow', FB, FB, FB);
const L = 'lib/questionnaires/links.ts';
const T = 'lib/questionnaires/templates.ts';

const rows: MatrixRow[] = [
  { fn: `${T}#listTemplates`, role: 'rops_adviser', call: templatesChecked, expect: TEMPLATE, note: 'allow = the model’s and its own województwo’s templates' },
  { fn: `${T}#listTemplates`, role: 'gops_animator', call: templatesChecked, expect: row(FB, FB, FB, FB, FB, FB, FB), note: 'templates are ROPS data' },
  { fn: `${T}#getTemplate`, role: 'rops_admin', call: (a) => getTemplate(a, podlaskieTemplateId), expect: row('allow', '-', '-', NF, FB, FB, FB), note: 'podlaskie’s own template: mazowieckie does not find it' },
  { fn: `${T}#saveTemplateVersion`, role: 'rops_admin', call: (a) => saveTemplateVersion(a, template(`nowa_${uid()}`)), expect: TEMPLATE, note: 'a new template of its own województwo' },
  { fn: `${T}#saveTemplateVersion`, role: 'pcpr_animator', call: (a) => saveTemplateVersion(a, template(`nowa_${uid()}`)), expect: row(FB, '-', FB, FB, FB, FB, FB) },
  { fn: `${T}#setTemplateActive`, role: 'rops_admin', call: (a) => setTemplateActive(a, { templateId: podlaskieTemplateId, active: true }), expect: row('allow', '-', '-', NF, FB, FB, FB), note: 'podlaskie’s own template (already on: nothing changes); mazowieckie does not find it' },
  { fn: `${L}#listGiven`, role: 'gops_animator', call: given, expect: VIEW },
  { fn: `${L}#listGiven`, role: 'rops_adviser', call: given, expect: row('allow', '-', '-', NF, 'allow', 'allow', NF) },
  { fn: `${L}#giveLink`, role: 'gops_animator', call: give, expect: GIVE.gops_animator, note: GIVE_NOTE },
  { fn: `${L}#giveLink`, role: 'pcpr_animator', call: give, expect: GIVE.pcpr_animator, note: GIVE_NOTE },
  { fn: `${L}#giveLink`, role: 'rops_adviser', call: give, expect: GIVE.rops_adviser, note: 'ROPS keeps templates and reads results; it does not give out' },
  { fn: `${L}#inPersonForm`, role: 'gops_animator', call: form, expect: GIVE.gops_animator, note: GIVE_NOTE },
  { fn: `${L}#answerInPerson`, role: 'gops_animator', call: inPerson, expect: GIVE.gops_animator, note: GIVE_NOTE },
  { fn: `${L}#answerInPerson`, role: 'pzk_member', call: inPerson, expect: row(FB, FB, NF, NF, FB, FB, NF) },
  { fn: 'lib/questionnaires/report.ts#questionnaireResults', role: 'gops_animator', call: results, expect: VIEW },
  { fn: 'lib/questionnaires/report.ts#questionnaireResults', role: 'rops_adviser', call: results, expect: row('allow', '-', '-', NF, 'allow', 'allow', NF) },
];

export default { setup, rows } satisfies RowModule;

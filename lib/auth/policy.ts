import type { Role } from '@/db/schema';
import { ROLES, type ScopeLevel } from './roles';

/**
 * The one authorization policy. Every page, action, route handler and query asks it.
 * An action names who may do it; `scoped` actions also require the resource to lie inside the
 * territory (or institution) of the acting assignment.
 */
export type Action =
  | 'pulpit.view'
  | 'territory.view'
  | 'registry.view'
  | 'institution.view'
  | 'institution.manage'
  | 'account.review'
  | 'invitation.send'
  | 'invitation.review'
  | 'user.manage'
  | 'audit.read'
  | 'catalogue.view'
  | 'catalogue.manage'
  | 'notification.submit'
  | 'notification.view'
  | 'notification.review'
  | 'implementation.view'
  | 'regional_track.view'
  | 'schedule.update'
  | 'dashboard.view'
  | 'document.view'
  | 'document.manage'
  | 'template.manage'
  | 'pzk.view'
  | 'pzk.manage'
  | 'service.manage'
  | 'regional_service.manage'
  | 'outbox.read'
  | 'case.list'
  | 'case.refer'
  | 'case.supervise'
  | 'caseload.view'
  | 'training.view'
  | 'training.manage'
  | 'training_need.submit'
  | 'training_need.view'
  | 'material.manage'
  | 'practice.propose'
  | 'practice.publish'
  | 'evaluation.view'
  | 'evaluation.manage'
  | 'regional_report.view'
  | 'cost_rates.manage'
  | 'calculator.use'
  | 'region.view'
  | 'model_change.propose'
  | 'model_change.decide'
  | 'retention.manage'
  | 'retention.rules'
  | 'retention.institution'
  | 'data_request.manage'
  | 'coaching.view'
  | 'coaching.manage'
  | 'staff.profile'
  | 'staff.view'
  | 'wzk.view'
  | 'wzk.manage'
  | 'regional_evaluation.write'
  | 'event.manage'
  | 'diagnosis.view'
  | 'diagnosis.manage'
  | 'questionnaire.template'
  | 'questionnaire.give'
  | 'evaluation.answer'
  | 'cycle.decide';

const ALL_ROLES = Object.keys(ROLES) as Role[];
// Everyone who works in a województwo: all but the national administrator, who keeps the model and
// sees no województwo's data.
const REGIONAL_ROLES = ALL_ROLES.filter((r) => r !== 'national_admin');

// Kooperacje 3D (issue 17): the town's network worker (pracownik ds. sieci, scope: gmina) may do in
// its gmina what the PCPR animator may do in its powiat — notify ROPS, compose the PZK, its plan,
// meetings and services (the Lokalny Koszyk Usług), invite partners; `covers` keeps it to its gmina.

/**
 * `public`: also open to an anonymous visitor (no account) — the model's description and the
 * cost-of-inaction calculator, shown to a wójt or starosta in a meeting. Nothing scoped is public.
 */
export const PERMISSIONS: Record<Action, { roles: readonly Role[]; scoped: boolean; public?: true }> = {
  'pulpit.view': { roles: ALL_ROLES, scoped: false },
  'territory.view': { roles: REGIONAL_ROLES, scoped: true },
  'registry.view': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  'institution.view': { roles: REGIONAL_ROLES, scoped: true },
  'institution.manage': { roles: ['rops_admin', 'pcpr_animator', 'network_worker'], scoped: true },
  'account.review': { roles: ['rops_admin'], scoped: true },
  'user.manage': { roles: ['rops_admin'], scoped: true },
  // A PCPR animator invites people of the member institutions of the powiat's PZKs (they start as
  // "Członek PZK" without waiting for ROPS); the ROPS administrator sees every invitation and the
  // accounts made with them, and may revoke them.
  'invitation.send': { roles: ['pcpr_animator', 'network_worker'], scoped: true },
  'invitation.review': { roles: ['rops_admin'], scoped: true },
  'audit.read': { roles: ['rops_admin'], scoped: true },
  'catalogue.view': { roles: ALL_ROLES, scoped: false, public: true },
  // The model is national: its catalogue is one for the whole country, kept by the national
  // administrator; ROPS administrators propose changes to it (model_change.*).
  'catalogue.manage': { roles: ['national_admin'], scoped: false },
  'notification.submit': { roles: ['pcpr_animator', 'network_worker'], scoped: true },
  'notification.view': { roles: ['pcpr_animator', 'network_worker', 'rops_admin', 'rops_adviser'], scoped: true },
  'notification.review': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  'implementation.view': { roles: REGIONAL_ROLES, scoped: true },
  // The województwo's regional track (stage I, WZK meetings, promotion): ROPS and WZK over the
  // województwo; the animators of an implementation it serves read it through that implementation's
  // place (lib/implementations/tracks.ts asks with the place of one of its gmina tracks).
  'regional_track.view': { roles: ['rops_admin', 'rops_adviser', 'wzk_member', 'pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  'schedule.update': { roles: ['rops_admin', 'rops_adviser', 'pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  'dashboard.view': { roles: ['rops_admin', 'rops_adviser', 'wzk_member'], scoped: true },
  // Documents live where they apply: a regional agreement in the województwo, a powiat–gmina one
  // in the powiat (and each of its gminas may read it), PZK documents in their gmina.
  'document.view': { roles: REGIONAL_ROLES, scoped: true },
  'document.manage': { roles: ['rops_admin', 'rops_adviser', 'pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  // Templates are national, like the model catalogue.
  'template.manage': { roles: ['national_admin'], scoped: false },
  // A PZK lives in its gmina. Territorial roles covering it take part in it; an institution's
  // people take part once the institution has signed (lib/pzk/access.ts); ROPS reads every PZK.
  'pzk.view': { roles: REGIONAL_ROLES.filter((r) => r !== 'wzk_member'), scoped: true },
  // The PCPR animator decides the team's composition and keeps its pages; ROPS only reads.
  'pzk.manage': { roles: ['pcpr_animator', 'network_worker'], scoped: true },
  // Animators keep the gmina–powiat list of services; members propose changes.
  'service.manage': { roles: ['pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  // The regional list of services is kept by ROPS.
  'regional_service.manage': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // The e-mail outbox of the województwo (sent, waiting, failed), for its administrators.
  'outbox.read': { roles: ['rops_admin'], scoped: true },
  // Work with families (step 7.2). Who opens a case is decided per case (lib/cases/access.ts): its
  // key worker, its team, the two animators. Any PZK institution may refer a person or family.
  // Councillors answer for the evaluation of this work (its figures, /ewaluacja), not for families'
  // case accounts: they neither list nor refer cases.
  'case.list': { roles: REGIONAL_ROLES.filter((r) => r !== 'wzk_member' && r !== 'councillor'), scoped: false },
  'case.refer': { roles: ['pcpr_animator', 'network_worker', 'gops_animator', 'social_worker', 'pzk_member'], scoped: true },
  // ROPS opens cases read-only, for supervision, and only with a stated purpose.
  'case.supervise': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // Caseloads of key workers per gmina (numbers only, no family data).
  'caseload.view': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // Szkoła Kooperacji: ROPS runs the trainings; everyone working in the model sees them.
  'training.view': { roles: REGIONAL_ROLES, scoped: false },
  'training.manage': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // Animators and regional bodies (WZK) tell the ROPS adviser what training they need.
  'training_need.submit': { roles: ['pcpr_animator', 'network_worker', 'gops_animator', 'wzk_member'], scoped: true },
  'training_need.view': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // e-szkoła materials are published by ROPS.
  'material.manage': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // Good practices: any member proposes, a ROPS adviser publishes.
  'practice.propose': { roles: REGIONAL_ROLES, scoped: true },
  'practice.publish': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // Stage IV: the 9.2 report of an implementation (its powiat and gminas, ROPS, WZK read it);
  // the animators record activities and write the team's answers.
  'evaluation.view': { roles: REGIONAL_ROLES, scoped: true },
  'evaluation.manage': { roles: ['pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  'regional_report.view': { roles: ['rops_admin', 'rops_adviser', 'wzk_member'], scoped: true },
  // The cost-of-inaction calculator's rates, with their sources.
  'cost_rates.manage': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // The calculator itself, with a województwo's rates (chosen, else one's own) or the defaults.
  'calculator.use': { roles: ALL_ROLES, scoped: false, public: true },
  // The shared pages of one's own województwo (regional forum, public lists, e-szkoła, good
  // practices, calculator): everyone working in one.
  'region.view': { roles: REGIONAL_ROLES, scoped: false },
  // Changes to the national model: a ROPS administrator proposes one for their województwo, the
  // national administrator accepts (applies) or returns it.
  'model_change.propose': { roles: ['rops_admin'], scoped: true },
  'model_change.decide': { roles: ['national_admin'], scoped: false },
  // The data lifecycle (RODO): a ROPS administrator sees what has reached the end of its retention
  // in the województwo, places legal holds and approves destruction (anonymisation) batches with
  // the state archive's consent; the national administrator keeps the default retention classes; an
  // institution's own JRWA class is set by its animator (or ROPS for any institution of the
  // województwo).
  'retention.manage': { roles: ['rops_admin'], scoped: true },
  'retention.rules': { roles: ['national_admin'], scoped: false },
  'retention.institution': { roles: ['rops_admin', 'pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  // The register of data-subject requests (RODO art. 15–21) of the województwo, kept by its ROPS
  // administrator, who answers them (access summary, restriction, erasure by anonymisation).
  'data_request.manage': { roles: ['rops_admin'], scoped: true },
  // Kooperacje 3D (issue 17). Coaching and supervision of the people working in a town's ZZK: kept by
  // the town's network worker and OPS animator (and the PCPR animator of the powiat); ROPS reads
  // them with the regional report. No family data.
  'coaching.view': { roles: ['rops_admin', 'rops_adviser', 'pcpr_animator', 'gops_animator', 'network_worker'], scoped: true },
  'coaching.manage': { roles: ['pcpr_animator', 'gops_animator', 'network_worker'], scoped: true },
  // One's own staff profile (qualifications, specialisation, competence self-assessment): the people
  // who work with families or organise the network.
  'staff.profile': { roles: ['social_worker', 'gops_animator', 'network_worker', 'pcpr_animator'], scoped: false },
  // The staff overview of a gmina's OPS, for choosing who works in a ZZK: its OPS animator (the
  // manager's side of the platform) and network worker; ROPS for its województwo.
  'staff.view': { roles: ['rops_admin', 'rops_adviser', 'gops_animator', 'network_worker'], scoped: true },
  // The regional level (issue 18). The WZK's meetings, members (the parties of the signed regional
  // agreement) and minutes: ROPS keeps them, WZK members read them; the WZK writes the third level of
  // evaluation (the regional evaluation and recommendations) with ROPS.
  'wzk.view': { roles: ['rops_admin', 'rops_adviser', 'wzk_member'], scoped: true },
  'wzk.manage': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  'regional_evaluation.write': { roles: ['rops_admin', 'rops_adviser', 'wzk_member'], scoped: true },
  // The województwo's calendar: ROPS publishes events, takes registrations and invites institutions.
  // Public events and registration for them are open without an account (no action: lib/events).
  'event.manage': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  // Step 2.1: the powiat–gmina diagnosis, made by the animators (the network worker in a town),
  // read by ROPS when it decides on the notification.
  'diagnosis.view': { roles: ['rops_admin', 'rops_adviser', 'pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  'diagnosis.manage': { roles: ['pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  // Evaluation questionnaires: ROPS keeps the templates; the animators give them out for their
  // implementation (by link or in person); results are read with evaluation.view.
  'questionnaire.template': { roles: ['rops_admin', 'rops_adviser'], scoped: true },
  'questionnaire.give': { roles: ['pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
  // The team's answers to the evaluation questions: the animators, and the councillors responsible
  // for the evaluation (step 10.2 names them); they do not record activities (evaluation.manage).
  'evaluation.answer': { roles: ['pcpr_animator', 'network_worker', 'gops_animator', 'councillor'], scoped: true },
  // Step 9.2: the PZK's decision to continue (a new cycle from 2.2) or end, recorded by its leaders.
  'cycle.decide': { roles: ['pcpr_animator', 'network_worker', 'gops_animator'], scoped: true },
};

/** The scope an assignment grants. For an institution, its territory is carried too. */
export interface Scope {
  role: Role;
  level: ScopeLevel;
  voivodeshipId: number;
  powiatId: number | null;
  gminaId: number | null;
  institutionId: number | null;
}

/** Where a resource lives. Narrower fields are null when the resource spans a wider area. */
export interface ResourceScope {
  voivodeshipId: number;
  powiatId?: number | null;
  gminaId?: number | null;
  institutionId?: number | null;
}

export function covers(scope: Scope, r: ResourceScope): boolean {
  if (scope.voivodeshipId !== r.voivodeshipId) return false;
  switch (scope.level) {
    case 'national':
      // The national administrator keeps the model, not the data of any województwo.
      return false;
    case 'voivodeship':
      return true;
    case 'powiat':
      return r.powiatId != null && r.powiatId === scope.powiatId;
    case 'gmina':
      return r.gminaId != null && r.gminaId === scope.gminaId;
    case 'institution':
      if (r.institutionId != null) return r.institutionId === scope.institutionId;
      // A territorial resource: the institution's own gmina (or powiat, for a powiat institution).
      if (scope.gminaId != null) return r.gminaId === scope.gminaId;
      return r.powiatId != null && r.powiatId === scope.powiatId && r.gminaId == null;
  }
}

export function can(scope: Scope, action: Action, resource?: ResourceScope): boolean {
  const rule = PERMISSIONS[action];
  if (!rule.roles.includes(scope.role)) return false;
  if (!rule.scoped) return true;
  return resource !== undefined && covers(scope, resource);
}

/** May an anonymous visitor (no account, no role) do the action? */
export function isPublic(action: Action): boolean {
  return PERMISSIONS[action].public === true;
}

/** Role-level check without a resource: may this role ever do the action (navigation, lists)? */
export function mayEver(scope: Scope, action: Action): boolean {
  return PERMISSIONS[action].roles.includes(scope.role);
}

/**
 * May the actor open a page or file that checks `action` (on `resource`, where it lives)? The same
 * question `authorize` asks, without refusing: a page draws a link only when its reader may follow it.
 */
export function canOpen(actor: { scope: Scope }, action: Action, resource?: ResourceScope): boolean {
  return resource ? can(actor.scope, action, resource) : mayEver(actor.scope, action);
}

import type { Actor } from './actor';
import { mayEver, type Action } from './policy';

export interface NavItem {
  href: string;
  label: string;
}

/** A top-level entry of the menu: a named group of pages (drawn as a plain link when it holds one). */
export interface NavGroup {
  id: string;
  label: string;
  items: NavItem[];
}

/**
 * What the person's real situation adds to what their role may ever do (lib/auth/menu.ts reads it):
 * `teams` — a PZK they take part in, manage or oversee; `cases` — a case they may open; `referral` —
 * a team in which they may refer a person or family; `implementations` — an implementation (a track)
 * in their area; `evaluations` — an implementation whose stage IV report they read (also a powiat
 * institution's, of its powiat's implementation); `documents` — a document they may read.
 */
export interface NavSituation {
  teams: boolean;
  cases: boolean;
  referral: boolean;
  implementations: boolean;
  evaluations: boolean;
  documents: boolean;
}

// The entries that lead to nothing without a team, a case or an implementation: the team pages and
// the meeting calendar need a PZK; the case list a case to open or a team to refer to; the
// implementation list and its evaluation an implementation in the area — except for the
// województwo's roles, whose pages there are the województwo's overview and regional report; the
// document list a document (documents are made on an implementation's page).
const NEEDS: Partial<Record<string, (s: NavSituation, a: Actor) => boolean>> = {
  '/pzk': (s) => s.teams,
  '/kalendarz': (s) => s.teams,
  '/sprawy': (s) => s.cases || s.referral,
  '/wdrozenia': (s, a) => s.implementations || a.scope.level === 'voivodeship',
  '/ewaluacja': (s, a) => s.evaluations || a.scope.level === 'voivodeship',
  '/dokumenty': (s) => s.documents,
};

type Entry = NavItem & { action: Action | Action[] };

/** Marks where the entry of one's own area (gmina, powiat, institution) goes: second in "Moja praca". */
const AREA = Symbol('area');

/*
 * The groups of a working day, at most seven: one's own work first, then the implementation (its
 * schedule, notifications, documents), the team and its institutions, the persons and families,
 * the knowledge the model shares (training, materials, practices, the model itself, the calculator,
 * the services and the forum), the reports one reads, and the województwo's administration. An entry
 * shows when the role may do any of its actions.
 */
const GROUPS: { id: string; label: string; items: (Entry | typeof AREA)[] }[] = [
  {
    id: 'praca',
    label: 'Moja praca',
    items: [
      { href: '/pulpit', label: 'Pulpit', action: 'pulpit.view' },
      AREA,
      { href: '/kalendarz', label: 'Mój kalendarz spotkań', action: 'pzk.view' },
      { href: '/konto', label: 'Moje konto', action: 'pulpit.view' },
      { href: '/konto/profil-zawodowy', label: 'Mój profil zawodowy', action: 'staff.profile' },
    ],
  },
  {
    id: 'wdrozenie',
    label: 'Wdrożenie',
    items: [
      { href: '/wdrozenia', label: 'Wdrożenia', action: 'implementation.view' },
      { href: '/zgloszenia', label: 'Zgłoszenia', action: 'notification.view' },
      { href: '/dokumenty', label: 'Dokumenty', action: 'document.view' },
      { href: '/diagnozy', label: 'Diagnozy lokalne', action: 'diagnosis.view' },
      { href: '/wzk', label: 'Wojewódzki Zespół Kooperacji', action: 'wzk.view' },
    ],
  },
  {
    id: 'zespol',
    label: 'Zespół (PZK)',
    items: [
      { href: '/pzk', label: 'Partnerskie Zespoły Kooperacji', action: 'pzk.view' },
      { href: '/instytucje', label: 'Instytucje', action: 'institution.view' },
      { href: '/kadra', label: 'Kadra OPS', action: 'staff.view' },
    ],
  },
  {
    id: 'sprawy',
    label: 'Sprawy',
    items: [{ href: '/sprawy', label: 'Sprawy osób i rodzin', action: 'case.list' }],
  },
  {
    id: 'wiedza',
    label: 'Wiedza',
    items: [
      { href: '/szkola', label: 'Szkoła Kooperacji', action: 'training.view' },
      { href: '/wydarzenia', label: 'Kalendarz wojewódzki', action: 'region.view' },
      { href: '/e-szkola', label: 'e-szkoła', action: 'region.view' },
      { href: '/dobre-praktyki', label: 'Dobre praktyki', action: 'region.view' },
      { href: '/model', label: 'Model', action: 'catalogue.view' },
      { href: '/kalkulator', label: 'Kalkulator kosztów zaniechania', action: 'calculator.use' },
      { href: '/uslugi', label: 'Lista usług', action: 'region.view' },
      { href: '/forum', label: 'Forum regionalne', action: 'region.view' },
    ],
  },
  {
    id: 'raporty',
    label: 'Raporty',
    items: [
      { href: '/ewaluacja', label: 'Ewaluacja (etap IV)', action: 'evaluation.view' },
      { href: '/ankiety', label: 'Ankiety ewaluacyjne', action: 'questionnaire.template' },
      { href: '/sprawy/obciazenie', label: 'Obciążenie pracowników kluczowych', action: 'caseload.view' },
    ],
  },
  {
    id: 'administracja',
    label: 'Administracja',
    items: [
      { href: '/admin/wnioski', label: 'Wnioski o konta', action: 'account.review' },
      { href: '/admin/zaproszenia', label: 'Zaproszenia', action: 'invitation.review' },
      { href: '/admin/uzytkownicy', label: 'Użytkownicy', action: 'user.manage' },
      { href: '/rejestr', label: 'Rejestr terytorialny', action: 'registry.view' },
      { href: '/admin/wzory', label: 'Wzory dokumentów', action: ['template.manage', 'model_change.propose'] },
      { href: '/admin/propozycje', label: 'Propozycje zmian modelu', action: ['model_change.decide', 'model_change.propose'] },
      { href: '/admin/audyt', label: 'Dziennik zdarzeń', action: 'audit.read' },
      { href: '/admin/rodo', label: 'Żądania RODO', action: 'data_request.manage' },
      { href: '/admin/retencja', label: 'Retencja i brakowanie akt', action: ['retention.manage', 'retention.rules'] },
      { href: '/admin/poczta', label: 'Poczta wychodząca', action: 'outbox.read' },
    ],
  },
];

/** The menu of a visitor without an account: the public pages (policy `public` and the public lists), flat. */
export const PUBLIC_NAVIGATION: NavItem[] = [
  { href: '/', label: 'Strona główna' },
  { href: '/model', label: 'Model' },
  { href: '/kalkulator', label: 'Kalkulator kosztów zaniechania' },
  { href: '/uslugi', label: 'Lista usług' },
  { href: '/dobre-praktyki', label: 'Dobre praktyki' },
  { href: '/e-szkola', label: 'e-szkoła' },
  { href: '/wydarzenia', label: 'Kalendarz wojewódzki' },
  { href: '/weryfikacja', label: 'Weryfikacja dokumentu' },
];

const AREA_LABEL = { gmina: 'Moja gmina', powiat: 'Mój powiat', institution: 'Moja instytucja' } as const;

/**
 * The navigation of the actor's active role, in groups: only what the policy lets that role use
 * and, given the person's situation, only where they can do something (no team pages without a
 * team); a group left with nothing is dropped. Without a situation: everything the role may ever
 * use — the shell asks navigationForActor (lib/auth/menu.ts).
 */
export function navigationFor(actor: Actor, situation?: NavSituation): NavGroup[] {
  const level = actor.scope.level;
  const area: NavItem | null = level === 'voivodeship' || level === 'national' ? null : { href: actor.scope.homeHref, label: AREA_LABEL[level] };
  const shown = (e: Entry) => [e.action].flat().some((a) => mayEver(actor.scope, a)) && (!situation || (NEEDS[e.href]?.(situation, actor) ?? true));
  return GROUPS.map(({ id, label, items }) => ({
    id,
    label,
    items: items.flatMap((e): NavItem[] => (e === AREA ? (area ? [area] : []) : shown(e) ? [{ href: e.href, label: e.label }] : [])),
  })).filter((g) => g.items.length > 0);
}

/** Every entry of the groups, in their order (what the menu links to). */
export function navEntries(groups: NavGroup[]): NavItem[] {
  return groups.flatMap((g) => g.items);
}

/** The public menu as groups of one entry each: drawn as a flat row of links. */
export function flatGroups(items: NavItem[]): NavGroup[] {
  return items.map((i) => ({ id: i.href, label: i.label, items: [i] }));
}

import type { Actor } from './actor';
import { mayEver, type Action } from './policy';

export interface NavItem {
  href: string;
  label: string;
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

// An entry shows when the role may do any of its actions.
const ITEMS: (NavItem & { action: Action | Action[] })[] = [
  { href: '/pulpit', label: 'Pulpit', action: 'pulpit.view' },
  { href: '/wdrozenia', label: 'Wdrożenia', action: 'implementation.view' },
  { href: '/pzk', label: 'Partnerskie Zespoły Kooperacji', action: 'pzk.view' },
  { href: '/kalendarz', label: 'Mój kalendarz spotkań', action: 'pzk.view' },
  { href: '/sprawy', label: 'Sprawy osób i rodzin', action: 'case.list' },
  { href: '/dokumenty', label: 'Dokumenty', action: 'document.view' },
  { href: '/uslugi', label: 'Lista usług', action: 'region.view' },
  { href: '/forum', label: 'Forum regionalne', action: 'region.view' },
  { href: '/szkola', label: 'Szkoła Kooperacji', action: 'training.view' },
  { href: '/e-szkola', label: 'e-szkoła', action: 'region.view' },
  { href: '/dobre-praktyki', label: 'Dobre praktyki', action: 'region.view' },
  { href: '/ewaluacja', label: 'Ewaluacja (etap IV)', action: 'evaluation.view' },
  { href: '/kalkulator', label: 'Kalkulator kosztów zaniechania', action: 'calculator.use' },
  { href: '/zgloszenia', label: 'Zgłoszenia', action: 'notification.view' },
  { href: '/model', label: 'Model', action: 'catalogue.view' },
  { href: '/admin/wnioski', label: 'Wnioski o konta', action: 'account.review' },
  { href: '/admin/uzytkownicy', label: 'Użytkownicy', action: 'user.manage' },
  { href: '/rejestr', label: 'Rejestr terytorialny', action: 'registry.view' },
  { href: '/instytucje', label: 'Instytucje', action: 'institution.view' },
  { href: '/admin/wzory', label: 'Wzory dokumentów', action: ['template.manage', 'model_change.propose'] },
  { href: '/admin/propozycje', label: 'Propozycje zmian modelu', action: ['model_change.decide', 'model_change.propose'] },
  { href: '/admin/audyt', label: 'Dziennik zdarzeń', action: 'audit.read' },
  { href: '/sprawy/obciazenie', label: 'Obciążenie pracowników kluczowych', action: 'caseload.view' },
  { href: '/admin/poczta', label: 'Poczta wychodząca', action: 'outbox.read' },
  { href: '/konto', label: 'Moje konto', action: 'pulpit.view' },
];

/** The menu of a visitor without an account: the public pages (policy `public` and the public lists). */
export const PUBLIC_NAVIGATION: NavItem[] = [
  { href: '/', label: 'Strona główna' },
  { href: '/model', label: 'Model' },
  { href: '/kalkulator', label: 'Kalkulator kosztów zaniechania' },
  { href: '/uslugi', label: 'Lista usług' },
  { href: '/dobre-praktyki', label: 'Dobre praktyki' },
  { href: '/e-szkola', label: 'e-szkoła' },
  { href: '/weryfikacja', label: 'Weryfikacja dokumentu' },
];

const AREA_LABEL = { gmina: 'Moja gmina', powiat: 'Mój powiat', institution: 'Moja instytucja' } as const;

/**
 * The navigation of the actor's active role: only what the policy lets that role use and, given the
 * person's situation, only where they can do something (no team pages without a team). Without a
 * situation: everything the role may ever use — the shell asks navigationForActor (lib/auth/menu.ts).
 */
export function navigationFor(actor: Actor, situation?: NavSituation): NavItem[] {
  const items: NavItem[] = ITEMS.filter((i) => [i.action].flat().some((a) => mayEver(actor.scope, a)))
    .filter((i) => !situation || (NEEDS[i.href]?.(situation, actor) ?? true))
    .map(({ href, label }) => ({ href, label }));
  if (actor.scope.level !== 'voivodeship' && actor.scope.level !== 'national') {
    items.splice(1, 0, { href: actor.scope.homeHref, label: AREA_LABEL[actor.scope.level] });
  }
  return items;
}

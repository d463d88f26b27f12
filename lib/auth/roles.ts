import type { Role } from '@/db/schema';

export type ScopeLevel = 'national' | 'voivodeship' | 'powiat' | 'gmina' | 'institution';

export interface RoleInfo {
  label: string;
  /** The scope levels an assignment of this role may have; the first is the default. */
  levels: readonly ScopeLevel[];
  description: string;
}

export const ROLES: Record<Role, RoleInfo> = {
  rops_admin: {
    label: 'Administrator ROPS',
    levels: ['voivodeship'],
    description: 'Zatwierdza konta, prowadzi rejestr terytorialny i instytucji województwa.',
  },
  rops_adviser: {
    label: 'Doradca ROPS ds. modelu',
    levels: ['voivodeship'],
    description: 'Śledzi wdrożenia modelu we wszystkich gminach województwa.',
  },
  wzk_member: {
    label: 'Członek WZK',
    levels: ['voivodeship'],
    description: 'Członek Wojewódzkiego Zespołu Kooperacji — wgląd w postęp wdrożeń.',
  },
  pcpr_animator: {
    label: 'Animator PCPR',
    levels: ['powiat'],
    description: 'Lider współpracy instytucji w powiecie, tworzy PZK i plan pracy.',
  },
  gops_animator: {
    label: 'Animator GOPS',
    levels: ['gmina'],
    description: 'Lider pracy z osobami i rodzinami w gminie, zwykle pracownik kluczowy.',
  },
  social_worker: {
    label: 'Pracownik socjalny / asystent rodziny',
    levels: ['gmina', 'powiat'],
    description: 'Pracownik kluczowy lub członek zespołu w pracy z rodziną.',
  },
  pzk_member: {
    label: 'Członek PZK',
    levels: ['institution'],
    description: 'Przedstawiciel instytucji w Partnerskim Zespole Kooperacji.',
  },
  councillor: {
    label: 'Radny',
    levels: ['gmina', 'powiat'],
    description: 'Radny gminy lub powiatu — członek PZK odpowiedzialny za ewaluację.',
  },
  family_expert: {
    label: 'Lider-ekspert / ekspert rodzin',
    levels: ['gmina'],
    description: 'Osoba z doświadczeniem wsparcia, członek PZK z ograniczonym dostępem do danych.',
  },
  network_worker: {
    label: 'Pracownik ds. sieci',
    levels: ['gmina'],
    description: 'Kooperacje 3D: pracownik OPS, który organizuje PZK i ZZK, prowadzi Lokalny Koszyk Usług i monitoruje współpracę w mieście.',
  },
  national_admin: {
    label: 'Administrator krajowy modelu',
    levels: ['national'],
    description: 'Prowadzi krajowy katalog modelu i wzory dokumentów; przyjmuje lub zwraca propozycje zmian od ROPS.',
  },
};

export const ROLE_VALUES = Object.keys(ROLES) as Role[];

/** Roles one can ask for through the public account request form (not the national administrator). */
export const REQUESTABLE_ROLES = ROLE_VALUES.filter((r) => !ROLES[r].levels.includes('national'));

/**
 * The national administrator's scope has no województwo: it carries this id, which no
 * województwo has, so every territorial check and every query scoped by województwo fails closed.
 */
export const NO_VOIVODESHIP = 0;

export function roleLabel(role: Role): string {
  return ROLES[role].label;
}

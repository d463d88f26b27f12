import type { InstitutionType } from '@/db/schema';

export const INSTITUTION_TYPES: Record<InstitutionType, string> = {
  ops: 'Ośrodek pomocy społecznej (GOPS/OPS/MOPS)',
  pcpr: 'Powiatowe centrum pomocy rodzinie (PCPR)',
  rops: 'Regionalny ośrodek polityki społecznej (ROPS)',
  school: 'Szkoła',
  kindergarten: 'Przedszkole',
  police: 'Policja',
  health: 'Ochrona zdrowia',
  probation: 'Kuratorska służba sądowa',
  labour_office: 'Urząd pracy',
  ngo: 'Organizacja pozarządowa',
  wtz: 'Warsztat terapii zajęciowej (WTZ)',
  sds: 'Środowiskowy dom samopomocy (ŚDS)',
  dps: 'Dom pomocy społecznej (DPS)',
  culture: 'Instytucja kultury',
  legal_aid: 'Punkt nieodpłatnej pomocy prawnej',
  other: 'Inna',
};

export const INSTITUTION_TYPE_VALUES = Object.keys(INSTITUTION_TYPES) as InstitutionType[];

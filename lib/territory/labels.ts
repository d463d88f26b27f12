import type { GminaKind } from '@/db/schema';

export const GMINA_KIND_LABELS: Record<GminaKind, string> = {
  urban: 'gmina miejska',
  rural: 'gmina wiejska',
  urban_rural: 'gmina miejsko-wiejska',
};

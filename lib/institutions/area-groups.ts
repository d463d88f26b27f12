import { GMINA_KIND_LABELS } from '@/lib/territory/labels';
import type { GminaKind } from '@/db/schema';

/** The area select's option groups: the województwo (when allowed), then each powiat with its gminas. */
export function areaGroups(options: { wholeVoivodeship: boolean; powiats: { powiatId: number; powiatName: string; gminas: { id: number; name: string; kind: string }[] }[] }) {
  const groups = options.powiats.map((p) => ({
    label: `powiat ${p.powiatName}`,
    options: [
      { value: `p:${p.powiatId}`, label: `powiat ${p.powiatName} (instytucja powiatowa)` },
      ...p.gminas.map((g) => ({ value: `g:${g.id}`, label: `${g.name} — ${GMINA_KIND_LABELS[g.kind as GminaKind]}` })),
    ],
  }));
  return options.wholeVoivodeship ? [{ label: 'województwo', options: [{ value: 'v', label: 'całe województwo (instytucja wojewódzka)' }] }, ...groups] : groups;
}

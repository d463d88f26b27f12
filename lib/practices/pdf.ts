import 'server-only';
import { createElement } from 'react';
import { GoodPracticePdf } from '@/components/pdf/GoodPracticePdf';
import type { Actor } from '@/lib/auth/actor';
import { renderPdf } from '@/lib/pdf/render';
import { slug } from '@/lib/services/normalize';
import { formatDate } from '@/lib/text';
import { getPractice } from './practices';
import { placeLabel } from './text';

/** The printable sheet: public for a published practice, for its author and ROPS while proposed. */
export async function practicePdf(actor: Actor | null, id: number) {
  const { practice: p } = await getPractice(actor, id);
  const pdf = await renderPdf(
    createElement(GoodPracticePdf, {
      data: {
        name: p.name,
        level: p.level,
        area: p.area,
        description: p.description,
        conditions: p.conditions,
        process: p.process,
        solution: p.solution,
        swotStrengths: p.swotStrengths,
        swotWeaknesses: p.swotWeaknesses,
        swotOpportunities: p.swotOpportunities,
        swotThreats: p.swotThreats,
        measures: p.measures,
        place: placeLabel(p),
        voivodeshipName: p.voivodeshipName,
        contact: p.contact,
        publishedOn: p.status === 'published' && p.publishedAt ? formatDate(p.publishedAt) : null,
      },
    }),
  );
  return { pdf, fileName: `dobra-praktyka-${slug(p.name).slice(0, 60)}.pdf` };
}

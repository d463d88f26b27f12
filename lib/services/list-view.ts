import type { ModelVariant } from '@/db/schema';

/*
 * How a PZK's list of services is shown in each variant of the model (issue 17, item 3), as data:
 * the list's name comes from the variant's words (lib/model/variant.ts); here is what else
 * differs — in Kooperacje 3D the list is the Lokalny Koszyk Usług, made of the partners' service
 * cards, so each entry is shown as a card; the rural list keeps its compact entries.
 */
interface ListView {
  layout: 'list' | 'card';
  /** What the list holds, after the PZK's name in the page's lead. */
  about: string;
  /** What "Drukuj … (PDF)" prints (accusative). */
  printWhat: string;
  /** Who approves a member's proposal: nominative and genitive ("czeka na …"). */
  approver: { nom: string; gen: string };
}

export const LIST_VIEW: Record<ModelVariant, ListView> = {
  rural: {
    layout: 'list',
    about: 'usługi i aktywności dostępne dla osób i rodzin w gminie i powiecie',
    printWhat: 'listę usług',
    approver: { nom: 'animator (PCPR lub GOPS)', gen: 'animatora' },
  },
  urban_3d: {
    layout: 'card',
    about: 'karty usług partnerów PZK — usługi i aktywności dostępne dla osób i rodzin w mieście, każda z koordynatorem u partnera',
    printWhat: 'LKU',
    approver: { nom: 'pracownik ds. sieci', gen: 'pracownika ds. sieci' },
  },
};

/** "gmina Janów, powiat sokólski"; a city with powiat rights is one unit: "miasto Białystok". */
export const townOf = (p: { gminaName: string; powiatName: string }) => (p.gminaName === p.powiatName ? `miasto ${p.gminaName}` : `gmina ${p.gminaName}, powiat ${p.powiatName}`);

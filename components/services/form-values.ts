import type { RegionalServiceEditInput } from '@/lib/services/schemas';

/** Both lists' form values; a PZK's entry also names the coordinator at the partner. */
export type ServiceFormValues = RegionalServiceEditInput & { coordinator?: string };

interface Entry {
  id: number;
  version: number;
  name: string;
  description: string;
  providerInstitutionId: number | null;
  providerName: string;
  targetGroups: string[];
  areas: string[];
  conditions: string;
  cost: string;
  place: string;
  contact: string;
  referral: string;
  lastReviewedOn: string | null;
  powiatId: number | null;
  coordinator?: string;
}

/** The entry form's starting values: an entry being edited, or an empty one checked today. */
export function formValues(entry: Entry | undefined, today: string): ServiceFormValues {
  if (!entry) {
    return { name: '', description: '', targetGroups: [], areas: [], providerInstitutionId: '', providerName: '', conditions: '', cost: '', place: '', contact: '', referral: '', coordinator: '', lastReviewedOn: today, powiatId: '', id: '', version: '' };
  }
  return {
    id: entry.id,
    version: entry.version,
    name: entry.name,
    description: entry.description,
    targetGroups: entry.targetGroups,
    areas: entry.areas,
    // A registry institution is chosen in the select; its name is not typed.
    providerInstitutionId: entry.providerInstitutionId ? String(entry.providerInstitutionId) : '',
    providerName: entry.providerInstitutionId ? '' : entry.providerName,
    conditions: entry.conditions,
    cost: entry.cost,
    place: entry.place,
    contact: entry.contact,
    referral: entry.referral,
    coordinator: entry.coordinator ?? '',
    lastReviewedOn: entry.lastReviewedOn ?? '',
    powiatId: entry.powiatId ? String(entry.powiatId) : '',
  };
}


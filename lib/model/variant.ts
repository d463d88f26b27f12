import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { cases, catalogueVersions, implementations, pzks, type ModelVariant } from '@/db/schema';

/*
 * What the model's variant changes, as data (issue 17): the words a page uses and the rules that
 * differ. Pages and PDFs ask here rather than compare the variant themselves, so the rural model
 * and Kooperacje 3D keep one code path wherever they agree.
 */

export interface VariantWords {
  /** Who organises the PZK: "Animator PCPR" / "Pracownik ds. sieci". */
  leader: string;
  /** The same in running text: "animator PCPR" / "pracownik ds. sieci". */
  leaderInText: string;
  /** The team around one person or family, in a heading: "Zespół sprawy" / "ZZK — Zadaniowy Zespół Kooperacyjny". */
  caseTeam: string;
  /** The same, short, in running text and tabs: "zespół sprawy" / "ZZK". */
  caseTeamShort: string;
  /** Of the team (genitive): "Spotkania zespołu sprawy" / "Spotkania ZZK". */
  caseTeamOf: string;
  /** The PZK's list of services: "Lista aktywności i usług" / "Lokalny Koszyk Usług". */
  serviceList: string;
  /** The same, short: "lista usług" / "LKU". */
  serviceListShort: string;
  /** Of the list (genitive): "zmiana listy aktywności i usług" / "zmiana Lokalnego Koszyka Usług". */
  serviceListOf: string;
  /** On the list (locative, with its preposition): "na liście aktywności i usług" / "w Lokalnym Koszyku Usług". */
  serviceListIn: string;
}

export const VARIANT_WORDS: Record<ModelVariant, VariantWords> = {
  rural: {
    leader: 'Animator PCPR',
    leaderInText: 'animator PCPR',
    caseTeam: 'Zespół sprawy',
    caseTeamShort: 'zespół sprawy',
    caseTeamOf: 'zespołu sprawy',
    serviceList: 'Lista aktywności i usług',
    serviceListShort: 'lista usług',
    serviceListOf: 'listy aktywności i usług',
    serviceListIn: 'na liście aktywności i usług',
  },
  urban_3d: {
    leader: 'Pracownik ds. sieci',
    leaderInText: 'pracownik ds. sieci',
    caseTeam: 'ZZK — Zadaniowy Zespół Kooperacyjny',
    caseTeamShort: 'ZZK',
    caseTeamOf: 'ZZK',
    serviceList: 'Lokalny Koszyk Usług',
    serviceListShort: 'LKU',
    serviceListOf: 'Lokalnego Koszyka Usług',
    serviceListIn: 'w Lokalnym Koszyku Usług',
  },
};

export function wordsFor(variant: ModelVariant): VariantWords {
  return VARIANT_WORDS[variant];
}

/**
 * A city with powiat rights (miasto na prawach powiatu): its TERYT powiat code (the last two
 * digits of the 4-digit powiat code) is 61 or more. The city is both gmina and powiat.
 */
export function isCityWithPowiatRights(powiatTeryt: string): boolean {
  return /^\d{4}$/.test(powiatTeryt) && Number(powiatTeryt.slice(2)) >= 61;
}

export const CITY_WITH_POWIAT_RIGHTS_NOTE = 'nie dotyczy — miasto na prawach powiatu';

/**
 * The schedule's sub-steps that do not apply to a gmina, with why: in a city with powiat rights the
 * powiat–gmina agreement (step 3) has the same unit on both sides, so the PZK agreement is the
 * first formal document. Codes are step codes as in the catalogue ("3" covers "3" and "3.x").
 */
export function notApplicableSteps(powiatTeryt: string): { codes: string[]; note: string } | null {
  return isCityWithPowiatRights(powiatTeryt) ? { codes: ['3'], note: CITY_WITH_POWIAT_RIGHTS_NOTE } : null;
}

/** The variant an implementation runs (its catalogue version's). */
export async function variantOfImplementation(db: DbOrTx, implementationId: number): Promise<ModelVariant | null> {
  const [row] = await db
    .select({ variant: catalogueVersions.variant })
    .from(implementations)
    .innerJoin(catalogueVersions, eq(catalogueVersions.id, implementations.catalogueVersionId))
    .where(eq(implementations.id, implementationId));
  return row?.variant ?? null;
}

/** The variant a PZK works in (its implementation's). */
export async function variantOfPzk(db: DbOrTx, pzkId: number): Promise<ModelVariant | null> {
  const [row] = await db
    .select({ variant: catalogueVersions.variant })
    .from(pzks)
    .innerJoin(implementations, eq(implementations.id, pzks.implementationId))
    .innerJoin(catalogueVersions, eq(catalogueVersions.id, implementations.catalogueVersionId))
    .where(eq(pzks.id, pzkId));
  return row?.variant ?? null;
}

/** The variant a case is worked in (its PZK's). */
export async function variantOfCase(db: DbOrTx, caseId: number): Promise<ModelVariant | null> {
  const [row] = await db
    .select({ variant: catalogueVersions.variant })
    .from(cases)
    .innerJoin(pzks, eq(pzks.id, cases.pzkId))
    .innerJoin(implementations, eq(implementations.id, pzks.implementationId))
    .innerJoin(catalogueVersions, eq(catalogueVersions.id, implementations.catalogueVersionId))
    .where(eq(cases.id, caseId));
  return row?.variant ?? null;
}

import { Facts, Heading } from '../primitives';
import { CaseFrame, HouseholdTable, pdfDate, PrintNote, Section, SignatureBoxes, type CasePdfMember, type CasePdfMeta } from './common';

export interface KartaOczekiwanData {
  meta: CasePdfMeta;
  members: CasePdfMember[];
  referral: {
    referringInstitutionName: string;
    referrerName: string;
    referredOn: string;
    situation: string;
    reasons: string;
    expectations: string;
    expectedFrom: string;
  };
  /** "spotkanie comiesięczne, 14.01.2027, 10:00", or null when not yet presented. */
  meeting: string | null;
}

/** Karta oczekiwań: who is referred, by whom, why, what is expected and from whom. */
export function KartaOczekiwanPdf({ data }: { data: KartaOczekiwanData }) {
  const { meta, referral: r } = data;
  return (
    <CaseFrame meta={meta} title="Karta oczekiwań">
      <Facts
        items={[
          ['Numer sprawy', meta.caseNumber],
          ['Zgłoszenie dotyczy', meta.caseKindLabel],
          ['Partnerski Zespół Kooperacji', `${meta.pzkName} (powiat ${meta.powiatName})`],
          ['Data zgłoszenia', pdfDate(r.referredOn)],
          ['Instytucja zgłaszająca', r.referringInstitutionName],
          ['Osoba zgłaszająca', r.referrerName],
          ['Pracownik kluczowy', [meta.keyWorkerName, meta.keyWorkerInstitution].filter(Boolean).join(', ')],
          ['Przedstawiono na spotkaniu PZK', data.meeting ?? 'jeszcze nie przedstawiono'],
        ]}
      />
      <HouseholdTable members={data.members} caption={meta.caseKind === 'person' ? 'Osoba zgłoszona' : meta.caseKind === 'group' ? 'Skład grupy' : 'Skład gospodarstwa domowego'} />
      <Heading>Zgłoszenie</Heading>
      <Section title="Sytuacja osoby/rodziny" text={r.situation} />
      <Section title="Powody zgłoszenia" text={r.reasons} />
      <Section title="Czego oczekuje się od współpracy" text={r.expectations} />
      <Section title="Od kogo oczekuje się działań" text={r.expectedFrom} />
      <SignatureBoxes boxes={[{ role: 'Osoba zgłaszająca', name: r.referrerName, detail: r.referringInstitutionName }, { role: 'Pracownik kluczowy', name: meta.keyWorkerName, detail: meta.keyWorkerInstitution }]} />
      <PrintNote meta={meta} />
    </CaseFrame>
  );
}

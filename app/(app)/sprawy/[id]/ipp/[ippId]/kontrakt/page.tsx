import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { ContractForm } from '@/components/cases/ContractForm';
import { linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getIppPage } from '@/lib/cases/ipp';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Kontrakt' };

export default async function ContractPage({ params }: { params: Promise<{ id: string; ippId: string }> }) {
  const { id, ippId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(ippId)) notFound();
  const actor = await requireActor();
  const data = await guard(getIppPage(actor, Number(id), Number(ippId), 'kontrakt'));
  const c = data.case;
  const { ipp } = data;
  const contract = ipp.contract;
  return (
    <>
      <CaseHeader
        c={c}
        current="/ipp"
        title={`Kontrakt do IPP ${ipp.sequence}`}
        actions={
          contract && !c.freeze && (
            <a href={`/sprawy/${c.id}/pdf/kontrakt/${ipp.id}`} className={linkClass}>
              Kontrakt (PDF)
            </a>
          )
        }
      />
      <p className="mb-4">
        <Link href={`/sprawy/${c.id}/ipp/${ipp.id}`} className={linkClass}>
          IPP {ipp.sequence} ({formatDate(ipp.startsOn)}–{formatDate(ipp.endsOn)})
        </Link>
      </p>
      <p className="mb-4 max-w-3xl text-slate-700">Kontrakt jest dobrowolny. Powstaje na podstawie IPP: zobowiązania rodziny wynikają z celów, zobowiązania instytucji — z zadań.</p>
      {data.editable ? (
        ipp.goals.length ? (
          <ContractForm
            caseId={c.id}
            ippId={ipp.id}
            version={ipp.version}
            defaults={contract ?? { ...data.contractDraft, concludedOn: '' }}
            draft={{ ...data.contractDraft, concludedOn: '' }}
          />
        ) : (
          <p className="rounded border border-slate-300 bg-slate-50 p-3">Najpierw zapisz cele IPP — kontrakt powstaje na ich podstawie.</p>
        )
      ) : contract ? (
        <dl className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
          {(
            [
              ['Data zawarcia kontraktu', formatDate(contract.concludedOn)],
              ['Zobowiązania rodziny', contract.familyCommitments],
              ['Zobowiązania pracownika kluczowego', contract.workerCommitments],
              ['Zobowiązania instytucji', contract.institutionCommitments || '—'],
              ['Konsekwencje niedotrzymania ustaleń', contract.consequences || '—'],
            ] as const
          ).map(([k, v]) => (
            <div key={k}>
              <dt className="font-semibold">{k}</dt>
              <dd className="whitespace-pre-line">{v}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-slate-700">Do tego IPP nie zawarto kontraktu.</p>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseHeader } from '@/components/cases/CaseNav';
import { IppForm, type IppFormValues } from '@/components/cases/IppForm';
import { IppGoalsTable } from '@/components/cases/IppGoalsTable';
import { linkClass } from '@/components/ui/PageHeader';
import type { IppRow } from '@/db/schema';
import { requireActor } from '@/lib/auth/session';
import { getIppPage } from '@/lib/cases/ipp';
import { StepAttachments } from '@/components/cases/StepAttachments';
import { HOUSEHOLD_MEMBER, nextIppStart } from '@/lib/cases/ipp-rules';
import { PZK_ATTENDANCE } from '@/lib/cases/vocabulary';
import { guard } from '@/lib/page-guard';
import { MEETING_KINDS, utcToWarsawLocal } from '@/lib/pzk/meeting-schemas';
import { formatDate, formatDateTime } from '@/lib/text';

export const metadata: Metadata = { title: 'IPP' };

/** The stored IPP as the form holds it: strings, and only choices the selects still offer. */
function formValues(caseId: number, ipp: IppRow, members: { id: number }[], serviceIds: Set<number>, institutionIds: Set<number>): IppFormValues {
  return {
    caseId,
    ippId: ipp.id,
    version: ipp.version,
    startsOn: ipp.startsOn,
    endsOn: ipp.endsOn,
    pzkAttendance: ipp.pzkAttendance,
    acceptedOn: ipp.acceptedOn ?? '',
    acceptedMeetingId: ipp.acceptedMeetingId ? String(ipp.acceptedMeetingId) : '',
    goals: ipp.goals.map((g) => ({
      key: g.key,
      memberId: g.memberId === null ? HOUSEHOLD_MEMBER : String(g.memberId),
      area: g.area,
      title: g.title,
      expectedEffect: g.expectedEffect,
      baseline: String(g.baseline),
      target: String(g.target),
      tasks: g.tasks.map((t) => {
        const listed = t.institutionId != null && institutionIds.has(t.institutionId);
        return {
          key: t.key,
          serviceId: t.serviceId != null && serviceIds.has(t.serviceId) ? String(t.serviceId) : '',
          description: t.description,
          institutionId: listed ? String(t.institutionId) : '',
          institutionName: listed ? '' : t.institutionName,
          person: t.person,
          dueOn: t.dueOn,
        };
      }),
    })),
    memberReasons: members.map((m) => ({ memberId: String(m.id), reason: ipp.memberReasons.find((r) => r.memberId === m.id)?.reason ?? '' })),
  };
}

export default async function IppPage({ params }: { params: Promise<{ id: string; ippId: string }> }) {
  const { id, ippId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(ippId)) notFound();
  const actor = await requireActor();
  const data = await guard(getIppPage(actor, Number(id), Number(ippId)));
  const c = data.case;
  const { ipp } = data;
  const links = (
    <span className="flex flex-wrap gap-4">
      <Link href={`/sprawy/${c.id}/ipp/${ipp.id}/kontrakt`} className={linkClass}>
        Kontrakt do IPP {ipp.sequence}
        {ipp.contract ? ` (zawarty ${formatDate(ipp.contract.concludedOn)})` : ''}
      </Link>
      {!c.freeze && ipp.goals.length > 0 && (
        <a href={`/sprawy/${c.id}/pdf/ipp/${ipp.id}`} className={linkClass}>
          IPP {ipp.sequence} (PDF)
        </a>
      )}
    </span>
  );
  return (
    <>
      <CaseHeader c={c} current="/ipp" title={`IPP ${ipp.sequence}`} actions={links} />
      <p className="mb-4">
        <Link href={`/sprawy/${c.id}/ipp`} className={linkClass}>
          Wszystkie IPP tej sprawy
        </Link>
      </p>
      {data.editable && data.options ? (
        <IppForm
          sequence={ipp.sequence}
          defaults={formValues(c.id, ipp, data.members, new Set(data.options.services.map((s) => s.id)), new Set(data.options.institutions.map((i) => i.id)))}
          options={{
            members: data.members,
            services: data.options.services.map((s) => ({ id: s.id, name: s.name, providerInstitutionId: s.providerInstitutionId, providerName: s.providerName })),
            institutions: data.options.institutions,
            meetings: data.options.meetings.map((m) => ({ value: String(m.id), label: `${formatDateTime(m.startsAt)} (${MEETING_KINDS[m.kind]})`, date: utcToWarsawLocal(m.startsAt).slice(0, 10) })),
          }}
          locked={data.locked}
          caseEnd={data.caseEnd}
          earliestStart={data.previous ? nextIppStart(data.previous.endsOn) : null}
        />
      ) : (
        <>
          <dl className="mb-6 max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
            {(
              [
                ['Okres', `${formatDate(ipp.startsOn)}–${formatDate(ipp.endsOn)}`],
                ['Decyzja rodziny o udziale w spotkaniach PZK', PZK_ATTENDANCE[ipp.pzkAttendance]],
                [
                  'Akceptacja przez PZK',
                  ipp.acceptedOn ? `${formatDate(ipp.acceptedOn)}${data.acceptedMeeting ? ` (spotkanie ${formatDateTime(data.acceptedMeeting.startsAt)})` : ''}` : 'jeszcze nie zaakceptowano',
                ],
              ] as const
            ).map(([k, v]) => (
              <div key={k}>
                <dt className="font-semibold">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <h2 className="mb-3 text-xl font-semibold">Cele i zadania</h2>
          <IppGoalsTable goals={ipp.goals} members={data.members} reasons={ipp.memberReasons} />
          {c.access === 'write' && !c.freeze && <p className="mt-3 text-sm text-slate-700">IPP zmienia się tylko w sprawie w realizacji.</p>}
        </>
      )}
      <StepAttachments c={c} id="podpisane" title={`Podpisany IPP ${ipp.sequence} i kontrakt w aktach sprawy`} empty="Brak skanu podpisanego programu lub kontraktu." belongs={(a) => a.ippId === ipp.id} />
    </>
  );
}

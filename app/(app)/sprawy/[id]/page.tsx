import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { CloseCaseForm, ConsentForm, MemberForm, RemoveMemberButton, TeamForm, WithdrawConsentForm } from '@/components/cases/CaseAccountForms';
import { CaseHeader } from '@/components/cases/CaseNav';
import { FROZEN_PRINT_NOTE } from '@/components/cases/CaseFreezeBanner';
import { Disclosure } from '@/components/ui/Disclosure';
import { linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getCaseOverview } from '@/lib/cases/cases';
import { AttachmentList } from '@/components/cases/AttachmentList';
import { caseEnd } from '@/lib/cases/periods';
import { CONSENT_FORMS, CONSENT_KINDS, EVALUATION_OUTCOMES, REMINDER_LABELS } from '@/lib/cases/vocabulary';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';
import { plural, WORDS } from '@/lib/plural';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Sprawa osoby lub rodziny' };

const h2 = 'mb-2 mt-8 text-xl font-semibold';

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  // A family expert on the team opens only the team's tasks and the dziennik (lib/cases/team-work.ts).
  if (actor.scope.role === 'family_expert') redirect(`/sprawy/${id}/zadania`);
  const o = await guard(getCaseOverview(actor, Number(id)));
  const c = o.case;
  const caseFiles = o.attachments;
  const writer = c.access === 'write';
  // A frozen case (restricted, RODO art. 18, or anonymised) is read only: no forms.
  const openForWork = !c.freeze && (c.status === 'referred' || c.status === 'qualified' || c.status === 'after_care');
  const end = caseEnd(c);
  const n = (k: 'workshop' | 'team_review' | 'supervision') => o.sessions[k] ?? 0;
  const steps: { label: string; href: string; state: string }[] = [
    { label: '1. Karta oczekiwań', href: '/karta', state: o.referral ? `zgłoszono ${formatDate(o.referral.referredOn)}${o.referral.meetingId ? ', przedstawiono na spotkaniu PZK' : ', nie przedstawiono jeszcze na spotkaniu PZK'}` : '—' },
    { label: '2. Kwalifikacja', href: '/kwalifikacja', state: o.qualification ? `${o.qualification.decision === 'qualified' ? 'zakwalifikowano' : 'odmowa'} ${formatDate(o.qualification.decidedOn)}` : 'oczekuje na decyzję' },
    { label: '3. Diagnoza wielowymiarowa', href: '/diagnoza', state: o.diagnosis ? `postawiona ${formatDate(o.diagnosis.diagnosedOn)} (wersja ${o.diagnosis.version}); warsztaty: ${n('workshop')} z min. 2` : 'nie rozpoczęto' },
    { label: '4. IPP', href: '/ipp', state: o.ipps.length ? o.ipps.map((i) => `IPP ${i.sequence}: ${formatDate(i.startsOn)}–${formatDate(i.endsOn)}${i.acceptedOn ? ' (zaakceptowany)' : ''}`).join('; ') : 'brak' },
    { label: '5. Monitoring', href: '/monitoring', state: o.monitoring.count ? `${o.monitoring.count} ${plural(o.monitoring.count, WORDS.meeting)}, ostatnie ${formatDate(o.monitoring.last!)}; przeglądy zespołu: ${n('team_review')}, superwizje: ${n('supervision')}` : 'brak spotkań monitorujących' },
    { label: '6. Ewaluacja końcowa', href: '/ewaluacja', state: o.evaluation ? `${EVALUATION_OUTCOMES[o.evaluation.outcome]} (${formatDate(o.evaluation.evaluatedOn)})` : end ? `najpóźniej do ${formatDate(end)}` : '—' },
  ];
  return (
    <>
      <CaseHeader
        c={c}
        current=""
        actions={
          writer && !c.freeze && (
            <a href={`/sprawy/${c.id}/eksport`} className={linkClass}>
              Eksport danych sprawy (JSON, RODO art. 15)
            </a>
          )
        }
      />
      {c.status === 'closed' && (
        <p role="note" className="mb-4 rounded border border-slate-500 bg-slate-100 p-3">
          Sprawa zamknięta {c.closedOn ? formatDate(c.closedOn) : ''}: {c.closedReason}. Nowych działań nie wprowadza się.
        </p>
      )}
      {o.reminders.length > 0 && (
        <section aria-labelledby="przypomnienia" className="mb-6 rounded border border-amber-700 bg-amber-50 p-4">
          <h2 id="przypomnienia" className="mb-2 text-lg font-semibold">
            Przypomnienia
          </h2>
          <ul className="list-disc pl-6">
            {o.reminders.map((r) => (
              <li key={r.id}>
                {REMINDER_LABELS[r.kind]} (od {formatDate(r.dueOn)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="przebieg">
        <h2 id="przebieg" className="mb-2 text-xl font-semibold">
          Przebieg pracy
        </h2>
        <ResponsiveTable label="Etapy pracy z osobą/rodziną">
        <table className={tableClass}>
          <caption className="sr-only">Etapy pracy z osobą/rodziną</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Etap</th>
              <th scope="col" className={thClass}>Stan</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.href}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  <Link href={`/sprawy/${c.id}${s.href}`} className={linkClass}>
                    {s.label}
                  </Link>
                </th>
                <td className={tdClass}>{s.state}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ResponsiveTable>
        {end && (
          <p className="mt-2 text-sm">
            Planowane zakończenie: {formatDate(end)}
            {c.extensionUntil ? ` (przedłużono: ${c.extensionReason})` : ' (12 miesięcy od kwalifikacji)'}
            {c.endAnnouncedOn ? `; animator PCPR poinformowany ${formatDate(c.endAnnouncedOn)}` : ''}.
          </p>
        )}
        <nav aria-label="Praca zespołu sprawy" className="mt-3">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href={`/sprawy/${c.id}/zadania`} className={linkClass}>
                Zadania zespołu
              </Link>
            </li>
            <li>
              <Link href={`/sprawy/${c.id}/dziennik`} className={linkClass}>
                Dziennik współpracy
              </Link>
            </li>
            <li>
              <Link href={`/sprawy/${c.id}/zzk`} className={linkClass}>
                Spotkania {c.words.caseTeamOf}
              </Link>
            </li>
          </ul>
        </nav>
      </section>

      <section aria-labelledby="akta">
        <h2 id="akta" className={h2}>
          Akta sprawy i dokumenty do podpisu
        </h2>
        <ul className="flex flex-col gap-y-2">
          <li>
            <Link href={`/sprawy/${c.id}/akta`} className={linkClass}>
              Akta sprawy
            </Link>{' '}
            (skany podpisanych zgód, IPP i kontraktów, opinie, genogram; w aktach: {caseFiles.length})
          </li>
          {c.freeze && <li>{FROZEN_PRINT_NOTE}</li>}
          {!c.freeze && <li>
            <a href={`/sprawy/${c.id}/pdf/zgoda`} className={linkClass}>
              Zgoda na współpracę i przekazywanie danych z klauzulą RODO (PDF)
            </a>
          </li>}
          {!c.freeze && o.qualification && (
            <li>
              <a href={`/sprawy/${c.id}/pdf/decyzja-kwalifikacja`} className={linkClass}>
                Decyzja o kwalifikacji (PDF)
              </a>
            </li>
          )}
          {!c.freeze && o.ipps.length > 0 && (
            <li>
              <a href={`/sprawy/${c.id}/pdf/karta-monitoringu`} className={linkClass}>
                Karta monitoringu celów bieżącego IPP (PDF)
              </a>
            </li>
          )}
          {!c.freeze && <li>
            <a href={`/sprawy/${c.id}/pdf/prawa-obowiazki`} className={linkClass}>
              Prawa i obowiązki osoby/rodziny (PDF)
            </a>
          </li>}
        </ul>
      </section>

      <section aria-labelledby="gospodarstwo">
        <h2 id="gospodarstwo" className={h2}>
          Gospodarstwo domowe
        </h2>
        {o.members.length === 0 ? (
          <p className="mb-3">Nie dodano jeszcze osób.</p>
        ) : (
          <ResponsiveTable label="Członkowie gospodarstwa domowego">
          <table className={`${tableClass} mb-4`}>
            <caption className="sr-only">Członkowie gospodarstwa domowego</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Imię i nazwisko</th>
                <th scope="col" className={thClass}>Rok urodzenia</th>
                <th scope="col" className={thClass}>Relacja</th>
                <th scope="col" className={thClass}>PESEL</th>
                <th scope="col" className={thClass}>Uwagi</th>
                {writer && openForWork && <th scope="col" className={thClass}>Zmiany</th>}
              </tr>
            </thead>
            <tbody>
              {o.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {m.firstName} {m.lastName}
                  </th>
                  <td className={tdClass}>{m.birthYear ?? '—'}</td>
                  <td className={tdClass}>{m.relation}</td>
                  <td className={tdClass}>{m.pesel ?? '—'}</td>
                  <td className={`${tdClass} whitespace-pre-line`}>{m.notes || '—'}</td>
                  {writer && openForWork && (
                    <td className={tdClass}>
                      <Disclosure label={`Edytuj: ${m.firstName} ${m.lastName}`}>
                        <MemberForm
                          caseId={c.id}
                          label={`Zmiana danych: ${m.firstName} ${m.lastName}`}
                          defaults={{ memberId: m.id, version: m.version, firstName: m.firstName, lastName: m.lastName, birthYear: m.birthYear ? String(m.birthYear) : '', relation: m.relation, pesel: m.fullPesel ?? '', notes: m.notes }}
                        />
                      </Disclosure>
                      <div className="mt-2">
                        <RemoveMemberButton caseId={c.id} memberId={m.id} name={`${m.firstName} ${m.lastName}`} />
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          </ResponsiveTable>
        )}
        {writer && openForWork && (
          <Disclosure label="Dodaj osobę do gospodarstwa domowego">
            <MemberForm caseId={c.id} label="Nowa osoba w gospodarstwie domowym" />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="zgody">
        <h2 id="zgody" className={h2}>
          Zgody
        </h2>
        {o.consents.length === 0 ? (
          <p className="mb-3">Nie odnotowano zgód. Kwalifikacja wymaga zgody na współpracę i na przekazywanie danych.</p>
        ) : (
          <ul className="mb-4 space-y-3">
            {o.consents.map((k) => (
              <li key={k.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-medium">{CONSENT_KINDS[k.kind]}</p>
                <p>
                  {formatDate(k.givenOn)}, {CONSENT_FORMS[k.form]}, wyraził(a): {k.givenBy}
                  {k.institutions ? `; instytucje: ${k.institutions}` : ''}
                </p>
                {caseFiles.some((a) => a.consentId === k.id) ? (
                  <div className="my-2">
                    <p className="text-sm font-medium">Podpisana zgoda w aktach:</p>
                    <AttachmentList caseId={c.id} items={caseFiles.filter((a) => a.consentId === k.id)} />
                  </div>
                ) : (
                  k.form === 'written' && (
                    <p className="text-sm">
                      Brak skanu podpisanej zgody w aktach.{' '}
                      {writer && openForWork && (
                        <Link href={`/sprawy/${c.id}/akta`} className={linkClass}>
                          Dodaj skan
                        </Link>
                      )}
                    </p>
                  )
                )}
                {k.withdrawnOn ? (
                  <p className="font-medium text-red-800">
                    Wycofana {formatDate(k.withdrawnOn)}
                    {k.withdrawnNote ? ` — ${k.withdrawnNote}` : ''}
                  </p>
                ) : (
                  writer && !c.freeze && (
                    <Disclosure label="Wycofanie zgody">
                      <WithdrawConsentForm caseId={c.id} consentId={k.id} kindLabel={CONSENT_KINDS[k.kind]} />
                    </Disclosure>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
        {writer && openForWork && (
          <Disclosure label="Odnotuj zgodę">
            <ConsentForm caseId={c.id} />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="zespol">
        <h2 id="zespol" className={h2}>
          Pracownik kluczowy i {c.words.caseTeamShort}
        </h2>
        <p className="mb-2">
          Pracownik kluczowy: <strong>{c.keyWorkerName}</strong>
        </p>
        {o.team.length === 0 ? (
          <p className="mb-3">Nikogo jeszcze nie przypisano ({c.words.caseTeamShort}).</p>
        ) : (
          <ul className="mb-3 list-disc pl-6">
            {o.team.map((t) => (
              <li key={t.pzkMemberId}>
                {t.name}, {t.function}
                {t.institutionName ? ` (${t.institutionName})` : ''}
              </li>
            ))}
          </ul>
        )}
        {o.options && (
          <Disclosure label="Zmień pracownika kluczowego lub zespół">
            <TeamForm
              caseId={c.id}
              version={c.version}
              keyWorkerId={c.keyWorkerId}
              memberIds={o.team.map((t) => t.pzkMemberId)}
              keyWorkers={o.options.keyWorkers.map((w) => ({ value: w.id, label: `${w.name} (${w.jobTitle})` }))}
              members={o.options.teamMembers.map((m) => ({ value: String(m.id), label: `${m.name}, ${m.function}${m.institutionName ? ` (${m.institutionName})` : ''}` }))}
            />
          </Disclosure>
        )}
      </section>

      {writer && !c.freeze && (c.status === 'after_care' || c.status === 'handed_over' || c.status === 'refused') && (
        <section aria-labelledby="zamkniecie">
          <h2 id="zamkniecie" className={h2}>
            Zamknięcie sprawy
          </h2>
          <CloseCaseForm caseId={c.id} version={c.version} />
        </section>
      )}
    </>
  );
}

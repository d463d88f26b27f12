import Link from 'next/link';
import { AttachmentList } from '@/components/cases/AttachmentList';
import { linkClass } from '@/components/ui/PageHeader';
import { attachmentsOfOpenedCase, type CaseAttachmentItem } from '@/lib/cases/attachments';
import type { OpenedCase } from '@/lib/cases/access';

/**
 * The papers of the case files that belong to one step, on that step's page (the IPP's signed copy
 * or kontrakt, the institutions' opinions at the qualification, the genogram at the diagnosis),
 * with the way to the case files, where writers add them. The case is already opened (audited).
 */
export async function StepAttachments({ c, id, title, empty, belongs }: { c: Pick<OpenedCase, 'id' | 'access'>; id: string; title: string; empty: string; belongs: (a: CaseAttachmentItem) => boolean }) {
  const items = (await attachmentsOfOpenedCase(c)).filter(belongs);
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {items.length ? <AttachmentList caseId={c.id} items={items} /> : <p>{empty}</p>}
      <p className="mt-2">
        <Link href={`/sprawy/${c.id}/akta`} className={linkClass}>
          Akta sprawy{c.access === 'write' ? ' — dodaj skan' : ''}
        </Link>
      </p>
    </section>
  );
}

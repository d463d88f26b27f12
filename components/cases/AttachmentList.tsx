import { ATTACHMENT_KINDS, type CaseAttachmentKind } from '@/lib/cases/attachment-schemas';
import { formatDate } from '@/lib/text';
import { linkClass } from '@/components/ui/PageHeader';
import { RemoveAttachmentButton } from './AttachmentForm';

export interface AttachmentListItem {
  id: number;
  kind: CaseAttachmentKind;
  documentDate: string;
  description: string;
  fileName: string;
  size: number;
  uploadedByName: string;
  createdAt: Date;
  consentId?: number | null;
  ippId?: number | null;
}

/** "820 KB", "2,4 MB". */
export const fileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('pl-PL')} KB` : `${(bytes / 1024 / 1024).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} MB`;

/** A paper's name as the list and the remove button say it: "Podpisana zgoda z 05.01.2027". */
export const attachmentLabel = (a: Pick<AttachmentListItem, 'kind' | 'documentDate'>) => `${ATTACHMENT_KINDS[a.kind]} z ${formatDate(a.documentDate)}`;

/**
 * Papers of the case files with their download links (every download is logged); the remove
 * button for the case's writers. `stepLabel` names the consent or IPP a paper belongs to.
 */
export function AttachmentList({ caseId, items, canRemove = false, stepLabel, showKind = true }: { caseId: number; items: AttachmentListItem[]; canRemove?: boolean; stepLabel?: (a: AttachmentListItem) => string | null; showKind?: boolean }) {
  return (
    <ul className="space-y-2">
      {items.map((a) => {
        const step = stepLabel?.(a);
        return (
          <li key={a.id} className="rounded border border-slate-200 bg-white p-3">
            <p>
              <a href={`/sprawy/${caseId}/akta/${a.id}`} className={`${linkClass} break-all`}>
                {showKind ? attachmentLabel(a) : `Skan z ${formatDate(a.documentDate)}`}
                <span className="sr-only"> — pobierz plik {a.fileName}</span>
              </a>
            </p>
            {a.description && <p>{a.description}</p>}
            <p className="text-sm text-slate-700">
              <span className="break-all">{a.fileName}</span>, {fileSize(a.size)}
              {step ? `; dotyczy: ${step}` : ''}; dodał(a) {a.uploadedByName} {formatDate(a.createdAt)}
            </p>
            {canRemove && (
              <p className="mt-1">
                <RemoveAttachmentButton caseId={caseId} attachmentId={a.id} label={attachmentLabel(a)} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

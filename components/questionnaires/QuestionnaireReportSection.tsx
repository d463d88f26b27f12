import { requireActor } from '@/lib/auth/session';
import { questionnaireResults } from '@/lib/questionnaires/report';
import { QuestionnaireResults } from './QuestionnaireResults';

/** The questionnaires' part of the 9.2 report page, loaded with the reader's rights. */
export async function QuestionnaireReportSection({ implementationId }: { implementationId: number }) {
  const sections = await questionnaireResults(await requireActor(), implementationId);
  return <QuestionnaireResults sections={sections} implementationId={implementationId} />;
}

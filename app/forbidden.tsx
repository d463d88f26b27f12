import { ForbiddenContent } from '@/components/shell/ErrorPages';
import { PageShell } from '@/components/shell/PageShell';
import { getActor } from '@/lib/auth/session';

export default async function Forbidden() {
  return (
    <PageShell actor={await getActor()} narrow>
      <ForbiddenContent />
    </PageShell>
  );
}

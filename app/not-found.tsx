import { NotFoundContent } from '@/components/shell/ErrorPages';
import { PageShell } from '@/components/shell/PageShell';
import { getActor } from '@/lib/auth/session';

/** An address no route matches: only the root layout is around it, so this page draws the shell. */
export default async function NotFound() {
  return (
    <PageShell actor={await getActor()} narrow>
      <NotFoundContent />
    </PageShell>
  );
}

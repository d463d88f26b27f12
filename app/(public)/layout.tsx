import { PageShell } from '@/components/shell/PageShell';
import { getActor } from '@/lib/auth/session';

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PageShell actor={await getActor()}>{children}</PageShell>;
}

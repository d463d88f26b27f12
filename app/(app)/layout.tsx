import { PageShell } from '@/components/shell/PageShell';
import { requireActor } from '@/lib/auth/session';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  return <PageShell actor={await requireActor()}>{children}</PageShell>;
}

import { NotFoundContent } from '@/components/shell/ErrorPages';

/** notFound() inside this group: its layout already draws the header, menu and footer. */
export default function NotFound() {
  return <NotFoundContent />;
}

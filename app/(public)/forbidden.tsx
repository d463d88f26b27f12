import { ForbiddenContent } from '@/components/shell/ErrorPages';

/** forbidden() inside this group: its layout already draws the header, menu and footer. */
export default function Forbidden() {
  return <ForbiddenContent />;
}

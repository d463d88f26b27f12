import { linkify } from '@/lib/forum/linkify';

/** A post's plain text: line breaks kept, http(s) addresses as links, everything else shown as typed. */
export function PostBody({ text }: { text: string }) {
  return (
    <div className="whitespace-pre-wrap break-words">
      {linkify(text).map((p, i) =>
        p.type === 'link' ? (
          <a key={i} href={p.href} rel="noopener noreferrer nofollow" className="text-brand-800 underline hover:text-brand-900">
            {p.text}
          </a>
        ) : (
          p.text
        ),
      )}
    </div>
  );
}

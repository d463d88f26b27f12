import { Fragment } from 'react';
import type { LinkPart } from '@/lib/forum/linkify';
import { bodyBlocks } from '@/lib/materials/text';

const linkClass = 'text-brand-800 underline break-words hover:text-brand-900';

function Parts({ parts }: { parts: LinkPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.type === 'link' ? (
          <a key={i} href={p.href} className={linkClass} rel="noopener noreferrer nofollow">
            {p.text}
          </a>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}

/** A material's body: "## " lines as h2 headings, "- " lines as lists, links clickable; the rest as plain text. */
export function MaterialBody({ body }: { body: string }) {
  return (
    <div className="max-w-3xl">
      {bodyBlocks(body).map((b, i) => {
        if (b.type === 'heading')
          return (
            <h2 key={i} className="mb-2 mt-6 text-xl font-semibold">
              {b.text}
            </h2>
          );
        if (b.type === 'list')
          return (
            <ul key={i} className="mb-4 ml-6 list-disc space-y-1">
              {b.items.map((item, j) => (
                <li key={j}>
                  <Parts parts={item} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={i} className="mb-4">
            {b.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                <Parts parts={line} />
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}

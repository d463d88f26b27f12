import { formatDateTime } from '@/lib/text';
import { PostBody } from './PostBody';

export interface PostRow {
  id: number;
  body: string;
  authorName: string;
  createdAt: Date;
}

/** A thread's posts, oldest first, each with its author and time. */
export function PostList({ posts }: { posts: PostRow[] }) {
  if (posts.length === 0) return <p>W tym wątku nie ma jeszcze wpisów.</p>;
  return (
    <ol className="space-y-4">
      {posts.map((p) => (
        <li key={p.id}>
          <article aria-labelledby={`wpis-${p.id}`} className="rounded border border-slate-300 bg-white p-4">
            <h3 id={`wpis-${p.id}`} className="mb-2 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">{p.authorName}</span>
              {' · '}
              <time dateTime={p.createdAt.toISOString()}>{formatDateTime(p.createdAt)}</time>
            </h3>
            <PostBody text={p.body} />
          </article>
        </li>
      ))}
    </ol>
  );
}

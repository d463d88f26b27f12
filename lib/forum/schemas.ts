import { z } from 'zod';
import { requiredText } from '@/lib/validation/fields';

/** Lengths of forum texts; the title matches the forum_threads.title column. */
export const FORUM_LIMITS = { title: 200, post: 10_000 } as const;

/** A new thread: its title and first post. */
export const threadSchema = z.object({
  title: requiredText(FORUM_LIMITS.title),
  body: requiredText(FORUM_LIMITS.post),
});
export type ThreadInput = z.input<typeof threadSchema>;

/** A reply in a thread. */
export const postSchema = z.object({
  threadId: z.coerce.number().int().positive(),
  body: requiredText(FORUM_LIMITS.post),
});
export type PostInput = z.input<typeof postSchema>;

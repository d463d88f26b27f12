import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { pzks } from './pzk';
import { voivodeships } from './territory';

/** A forum thread: of one PZK (members only), or the regional forum (pzkId null) of a województwo. */
export const forumThreads = pgTable(
  'forum_threads',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer()
      .notNull()
      .references(() => voivodeships.id),
    pzkId: integer().references(() => pzks.id, { onDelete: 'cascade' }),
    title: varchar({ length: 200 }).notNull(),
    createdBy: uuid().notNull(),
    createdByName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastPostAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('forum_threads_place_idx').on(t.voivodeshipId, t.pzkId, t.lastPostAt)],
);

export const forumPosts = pgTable(
  'forum_posts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    threadId: integer()
      .notNull()
      .references(() => forumThreads.id, { onDelete: 'cascade' }),
    /** Plain text; links are recognised when shown, nothing else is interpreted. */
    body: text().notNull(),
    authorId: uuid().notNull(),
    authorName: varchar({ length: 200 }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('forum_posts_thread_idx').on(t.threadId, t.createdAt)],
);

export const emailStatus = pgEnum('email_status', ['pending', 'sent', 'failed']);

/**
 * E-mail outbox: messages are written here in the transaction of what they report and sent by a
 * worker outside the request (lib/notifications/worker.ts), several instances safely (FOR UPDATE
 * SKIP LOCKED), retried with backoff. Without SMTP_URL they stay here for administrators to read.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    voivodeshipId: integer().references(() => voivodeships.id),
    toEmail: varchar({ length: 254 }).notNull(),
    toUserId: uuid(),
    kind: varchar({ length: 40 }).notNull(),
    subject: varchar({ length: 300 }).notNull(),
    body: text().notNull(),
    status: emailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: varchar({ length: 1000 }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('email_outbox_due_idx').on(t.status, t.nextAttemptAt), index('email_outbox_voivodeship_idx').on(t.voivodeshipId, t.createdAt)],
);

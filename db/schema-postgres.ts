import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// The same tables, constraints and indexes as the SQLite schema (db/schema.ts), in PostgreSQL's
// types. Times are timestamptz(3): milliseconds, like the SQLite integers and JavaScript's Date
// (a 32-bit `integer` could not hold them).
const time = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash"),
  name: text("name"),
  handle: text("handle").unique(),
  isPublic: boolean("is_public").notNull().default(false),
  sessionVersion: integer("session_version").notNull().default(0),
  createdAt: time("created_at").notNull(),
  emailVerifiedAt: time("email_verified_at"),
  goalTier: text("goal_tier"),
  goalDate: text("goal_date"),
});

export const skillLevels = pgTable(
  "skill_levels",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skillId: text("skill_id").notNull(),
    level: integer("level").notNull(),
    updatedAt: time("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.skillId] }),
    check("skill_levels_level_range", sql`${t.level} BETWEEN 0 AND 3`),
  ],
);

export const levelChanges = pgTable(
  "level_changes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skillId: text("skill_id").notNull(),
    oldLevel: integer("old_level").notNull(),
    newLevel: integer("new_level").notNull(),
    changedAt: time("changed_at").notNull(),
  },
  (t) => [
    index("level_changes_user_time").on(t.userId, t.changedAt),
    check("level_changes_old_range", sql`${t.oldLevel} BETWEEN 0 AND 3`),
    check("level_changes_new_range", sql`${t.newLevel} BETWEEN 0 AND 3`),
    check("level_changes_is_change", sql`${t.oldLevel} <> ${t.newLevel}`),
  ],
);

/**
 * The change log by UTC day, kept by the same writes as the log (db/queries/levels.ts): per skill and
 * day, its first change (time, level before) and its last (time, level after). The Dashboard's
 * history and pace read this instead of the whole log, so their cost follows the days a learner
 * was active, not the number of changes.
 */
export const levelDays = pgTable(
  "level_days",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Whole days since 1970-01-01, UTC. */
    day: integer("day").notNull(),
    skillId: text("skill_id").notNull(),
    firstChangedAt: time("first_changed_at").notNull(),
    firstOldLevel: integer("first_old_level").notNull(),
    lastChangedAt: time("last_changed_at").notNull(),
    lastLevel: integer("last_level").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.day, t.skillId] }),
    check("level_days_first_range", sql`${t.firstOldLevel} BETWEEN 0 AND 3`),
    check("level_days_last_range", sql`${t.lastLevel} BETWEEN 0 AND 3`),
  ],
);

export const skillNotes = pgTable(
  "skill_notes",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skillId: text("skill_id").notNull(),
    note: text("note").notNull().default(""),
    links: jsonb("links").$type<string[]>().notNull().default([]),
    isPublic: boolean("is_public").notNull().default(false),
    updatedAt: time("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.skillId] }),
    check("skill_notes_note_length", sql`length(${t.note}) <= 2000`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: time("created_at").notNull(),
    expiresAt: time("expires_at").notNull(),
  },
  (t) => [index("sessions_user").on(t.userId), index("sessions_expires_at").on(t.expiresAt)],
);

export const authThrottle = pgTable(
  "auth_throttle",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    windowStart: time("window_start").notNull(),
    lockedUntil: time("locked_until"),
  },
  (t) => [index("auth_throttle_window_start").on(t.windowStart)],
);

export const authTokens = pgTable(
  "auth_tokens",
  {
    hash: text("hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["reset-password", "verify-email", "change-email"] }).notNull(),
    newEmail: text("new_email"),
    createdAt: time("created_at").notNull(),
    expiresAt: time("expires_at").notNull(),
  },
  (t) => [
    index("auth_tokens_user_purpose").on(t.userId, t.purpose),
    index("auth_tokens_expires_at").on(t.expiresAt),
    check("auth_tokens_purpose", sql`${t.purpose} IN ('reset-password', 'verify-email', 'change-email')`),
  ],
);

export const authAccounts = pgTable(
  "auth_accounts",
  {
    provider: text("provider", { enum: ["github", "oidc"] }).notNull(),
    issuer: text("issuer").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email"),
    emailVerified: boolean("email_verified").notNull().default(false),
    createdAt: time("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.issuer, t.providerAccountId] }),
    uniqueIndex("auth_accounts_user_provider").on(t.userId, t.provider),
    check("auth_accounts_provider", sql`${t.provider} IN ('github', 'oidc')`),
  ],
);

export const cacheTagExpiry = pgTable("cache_tag_expiry", {
  tag: text("tag").primaryKey(),
  staleAt: time("stale_at"),
  expiredAt: time("expired_at"),
});

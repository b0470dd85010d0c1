// The SQLite tables (better-sqlite3). PostgreSQL's are in ./schema-postgres.ts; queries import the
// active dialect's from ./tables, which also checks that both define the same rows.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  // Stored trimmed and lower-cased by the sign-up path; unique across users.
  email: text("email").notNull().unique(),
  // Null for a user who only signs in with a provider (GitHub, OpenID Connect) and never set one.
  passwordHash: text("password_hash"),
  name: text("name"),
  // Public profile address, lower-case; null until the user picks one.
  handle: text("handle").unique(),
  isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
  // Bumped to sign out every session at once (password change, "log out everywhere").
  sessionVersion: integer("session_version").notNull().default(0),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  // When the user proved they read mail at `email`; null until then.
  emailVerifiedAt: integer("email_verified_at", { mode: "timestamp_ms" }),
  // The learner's goal: a tier ("junior" | "mid" | "senior") by a UTC day "YYYY-MM-DD"; both or neither.
  goalTier: text("goal_tier"),
  goalDate: text("goal_date"),
});

export const skillLevels = sqliteTable(
  "skill_levels",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skillId: text("skill_id").notNull(),
    level: integer("level").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.skillId] }),
    check("skill_levels_level_range", sql`${t.level} BETWEEN 0 AND 3`),
  ],
);

/** Append-only: one row per level change, written in the same transaction as the change. */
export const levelChanges = sqliteTable(
  "level_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skillId: text("skill_id").notNull(),
    oldLevel: integer("old_level").notNull(),
    newLevel: integer("new_level").notNull(),
    changedAt: integer("changed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("level_changes_user_time").on(t.userId, t.changedAt),
    check("level_changes_old_range", sql`${t.oldLevel} BETWEEN 0 AND 3`),
    check("level_changes_new_range", sql`${t.newLevel} BETWEEN 0 AND 3`),
    check("level_changes_is_change", sql`${t.oldLevel} <> ${t.newLevel}`),
  ],
);

/** A private note and evidence links per skill; shown publicly only where isPublic is set. */
/**
 * The change log by UTC day, kept by the same writes as the log (db/queries/levels.ts): per skill and
 * day, its first change (time, level before) and its last (time, level after). The Dashboard's
 * history and pace read this instead of the whole log, so their cost follows the days a learner
 * was active, not the number of changes.
 */
export const levelDays = sqliteTable(
  "level_days",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Whole days since 1970-01-01, UTC. */
    day: integer("day").notNull(),
    skillId: text("skill_id").notNull(),
    firstChangedAt: integer("first_changed_at", { mode: "timestamp_ms" }).notNull(),
    firstOldLevel: integer("first_old_level").notNull(),
    lastChangedAt: integer("last_changed_at", { mode: "timestamp_ms" }).notNull(),
    lastLevel: integer("last_level").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.day, t.skillId] }),
    check("level_days_first_range", sql`${t.firstOldLevel} BETWEEN 0 AND 3`),
    check("level_days_last_range", sql`${t.lastLevel} BETWEEN 0 AND 3`),
  ],
);

export const skillNotes = sqliteTable(
  "skill_notes",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skillId: text("skill_id").notNull(),
    note: text("note").notNull().default(""),
    // JSON array of http(s) URLs, at most 5 (validated before writing).
    links: text("links", { mode: "json" }).$type<string[]>().notNull().default([]),
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.skillId] }),
    check("skill_notes_note_length", sql`length(${t.note}) <= 2000`),
  ],
);

/** One row per signed-in session; deleting it signs that session out for real. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  // expires_at: pruning deletes expired rows without scanning the table.
  (t) => [index("sessions_user").on(t.userId), index("sessions_expires_at").on(t.expiresAt)],
);

/** Failed-attempt counters for log in and sign up, per account and per client address. */
export const authThrottle = sqliteTable(
  "auth_throttle",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
  },
  // window_start: pruning finds rows whose window is over without scanning the table.
  (t) => [index("auth_throttle_window_start").on(t.windowStart)],
);

/** Single-use mail links: only the SHA-256 of the link value is stored (see server/tokens.ts). */
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    hash: text("hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["reset-password", "verify-email", "change-email"] }).notNull(),
    // The pending address of a change-email token; null for the other purposes.
    newEmail: text("new_email"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("auth_tokens_user_purpose").on(t.userId, t.purpose),
    index("auth_tokens_expires_at").on(t.expiresAt),
    check("auth_tokens_purpose", sql`${t.purpose} IN ('reset-password', 'verify-email', 'change-email')`),
  ],
);

/**
 * Sign-in identities at a provider, identified by provider, issuer and the provider's account id
 * (never by email). At most one per provider per user; the unique index also serves lookups by user.
 */
export const authAccounts = sqliteTable(
  "auth_accounts",
  {
    provider: text("provider", { enum: ["github", "oidc"] }).notNull(),
    issuer: text("issuer").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email"),
    emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.issuer, t.providerAccountId] }),
    uniqueIndex("auth_accounts_user_provider").on(t.userId, t.provider),
    check("auth_accounts_provider", sql`${t.provider} IN ('github', 'oidc')`),
    check("auth_accounts_email_verified", sql`${t.emailVerified} IN (0, 1)`),
  ],
);

/**
 * When each cache tag was last expired (revalidateTag), so that every process sees an expiry made
 * by any of them: server/security/cache-handler.mjs checks a cached entry's tags here on every hit.
 * One row per tag ever expired (profile:<handle>); an entry older than its tag's expiry is a miss.
 */
export const cacheTagExpiry = sqliteTable("cache_tag_expiry", {
  tag: text("tag").primaryKey(),
  // Next's two marks: stale (serve once more while re-rendering) and expired (re-render first).
  staleAt: integer("stale_at", { mode: "timestamp_ms" }),
  expiredAt: integer("expired_at", { mode: "timestamp_ms" }),
});

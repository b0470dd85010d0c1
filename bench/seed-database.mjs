import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createRandom } from "./random.mjs";
import { generateUser } from "./seed-profiles.mjs";

export const SEED_PASSWORD = "bench-password-1";
// Same parameters as server/password.ts (argon2id, 19 MiB, 2 iterations, 1 lane), so a log-in
// costs what it costs in production.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const USERS_PER_TRANSACTION = 5_000;

/**
 * Creates the schema the way the app does (scripts/migrate.ts), so the bench never drifts from
 * the migrations. `database` is `{ path }` for SQLite or `{ url }` for PostgreSQL.
 */
export function migrate(root, database) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], {
    cwd: root,
    // An exported DATABASE_URL must not send a SQLite seed to a PostgreSQL server.
    env: { ...process.env, DATABASE_URL: database.url ?? "", DATABASE_PATH: database.path ?? "" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migration failed:\n${result.stdout}${result.stderr}`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The rows of level_days (db/schema.ts) the app's level writes would have kept for these changes:
 * per user, skill and UTC day, the first change (time, level before) and the last (time, level after).
 */
export function levelDaysOf(changes) {
  const days = new Map();
  for (const c of changes) {
    const day = Math.floor(c.changedAt / DAY_MS);
    const key = `${c.userId} ${c.skillId} ${day}`;
    const row = days.get(key);
    if (!row) {
      days.set(key, { userId: c.userId, day, skillId: c.skillId, firstChangedAt: c.changedAt, firstOldLevel: c.oldLevel, lastChangedAt: c.changedAt, lastLevel: c.newLevel });
      continue;
    }
    if (c.changedAt < row.firstChangedAt) Object.assign(row, { firstChangedAt: c.changedAt, firstOldLevel: c.oldLevel });
    if (c.changedAt >= row.lastChangedAt) Object.assign(row, { lastChangedAt: c.changedAt, lastLevel: c.newLevel });
  }
  return [...days.values()];
}

/**
 * Generates `count` users and their history, in batches of rows handed to `writeBatch` (which may
 * be async). The same seed gives the same users on every back end: only the ids differ. Every
 * user shares one password hash: hashing 100k passwords would take longer than the whole bench.
 * Returns what the load needs: the public handles and the users' emails.
 */
export async function seedUsers({ count, seed, writeBatch, now = Date.now() }) {
  const passwordHash = await hash(SEED_PASSWORD, ARGON2_OPTIONS);
  const random = createRandom(seed);
  const publicHandles = [];
  const emails = [];
  const stats = { users: 0, levels: 0, changes: 0 };
  for (let from = 0; from < count; from += USERS_PER_TRANSACTION) {
    const batch = { users: [], levels: [], changes: [] };
    for (let i = from; i < Math.min(count, from + USERS_PER_TRANSACTION); i++) {
      const user = generateUser(random, i, now);
      const id = randomUUID();
      batch.users.push({ id, passwordHash, ...user });
      for (const l of user.levels) batch.levels.push({ userId: id, ...l });
      for (const c of user.changes) batch.changes.push({ userId: id, ...c });
      if (user.isPublic) publicHandles.push(user.handle);
      emails.push(user.email);
    }
    stats.levels += batch.levels.length;
    stats.changes += batch.changes.length;
    await writeBatch({ ...batch, days: levelDaysOf(batch.changes) });
  }
  stats.users = count;
  return { publicHandles, emails, stats };
}

/** Fills a fresh SQLite file at `path` with `count` users and their history (see seedUsers). */
export async function seedDatabase({ root, path, count, seed, now }) {
  migrate(root, { path });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF"); // throw-away data: durability does not matter while seeding
  db.pragma("cache_size = -262144");
  const insertUser = db.prepare(
    "insert into users (id, email, password_hash, name, handle, is_public, created_at) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertLevel = db.prepare("insert into skill_levels (user_id, skill_id, level, updated_at) values (?, ?, ?, ?)");
  const insertChange = db.prepare(
    "insert into level_changes (user_id, skill_id, old_level, new_level, changed_at) values (?, ?, ?, ?, ?)",
  );
  const insertDay = db.prepare(
    "insert into level_days (user_id, day, skill_id, first_changed_at, first_old_level, last_changed_at, last_level) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const writeBatch = db.transaction(({ users, levels, changes, days }) => {
    for (const u of users) insertUser.run(u.id, u.email, u.passwordHash, u.name, u.handle, u.isPublic ? 1 : 0, u.createdAt);
    for (const l of levels) insertLevel.run(l.userId, l.skillId, l.level, l.updatedAt);
    for (const c of changes) insertChange.run(c.userId, c.skillId, c.oldLevel, c.newLevel, c.changedAt);
    for (const d of days) insertDay.run(d.userId, d.day, d.skillId, d.firstChangedAt, d.firstOldLevel, d.lastChangedAt, d.lastLevel);
  });
  try {
    return await seedUsers({ count, seed, writeBatch, now });
  } finally {
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
  }
}

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

/** Creates the schema the way the app does, so the bench never drifts from the migrations. */
function migrate(root, path) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: path },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migration failed:\n${result.stdout}${result.stderr}`);
}

/**
 * Fills a fresh database with `count` users and their history. Every user shares one password
 * hash: hashing 100k passwords would take longer than the whole bench.
 * Returns what the load needs: the public handles and the users' emails.
 */
export async function seedDatabase({ root, path, count, seed }) {
  migrate(root, path);
  const passwordHash = await hash(SEED_PASSWORD, ARGON2_OPTIONS);
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
  const random = createRandom(seed);
  const now = Date.now();
  const publicHandles = [];
  const emails = [];
  const stats = { users: 0, levels: 0, changes: 0 };
  const insertBatch = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const user = generateUser(random, i, now);
      const id = randomUUID();
      insertUser.run(id, user.email, passwordHash, user.name, user.handle, user.isPublic ? 1 : 0, user.createdAt);
      for (const l of user.levels) insertLevel.run(id, l.skillId, l.level, l.updatedAt);
      for (const c of user.changes) insertChange.run(id, c.skillId, c.oldLevel, c.newLevel, c.changedAt);
      if (user.isPublic) publicHandles.push(user.handle);
      emails.push(user.email);
      stats.levels += user.levels.length;
      stats.changes += user.changes.length;
    }
  });
  for (let from = 0; from < count; from += USERS_PER_TRANSACTION) {
    insertBatch(from, Math.min(count, from + USERS_PER_TRANSACTION));
  }
  stats.users = count;
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return { publicHandles, emails, stats };
}

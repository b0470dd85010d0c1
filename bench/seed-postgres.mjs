import pg from "pg";
import { migrate, seedUsers } from "./seed-database.mjs";

// One statement per table and batch: each column travels as one array parameter and unnest()
// turns them back into rows, so a batch of 5,000 users is three round trips. Times are the
// SQLite schema's epoch milliseconds; the PostgreSQL schema keeps timestamptz(3).
const INSERT_USERS = `insert into users (id, email, password_hash, name, handle, is_public, created_at)
  select id, email, password_hash, name, handle, is_public, to_timestamp(created_at / 1000.0)
  from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::bigint[])
    as t(id, email, password_hash, name, handle, is_public, created_at)`;
const INSERT_LEVELS = `insert into skill_levels (user_id, skill_id, level, updated_at)
  select user_id, skill_id, level, to_timestamp(updated_at / 1000.0)
  from unnest($1::text[], $2::text[], $3::integer[], $4::bigint[]) as t(user_id, skill_id, level, updated_at)`;
const INSERT_CHANGES = `insert into level_changes (user_id, skill_id, old_level, new_level, changed_at)
  select user_id, skill_id, old_level, new_level, to_timestamp(changed_at / 1000.0)
  from unnest($1::text[], $2::text[], $3::integer[], $4::integer[], $5::bigint[])
    as t(user_id, skill_id, old_level, new_level, changed_at)`;
const INSERT_DAYS = `insert into level_days (user_id, day, skill_id, first_changed_at, first_old_level, last_changed_at, last_level)
  select user_id, day, skill_id, to_timestamp(first_changed_at / 1000.0), first_old_level, to_timestamp(last_changed_at / 1000.0), last_level
  from unnest($1::text[], $2::integer[], $3::text[], $4::bigint[], $5::integer[], $6::bigint[], $7::integer[])
    as t(user_id, day, skill_id, first_changed_at, first_old_level, last_changed_at, last_level)`;

const column = (rows, field) => rows.map((row) => row[field]);

/**
 * The same users as seedDatabase (same seed, same generator), in a fresh PostgreSQL database at
 * `url`: the schema through the app's own migrations, the rows with plain SQL as on SQLite, then
 * VACUUM ANALYZE so the planner knows the tables' sizes from the first request on.
 */
export async function seedPostgres({ root, url, count, seed, now }) {
  migrate(root, { url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const writeBatch = async ({ users, levels, changes, days }) => {
      await client.query("begin");
      await client.query(INSERT_USERS, ["id", "email", "passwordHash", "name", "handle", "isPublic", "createdAt"].map((field) => column(users, field)));
      await client.query(INSERT_LEVELS, ["userId", "skillId", "level", "updatedAt"].map((field) => column(levels, field)));
      await client.query(INSERT_CHANGES, ["userId", "skillId", "oldLevel", "newLevel", "changedAt"].map((field) => column(changes, field)));
      const dayFields = ["userId", "day", "skillId", "firstChangedAt", "firstOldLevel", "lastChangedAt", "lastLevel"];
      await client.query(INSERT_DAYS, dayFields.map((field) => column(days, field)));
      await client.query("commit");
    };
    const seeded = await seedUsers({ count, seed, writeBatch, now });
    await client.query("vacuum analyze");
    return seeded;
  } finally {
    await client.end();
  }
}

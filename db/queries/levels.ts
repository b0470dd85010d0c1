import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Level } from "@/lib/levels";
import type { QueryDb } from "../client";
import { levelChanges, skillLevels } from "../tables";
import { prepared, preparedIn } from "../prepared";
import { lockUser, withTransaction, writeTogether, type Bound, type Tx, type Write } from "../tx";
import type { GoalInput } from "@/lib/goal-schemas";
import { writeGoal } from "./goals";
import { writeNote, type SkillNote } from "./notes";
import { recordDays } from "./level-history";
import { tagExpiryWrite } from "./tag-expiry";

export type LevelsBySkill = Record<string, Level>;

export type LevelChange = {
  skillId: string;
  oldLevel: Level;
  newLevel: Level;
  changedAt: Date;
};

function byLevel(rows: readonly { skillId: string; level: number }[]): LevelsBySkill {
  const out: LevelsBySkill = {};
  for (const row of rows) out[row.skillId] = row.level as Level;
  return out;
}

const selectLevels = (q: QueryDb) =>
  q
    .select({ skillId: skillLevels.skillId, level: skillLevels.level })
    .from(skillLevels)
    .where(eq(skillLevels.userId, sql.placeholder("userId")));

/** Inside a transaction, through it: prepared (db/prepared.ts `preparedIn`), one per level change. */
async function readLevels(tx: Tx, userId: string): Promise<LevelsBySkill> {
  return byLevel(await preparedIn(tx, "levels", selectLevels).execute({ userId }));
}

/** Outside a transaction, on every Skills and Dashboard page: prepared once (db/prepared.ts). */
export async function getLevels(userId: string): Promise<LevelsBySkill> {
  return byLevel(await prepared("levels", selectLevels).execute({ userId }));
}

type LevelRow = { userId: string; skillId: string; oldLevel: Level; newLevel: Level; now: Date; day: number };

const DAY_MS = 24 * 60 * 60 * 1000;

function upsertLevels(q: QueryDb, rows: readonly Bound<LevelRow>[]) {
  return q
    .insert(skillLevels)
    .values(rows.map((r) => ({ userId: r.userId, skillId: r.skillId, level: r.newLevel, updatedAt: r.now })))
    .onConflictDoUpdate({
      target: [skillLevels.userId, skillLevels.skillId],
      set: { level: sql`excluded.level`, updatedAt: sql`excluded.updated_at` },
    });
}

function logChanges(q: QueryDb, rows: readonly Bound<LevelRow>[]) {
  return q
    .insert(levelChanges)
    .values(rows.map((r) => ({ userId: r.userId, skillId: r.skillId, oldLevel: r.oldLevel, newLevel: r.newLevel, changedAt: r.now })));
}

/** The three writes of these changes; one change (a level change) as named writes, prepared once on SQLite. */
function levelWrites(rows: readonly LevelRow[]): Write[] {
  if (rows.length !== 1) {
    return [
      { values: {}, build: (q) => upsertLevels(q, rows) },
      { values: {}, build: (q) => logChanges(q, rows) },
      { values: {}, build: (q) => recordDays(q, rows) },
    ];
  }
  const values = rows[0]!;
  return [
    { name: "level_set_one", values, build: (q, v) => upsertLevels(q, [v as Bound<LevelRow>]) },
    { name: "level_log_one", values, build: (q, v) => logChanges(q, [v as Bound<LevelRow>]) },
    { name: "level_day_one", values, build: (q, v) => recordDays(q, [v as Bound<LevelRow>]) },
  ];
}

/**
 * Inside a transaction that holds the user's lock (so `current` is what the database holds):
 * sets each level ("set to n") and logs the ones that really change, in two statements, run with
 * `also` (writes of the same transaction) in one round trip on PostgreSQL. Returns every level
 * afterwards.
 */
async function writeLevels(
  tx: Tx,
  userId: string,
  current: LevelsBySkill,
  levels: Readonly<Record<string, Level>>,
  now: Date,
  also: readonly Write[] = [],
): Promise<LevelsBySkill> {
  const changes = Object.entries(levels)
    .map(([skillId, level]) => ({ userId, skillId, oldLevel: current[skillId] ?? 0, newLevel: level, now, day: Math.floor(now.getTime() / DAY_MS) }))
    .filter((c) => c.oldLevel !== c.newLevel);
  if (changes.length === 0) {
    await writeTogether(tx, also);
    return current;
  }
  await writeTogether(tx, [...also, ...levelWrites(changes)]);
  const after = { ...current };
  for (const c of changes) after[c.skillId] = c.newLevel;
  return after;
}

/**
 * Sets one skill to a level ("set to n", so repeating it is harmless) and appends the change to
 * the log in the same transaction. Returns every level the user holds afterwards. `expire`: cache
 * tags whose expiry is written in the same transaction (server/profile-expiry.ts).
 */
export async function setLevel(userId: string, skillId: string, level: Level, expire: readonly string[] = []): Promise<LevelsBySkill> {
  return setLevels(userId, { [skillId]: level }, expire);
}

/** Sets several levels in one transaction, each change logged; returns every level afterwards. */
export async function setLevels(
  userId: string,
  levels: Readonly<Record<string, Level>>,
  expire: readonly string[] = [],
): Promise<LevelsBySkill> {
  return withTransaction(async (tx) => {
    // Two requests for one user take turns here, so each logs the change from what the other left.
    await lockUser(tx, userId);
    const now = new Date();
    const also = expire.length > 0 ? [tagExpiryWrite(expire, now.getTime())] : [];
    return writeLevels(tx, userId, await readLevels(tx, userId), levels, now, also);
  });
}

/**
 * Applies a plan of levels computed against the levels read inside the same transaction, so a
 * concurrent change is never overwritten by a stale plan; notes and a goal (an import's) go in the
 * same transaction: all or nothing. Without a goal the learner's own stays as it is.
 */
export async function applyLevelPlan(
  userId: string,
  plan: (current: LevelsBySkill) => Readonly<Record<string, Level>>,
  notes: Readonly<Record<string, SkillNote>> = {},
  goal: GoalInput | null = null,
): Promise<{ before: LevelsBySkill; after: LevelsBySkill }> {
  return withTransaction(async (tx) => {
    await lockUser(tx, userId);
    const before = await readLevels(tx, userId);
    const now = new Date();
    const changes = plan(before);
    if (goal) await writeGoal(tx, userId, goal);
    const after = await writeLevels(tx, userId, before, changes, now);
    for (const [skillId, note] of Object.entries(notes)) await writeNote(tx, userId, skillId, note, now);
    return { before, after };
  });
}

export async function listLevelChanges(userId: string): Promise<LevelChange[]> {
  const statement = prepared("level_changes", (q) =>
    q
      .select({
        skillId: levelChanges.skillId,
        oldLevel: levelChanges.oldLevel,
        newLevel: levelChanges.newLevel,
        changedAt: levelChanges.changedAt,
      })
      .from(levelChanges)
      .where(eq(levelChanges.userId, sql.placeholder("userId")))
      .orderBy(asc(levelChanges.id)),
  );
  const rows = await statement.execute({ userId });
  return rows.map((r) => ({ ...r, oldLevel: r.oldLevel as Level, newLevel: r.newLevel as Level }));
}

import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Level } from "@/lib/levels";
import { getDb } from "../client";
import { levelChanges, skillLevels } from "../schema";
import type { Tx } from "../tx";
import { writeNote, type SkillNote } from "./notes";

export type LevelsBySkill = Record<string, Level>;

export type LevelChange = {
  skillId: string;
  oldLevel: Level;
  newLevel: Level;
  changedAt: Date;
};

function readLevels(userId: string): LevelsBySkill {
  const rows = getDb()
    .select({ skillId: skillLevels.skillId, level: skillLevels.level })
    .from(skillLevels)
    .where(eq(skillLevels.userId, userId))
    .all();
  const out: LevelsBySkill = {};
  for (const row of rows) out[row.skillId] = row.level as Level;
  return out;
}

export async function getLevels(userId: string): Promise<LevelsBySkill> {
  return readLevels(userId);
}

/** Inside a transaction: sets one level ("set to n") and logs it when it really changes. */
function writeLevel(tx: Tx, userId: string, skillId: string, level: Level, now: Date): void {
  const current = tx
    .select({ level: skillLevels.level })
    .from(skillLevels)
    .where(and(eq(skillLevels.userId, userId), eq(skillLevels.skillId, skillId)))
    .get();
  const oldLevel = (current?.level ?? 0) as Level;
  if (oldLevel === level) return;
  tx.insert(skillLevels)
    .values({ userId, skillId, level, updatedAt: now })
    .onConflictDoUpdate({ target: [skillLevels.userId, skillLevels.skillId], set: { level, updatedAt: now } })
    .run();
  tx.insert(levelChanges).values({ userId, skillId, oldLevel, newLevel: level, changedAt: now }).run();
}

/**
 * Sets one skill to a level ("set to n", so repeating it is harmless) and appends the change to
 * the log in the same transaction. Returns every level the user holds afterwards.
 */
export async function setLevel(userId: string, skillId: string, level: Level): Promise<LevelsBySkill> {
  return setLevels(userId, { [skillId]: level });
}

/** Sets several levels in one transaction, each change logged; returns every level afterwards. */
export async function setLevels(userId: string, levels: Readonly<Record<string, Level>>): Promise<LevelsBySkill> {
  return getDb().transaction(
    (tx) => {
      const now = new Date();
      for (const [skillId, level] of Object.entries(levels)) writeLevel(tx, userId, skillId, level, now);
      return readLevels(userId);
    },
    // IMMEDIATE takes the write lock before the first read, so two writers never interleave.
    { behavior: "immediate" },
  );
}

/**
 * Applies a plan of levels computed against the levels read inside the same transaction, so a
 * concurrent change is never overwritten by a stale plan; notes (an import's) go in the same
 * transaction: all or nothing.
 */
export async function applyLevelPlan(
  userId: string,
  plan: (current: LevelsBySkill) => Readonly<Record<string, Level>>,
  notes: Readonly<Record<string, SkillNote>> = {},
): Promise<{ before: LevelsBySkill; after: LevelsBySkill }> {
  return getDb().transaction(
    (tx) => {
      const before = readLevels(userId);
      const now = new Date();
      for (const [skillId, level] of Object.entries(plan(before))) writeLevel(tx, userId, skillId, level, now);
      for (const [skillId, note] of Object.entries(notes)) writeNote(tx, userId, skillId, note, now);
      return { before, after: readLevels(userId) };
    },
    { behavior: "immediate" },
  );
}

export async function listLevelChanges(userId: string): Promise<LevelChange[]> {
  const rows = getDb()
    .select({
      skillId: levelChanges.skillId,
      oldLevel: levelChanges.oldLevel,
      newLevel: levelChanges.newLevel,
      changedAt: levelChanges.changedAt,
    })
    .from(levelChanges)
    .where(eq(levelChanges.userId, userId))
    .orderBy(asc(levelChanges.id))
    .all();
  return rows.map((r) => ({ ...r, oldLevel: r.oldLevel as Level, newLevel: r.newLevel as Level }));
}

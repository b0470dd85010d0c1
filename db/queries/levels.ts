import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Level } from "@/lib/levels";
import { getDb } from "../client";
import { levelChanges, skillLevels } from "../schema";

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

/**
 * Sets one skill to a level ("set to n", so repeating it is harmless) and appends the change to
 * the log in the same transaction. Returns every level the user holds afterwards.
 */
export async function setLevel(userId: string, skillId: string, level: Level): Promise<LevelsBySkill> {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const current = tx
        .select({ level: skillLevels.level })
        .from(skillLevels)
        .where(and(eq(skillLevels.userId, userId), eq(skillLevels.skillId, skillId)))
        .get();
      const oldLevel = (current?.level ?? 0) as Level;
      if (oldLevel !== level) {
        const now = new Date();
        tx.insert(skillLevels)
          .values({ userId, skillId, level, updatedAt: now })
          .onConflictDoUpdate({
            target: [skillLevels.userId, skillLevels.skillId],
            set: { level, updatedAt: now },
          })
          .run();
        tx.insert(levelChanges).values({ userId, skillId, oldLevel, newLevel: level, changedAt: now }).run();
      }
      return readLevels(userId);
    },
    // IMMEDIATE takes the write lock before the read, so two writers never interleave.
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

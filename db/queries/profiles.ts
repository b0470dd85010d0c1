import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Level } from "@/lib/levels";
import { db } from "../client";
import { prepared } from "../prepared";
import { isUniqueViolation } from "../errors";
import { skillLevels, users } from "../tables";
import { lockUser, withTransaction } from "../tx";
import { getNotes, type NotesBySkill } from "./notes";

export type PublicProfileRecord = {
  handle: string;
  name: string | null;
  levels: Record<string, Level>;
  notes: NotesBySkill;
};

export type ProfileSettings = { name: string | null; handle: string | null; isPublic: boolean };

export type UpdateProfileResult =
  | { ok: true; previousHandle: string | null }
  | { ok: false; reason: "handle_taken" | "no_user" };

/** Only what a public profile shows: never the email or the internal id. Null when private or unknown. */
export async function getPublicProfile(handle: string): Promise<PublicProfileRecord | null> {
  const q = db();
  const [user] = await q
    .select({ id: users.id, handle: users.handle, name: users.name })
    .from(users)
    .where(and(eq(users.handle, handle), eq(users.isPublic, true)));
  if (!user?.handle) return null;
  const rows = await q
    .select({ skillId: skillLevels.skillId, level: skillLevels.level })
    .from(skillLevels)
    .where(eq(skillLevels.userId, user.id));
  const levels: Record<string, Level> = {};
  for (const row of rows) levels[row.skillId] = row.level as Level;
  return { handle: user.handle, name: user.name, levels, notes: await getNotes(user.id, true) };
}

/**
 * A public profile's levels alone, for its badge: one prepared read (a left join, so a public
 * profile with no levels is one row without a skill). Null when the handle is private or unknown.
 * Read on every badge request, so the answer is always the database's (nothing to expire).
 */
export async function getPublicLevels(handle: string): Promise<Record<string, Level> | null> {
  const statement = prepared("public_levels", (q) =>
    q
      .select({ skillId: skillLevels.skillId, level: skillLevels.level })
      .from(users)
      .leftJoin(skillLevels, eq(skillLevels.userId, users.id))
      .where(and(eq(users.handle, sql.placeholder("handle")), eq(users.isPublic, true))),
  );
  const rows = (await statement.execute({ handle })) as { skillId: string | null; level: number | null }[];
  if (rows.length === 0) return null;
  const levels: Record<string, Level> = {};
  for (const row of rows) if (row.skillId !== null && row.level !== null) levels[row.skillId] = row.level as Level;
  return levels;
}

/**
 * The handle's unique index decides between two users claiming one handle (the loser gets
 * handle_taken); the user's row lock makes two saves by one user take turns, so each reports the
 * handle the other left (the one whose public page must be expired).
 */
export async function updateProfileSettings(userId: string, settings: ProfileSettings): Promise<UpdateProfileResult> {
  try {
    return await withTransaction(async (tx) => {
      if (!(await lockUser(tx, userId))) return { ok: false, reason: "no_user" } as const;
      const [current] = await tx.select({ handle: users.handle }).from(users).where(eq(users.id, userId));
      await tx
        .update(users)
        .set({ name: settings.name, handle: settings.handle, isPublic: settings.isPublic })
        .where(eq(users.id, userId));
      return { ok: true, previousHandle: current?.handle ?? null } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "handle_taken" };
    throw error;
  }
}

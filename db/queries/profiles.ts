import "server-only";
import { and, eq } from "drizzle-orm";
import type { Level } from "@/lib/levels";
import { getDb } from "../client";
import { getNotes, type NotesBySkill } from "./notes";
import { skillLevels, users } from "../schema";

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

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** Only what a public profile shows: never the email or the internal id. Null when private or unknown. */
export async function getPublicProfile(handle: string): Promise<PublicProfileRecord | null> {
  const db = getDb();
  const user = db
    .select({ id: users.id, handle: users.handle, name: users.name })
    .from(users)
    .where(and(eq(users.handle, handle), eq(users.isPublic, true)))
    .get();
  if (!user?.handle) return null;
  const rows = db
    .select({ skillId: skillLevels.skillId, level: skillLevels.level })
    .from(skillLevels)
    .where(eq(skillLevels.userId, user.id))
    .all();
  const levels: Record<string, Level> = {};
  for (const row of rows) levels[row.skillId] = row.level as Level;
  return { handle: user.handle, name: user.name, levels, notes: await getNotes(user.id, true) };
}

export async function updateProfileSettings(userId: string, settings: ProfileSettings): Promise<UpdateProfileResult> {
  const db = getDb();
  try {
    return db.transaction(
      (tx) => {
        const current = tx.select({ handle: users.handle }).from(users).where(eq(users.id, userId)).get();
        if (!current) return { ok: false, reason: "no_user" } as const;
        tx.update(users)
          .set({ name: settings.name, handle: settings.handle, isPublic: settings.isPublic })
          .where(eq(users.id, userId))
          .run();
        return { ok: true, previousHandle: current.handle } as const;
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "handle_taken" };
    throw error;
  }
}

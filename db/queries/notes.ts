import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "../client";
import { skillNotes } from "../tables";
import { withTransaction, type Tx } from "../tx";

export type SkillNote = { note: string; links: string[]; isPublic: boolean };
export type NotesBySkill = Record<string, SkillNote>;

export async function getNotes(userId: string, onlyPublic = false): Promise<NotesBySkill> {
  const where = onlyPublic
    ? and(eq(skillNotes.userId, userId), eq(skillNotes.isPublic, true))
    : eq(skillNotes.userId, userId);
  const rows = await db()
    .select({ skillId: skillNotes.skillId, note: skillNotes.note, links: skillNotes.links, isPublic: skillNotes.isPublic })
    .from(skillNotes)
    .where(where);
  const out: NotesBySkill = {};
  for (const { skillId, ...note } of rows) out[skillId] = note;
  return out;
}

/**
 * Inside a transaction. An empty, private note with no links is the same as none: the row goes.
 * An atomic upsert, so two saves of one note never collide: the last one wins whole.
 */
export async function writeNote(tx: Tx, userId: string, skillId: string, n: SkillNote, now: Date): Promise<void> {
  if (n.note === "" && n.links.length === 0 && !n.isPublic) {
    await tx.delete(skillNotes).where(and(eq(skillNotes.userId, userId), eq(skillNotes.skillId, skillId)));
    return;
  }
  await tx
    .insert(skillNotes)
    .values({ userId, skillId, note: n.note, links: n.links, isPublic: n.isPublic, updatedAt: now })
    .onConflictDoUpdate({
      target: [skillNotes.userId, skillNotes.skillId],
      set: { note: n.note, links: n.links, isPublic: n.isPublic, updatedAt: now },
    });
}

export async function saveNotes(userId: string, notes: Readonly<Record<string, SkillNote>>): Promise<void> {
  await withTransaction(async (tx) => {
    const now = new Date();
    for (const [skillId, n] of Object.entries(notes)) await writeNote(tx, userId, skillId, n, now);
  });
}

import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { skillNotes } from "../schema";
import type { Tx } from "../tx";

export type SkillNote = { note: string; links: string[]; isPublic: boolean };
export type NotesBySkill = Record<string, SkillNote>;

export async function getNotes(userId: string, onlyPublic = false): Promise<NotesBySkill> {
  const where = onlyPublic
    ? and(eq(skillNotes.userId, userId), eq(skillNotes.isPublic, true))
    : eq(skillNotes.userId, userId);
  const rows = getDb()
    .select({ skillId: skillNotes.skillId, note: skillNotes.note, links: skillNotes.links, isPublic: skillNotes.isPublic })
    .from(skillNotes)
    .where(where)
    .all();
  const out: NotesBySkill = {};
  for (const { skillId, ...note } of rows) out[skillId] = note;
  return out;
}

/** Inside a transaction. An empty, private note with no links is the same as none: the row goes. */
export function writeNote(tx: Tx, userId: string, skillId: string, n: SkillNote, now: Date): void {
  if (n.note === "" && n.links.length === 0 && !n.isPublic) {
    tx.delete(skillNotes).where(and(eq(skillNotes.userId, userId), eq(skillNotes.skillId, skillId))).run();
    return;
  }
  tx.insert(skillNotes)
    .values({ userId, skillId, note: n.note, links: n.links, isPublic: n.isPublic, updatedAt: now })
    .onConflictDoUpdate({
      target: [skillNotes.userId, skillNotes.skillId],
      set: { note: n.note, links: n.links, isPublic: n.isPublic, updatedAt: now },
    })
    .run();
}

export async function saveNotes(userId: string, notes: Readonly<Record<string, SkillNote>>): Promise<void> {
  getDb().transaction(
    (tx) => {
      const now = new Date();
      for (const [skillId, n] of Object.entries(notes)) writeNote(tx, userId, skillId, n, now);
    },
    { behavior: "immediate" },
  );
}

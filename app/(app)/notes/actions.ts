"use server";

import { saveNotes } from "@/db/queries/notes";
import type { ActionResult } from "@/lib/action-result";
import { noteSchema, type SkillNote } from "@/lib/note-schemas";
import { runUserAction } from "@/server/action-pipeline";
import { expirePublicProfile } from "@/server/profile-expiry";

/** Saves one skill's note, links and "show on public profile" switch. */
export async function saveNoteAction(input: unknown): Promise<ActionResult<SkillNote>> {
  return runUserAction(noteSchema, input, async (user, { skillId, ...note }) => {
    await saveNotes(user.id, { [skillId]: note });
    await expirePublicProfile(user.handle);
    return note;
  });
}

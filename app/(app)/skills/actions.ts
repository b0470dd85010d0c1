"use server";

import { after } from "next/server";
import { revalidateTag, updateTag } from "next/cache";
import { getLevels, applyLevelPlan, setLevel, type LevelsBySkill } from "@/db/queries/levels";
import { saveNotes, type SkillNote } from "@/db/queries/notes";
import { planGuestMerge } from "@/lib/merge-levels";
import { noteSchema } from "@/lib/note-schemas";
import type { ActionResult } from "@/lib/action-result";
import type { Level } from "@/lib/levels";
import { guestLevelsSchema, setLevelSchema } from "@/lib/level-schemas";
import { computeReadiness, summarizeReadiness, type ReadinessSummary } from "@/lib/readiness";
import { z } from "zod";
import { profileTag } from "@/server/profile-cache";
import { runUserAction } from "@/server/action-pipeline";

export type SetLevelResult = { levels: LevelsBySkill; readiness: ReadinessSummary };

/** Sets one skill's level for the signed-in user and returns the new readiness. */
export async function setSkillLevelAction(input: unknown): Promise<ActionResult<SetLevelResult>> {
  return runUserAction(setLevelSchema, input, async (user, { skillId, level }) => {
    const levels = await setLevel(user.id, skillId, level as Level);
    const handle = user.isPublic ? user.handle : null;
    if (handle) {
      // Expired right after the response: updateTag here would make Next re-render the whole
      // Skills page into every level change's response, which the page does not need.
      after(() => revalidateTag(profileTag(handle), { expire: 0 }));
    }
    return { levels, readiness: summarizeReadiness(computeReadiness(levels)) };
  });
}

/** The signed-in user's levels, for the Skills page to refresh itself. */
export async function getMyLevelsAction(): Promise<ActionResult<LevelsBySkill>> {
  return runUserAction(z.undefined(), undefined, async (user) => getLevels(user.id));
}

/** Saves one skill's note, links and "show on public profile" switch. */
export async function saveNoteAction(input: unknown): Promise<ActionResult<SkillNote>> {
  return runUserAction(noteSchema, input, async (user, { skillId, ...note }) => {
    await saveNotes(user.id, { [skillId]: note });
    if (user.isPublic && user.handle) updateTag(profileTag(user.handle));
    return note;
  });
}

/** Merges levels set as a guest in this browser: the higher level wins for each skill. */
export async function mergeGuestLevelsAction(input: unknown): Promise<ActionResult<SetLevelResult & { merged: number }>> {
  return runUserAction(guestLevelsSchema, input, async (user, guest) => {
    const { before, after } = await applyLevelPlan(user.id, (current) =>
      Object.fromEntries(planGuestMerge(current, guest).map((c) => [c.skillId, c.to])),
    );
    const merged = Object.keys(after).filter((id) => after[id] !== (before[id] ?? 0)).length;
    if (merged > 0 && user.isPublic && user.handle) updateTag(profileTag(user.handle));
    return { merged, levels: after, readiness: summarizeReadiness(computeReadiness(after)) };
  });
}

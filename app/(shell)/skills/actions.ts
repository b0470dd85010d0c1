"use server";

import { z } from "zod";
import { getLevels, setLevel, type LevelsBySkill } from "@/db/queries/levels";
import type { ActionResult } from "@/lib/action-result";
import type { Level } from "@/lib/levels";
import { setLevelSchema } from "@/lib/level-schemas";
import { computeReadiness, summarizeReadiness, type ReadinessSummary } from "@/lib/readiness";
import { runUserAction } from "@/server/action-pipeline";
import { expirePublicProfileWithin } from "@/server/profile-expiry";

export type SetLevelResult = { levels: LevelsBySkill; readiness: ReadinessSummary };

/** Sets one skill's level for the signed-in user and returns the new readiness. */
export async function setSkillLevelAction(input: unknown): Promise<ActionResult<SetLevelResult>> {
  return runUserAction(setLevelSchema, input, async (user, { skillId, level }) => {
    const levels = await expirePublicProfileWithin(user.handle, (tags) => setLevel(user.id, skillId, level as Level, tags));
    return { levels, readiness: summarizeReadiness(computeReadiness(levels)) };
  });
}

/** The signed-in user's levels, for the Skills page to refresh itself. */
export async function getMyLevelsAction(): Promise<ActionResult<LevelsBySkill>> {
  return runUserAction(z.undefined(), undefined, async (user) => getLevels(user.id));
}

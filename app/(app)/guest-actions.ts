"use server";

import { applyLevelPlan } from "@/db/queries/levels";
import type { ActionResult } from "@/lib/action-result";
import { guestLevelsSchema } from "@/lib/level-schemas";
import { planGuestMerge } from "@/lib/merge-levels";
import { computeReadiness, summarizeReadiness } from "@/lib/readiness";
import { runUserAction } from "@/server/action-pipeline";
import { expirePublicProfile } from "@/server/profile-expiry";
import type { SetLevelResult } from "@/app/(shell)/skills/actions";

/** Merges levels set as a guest in this browser: the higher level wins for each skill. */
export async function mergeGuestLevelsAction(input: unknown): Promise<ActionResult<SetLevelResult & { merged: number }>> {
  return runUserAction(guestLevelsSchema, input, async (user, guest) => {
    const { before, after } = await applyLevelPlan(user.id, (current) =>
      Object.fromEntries(planGuestMerge(current, guest).map((c) => [c.skillId, c.to])),
    );
    const merged = Object.keys(after).filter((id) => after[id] !== (before[id] ?? 0)).length;
    await expirePublicProfile(user.handle);
    return { merged, levels: after, readiness: summarizeReadiness(computeReadiness(after)) };
  });
}

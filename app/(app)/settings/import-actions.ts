"use server";

import { z } from "zod";
import { getGoal } from "@/db/queries/goals";
import { applyLevelPlan, getLevels } from "@/db/queries/levels";
import type { ActionResult } from "@/lib/action-result";
import { IMPORT_MAX_BYTES, parseImport, planImport } from "@/lib/export-format";
import { LEVEL_NAMES } from "@/lib/levels";
import { getSkill, TIER_NAMES } from "@/lib/roadmap";
import type { GoalInput } from "@/lib/goal-schemas";
import { refuse, runUserAction } from "@/server/action-pipeline";
import { expirePublicProfile } from "@/server/profile-expiry";

export type ImportPreview = {
  changes: { skillId: string; name: string; from: string; to: string }[];
  notes: number;
  /** The goal the import sets, when the file has one that differs from the learner's ("Mid-level by 2027-06-30"). */
  goal: { from: string; to: string } | null;
  unknownSkillIds: string[];
};

function describeGoal(goal: GoalInput | null): string {
  return goal ? `${TIER_NAMES[goal.tier]} by ${goal.targetDate}` : "none";
}

// Room for the file plus JSON string escaping; parseImport applies the exact byte cap.
const importInput = z.strictObject({ text: z.string().max(IMPORT_MAX_BYTES * 2) });

/** Validates an export file and says what importing it would change; writes nothing. */
export async function previewImportAction(input: unknown): Promise<ActionResult<ImportPreview>> {
  return runUserAction(importInput, input, async (user, { text }) => {
    const parsed = parseImport(text);
    if (!parsed.ok) return refuse(parsed.error);
    const [levels, goal] = await Promise.all([getLevels(user.id), getGoal(user.id)]);
    const plan = planImport(levels, parsed.levels);
    const goalChanges = parsed.goal !== null && describeGoal(parsed.goal) !== describeGoal(goal);
    return {
      changes: plan.map((c) => ({
        skillId: c.skillId,
        name: getSkill(c.skillId)?.name ?? c.skillId,
        from: LEVEL_NAMES[c.from],
        to: LEVEL_NAMES[c.to],
      })),
      notes: Object.keys(parsed.notes).length,
      goal: goalChanges ? { from: describeGoal(goal), to: describeGoal(parsed.goal) } : null,
      unknownSkillIds: parsed.unknownSkillIds,
    };
  });
}

/** Applies an export file in one transaction, every level change logged. */
export async function applyImportAction(input: unknown): Promise<ActionResult<{ changed: number; notes: number; goal: string | null }>> {
  return runUserAction(importInput, input, async (user, { text }) => {
    const parsed = parseImport(text);
    if (!parsed.ok) return refuse(parsed.error);
    const { before, after } = await applyLevelPlan(
      user.id,
      (current) => Object.fromEntries(planImport(current, parsed.levels).map((c) => [c.skillId, c.to])),
      parsed.notes,
      parsed.goal,
    );
    await expirePublicProfile(user.handle);
    const changed = Object.keys({ ...before, ...after }).filter((id) => (before[id] ?? 0) !== (after[id] ?? 0)).length;
    return { changed, notes: Object.keys(parsed.notes).length, goal: parsed.goal ? describeGoal(parsed.goal) : null };
  });
}

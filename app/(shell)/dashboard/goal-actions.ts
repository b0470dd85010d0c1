"use server";

import { z } from "zod";
import { setGoal } from "@/db/queries/goals";
import { goalSchema } from "@/lib/goal-schemas";
import { daysUntil } from "@/lib/pace";
import { TIER_NAMES } from "@/lib/tiers";
import { refuse, runUserAction, SIGNED_OUT } from "@/server/action-pipeline";
import { text } from "@/server/form-fields";

export type GoalFormState = { ok?: boolean; message?: string; error?: string; fields?: Record<string, string> };

const clearSchema = z.strictObject({});

/** Sets the learner's target tier and day; the day may be today but not in the past. */
export async function saveGoalAction(_prev: GoalFormState, form: FormData): Promise<GoalFormState> {
  const values = { tier: text(form, "tier"), targetDate: text(form, "targetDate") };
  const result = await runUserAction(
    goalSchema,
    values,
    async (user, goal) => {
      if (daysUntil(goal.targetDate, new Date()) < 0) {
        const error = "Pick a target date from today on.";
        return refuse(error, { targetDate: error });
      }
      if (!(await setGoal(user.id, goal))) return refuse(SIGNED_OUT);
      return goal;
    },
    { fields: true },
  );
  if (!result.ok) return { error: result.error, fields: result.fields };
  return { ok: true, message: `Goal saved: ${TIER_NAMES[result.data.tier]} by ${result.data.targetDate}.` };
}

export async function clearGoalAction(): Promise<GoalFormState> {
  const result = await runUserAction(clearSchema, {}, async (user) => ((await setGoal(user.id, null)) ? true : refuse(SIGNED_OUT)));
  return result.ok ? { ok: true, message: "Goal cleared." } : { error: result.error };
}

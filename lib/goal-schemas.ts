import { z } from "zod";
import { isGoalDate } from "./pace";
import { TIERS, type Tier } from "./tiers";

/** A learner's goal as a form or action sends it; whether the day is past is checked with the clock (daysUntil). */
export const goalSchema = z.strictObject({
  tier: z.enum(TIERS, { error: "Pick Junior, Mid or Senior." }),
  targetDate: z
    .string({ error: "Enter a date." })
    .refine(isGoalDate, "Enter a real date as YYYY-MM-DD.")
    .refine((d) => d >= "2000-01-01" && d <= "2100-12-31", "Enter a date between 2000 and 2100."),
});
export type GoalInput = z.infer<typeof goalSchema>;

/** The goal as the users row stores it (two nullable columns): null when none is set or the pair is incomplete. */
export function storedGoal(row: { goalTier: string | null; goalDate: string | null }): { tier: Tier; targetDate: string } | null {
  const tier = TIERS.find((t) => t === row.goalTier);
  return tier && row.goalDate ? { tier, targetDate: row.goalDate } : null;
}

import { z } from "zod";
import { isGoalDate } from "./pace";
import { TIERS } from "./tiers";

/** A learner's goal as a form or action sends it; whether the day is past is checked with the clock (daysUntil). */
export const goalSchema = z.strictObject({
  tier: z.enum(TIERS, { error: "Pick Junior, Mid or Senior." }),
  targetDate: z
    .string({ error: "Enter a date." })
    .refine(isGoalDate, "Enter a real date as YYYY-MM-DD.")
    .refine((d) => d >= "2000-01-01" && d <= "2100-12-31", "Enter a date between 2000 and 2100."),
});
export type GoalInput = z.infer<typeof goalSchema>;

import { z } from "zod";
import { SKILL_IDS } from "./roadmap";

export const skillIdSchema = z.enum(SKILL_IDS, { error: "Unknown skill." });

export const levelSchema = z
  .int({ error: "Level must be a whole number from 0 to 3." })
  .min(0, "Level must be a whole number from 0 to 3.")
  .max(3, "Level must be a whole number from 0 to 3.");

export const setLevelSchema = z.strictObject({
  skillId: skillIdSchema,
  level: levelSchema,
});
export type SetLevelInput = z.infer<typeof setLevelSchema>;

/** Levels kept in a guest's browser: skill id → level, at most one entry per roadmap skill. */
export const guestLevelsSchema = z
  .partialRecord(skillIdSchema, levelSchema)
  .refine((r) => Object.keys(r).length <= 100, "Too many skills.");

"use server";

import { z } from "zod";
import { applyLevelPlan, getLevels } from "@/db/queries/levels";
import type { ActionResult } from "@/lib/action-result";
import { IMPORT_MAX_BYTES, parseImport, planImport } from "@/lib/export-format";
import { LEVEL_NAMES } from "@/lib/levels";
import { getSkill } from "@/lib/roadmap";
import { refuse, runUserAction } from "@/server/action-pipeline";
import { expirePublicProfile } from "@/server/profile-expiry";

export type ImportPreview = {
  changes: { skillId: string; name: string; from: string; to: string }[];
  notes: number;
  unknownSkillIds: string[];
};

// Room for the file plus JSON string escaping; parseImport applies the exact byte cap.
const importInput = z.strictObject({ text: z.string().max(IMPORT_MAX_BYTES * 2) });

/** Validates an export file and says what importing it would change; writes nothing. */
export async function previewImportAction(input: unknown): Promise<ActionResult<ImportPreview>> {
  return runUserAction(importInput, input, async (user, { text }) => {
    const parsed = parseImport(text);
    if (!parsed.ok) return refuse(parsed.error);
    const plan = planImport(await getLevels(user.id), parsed.levels);
    return {
      changes: plan.map((c) => ({
        skillId: c.skillId,
        name: getSkill(c.skillId)?.name ?? c.skillId,
        from: LEVEL_NAMES[c.from],
        to: LEVEL_NAMES[c.to],
      })),
      notes: Object.keys(parsed.notes).length,
      unknownSkillIds: parsed.unknownSkillIds,
    };
  });
}

/** Applies an export file in one transaction, every level change logged. */
export async function applyImportAction(input: unknown): Promise<ActionResult<{ changed: number; notes: number }>> {
  return runUserAction(importInput, input, async (user, { text }) => {
    const parsed = parseImport(text);
    if (!parsed.ok) return refuse(parsed.error);
    const { before, after } = await applyLevelPlan(
      user.id,
      (current) => Object.fromEntries(planImport(current, parsed.levels).map((c) => [c.skillId, c.to])),
      parsed.notes,
    );
    await expirePublicProfile(user.handle);
    const changed = Object.keys({ ...before, ...after }).filter((id) => (before[id] ?? 0) !== (after[id] ?? 0)).length;
    return { changed, notes: Object.keys(parsed.notes).length };
  });
}

"use server";

import { updateTag } from "next/cache";
import { z } from "zod";
import { applyLevelPlan, getLevels } from "@/db/queries/levels";
import type { ActionResult } from "@/lib/action-result";
import { IMPORT_MAX_BYTES, parseImport, planImport } from "@/lib/export-format";
import { LEVEL_NAMES } from "@/lib/levels";
import { getSkill } from "@/lib/roadmap";
import { profileTag } from "@/server/profile-cache";
import { runUserAction } from "@/server/action-pipeline";

export type ImportPreview = {
  changes: { skillId: string; name: string; from: string; to: string }[];
  notes: number;
  unknownSkillIds: string[];
};

// Room for the file plus JSON string escaping; parseImport applies the exact byte cap.
const importInput = z.strictObject({ text: z.string().max(IMPORT_MAX_BYTES * 2) });

async function preview(userId: string, text: string): Promise<ImportPreview | string> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed.error;
  const plan = planImport(await getLevels(userId), parsed.levels);
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
}

/** Validates an export file and says what importing it would change; writes nothing. */
export async function previewImportAction(input: unknown): Promise<ActionResult<ImportPreview>> {
  const result = await runUserAction(importInput, input, async (user, { text }) => preview(user.id, text));
  if (!result.ok) return result;
  return typeof result.data === "string" ? { ok: false, error: result.data } : { ok: true, data: result.data };
}

/** Applies an export file in one transaction, every level change logged. */
export async function applyImportAction(input: unknown): Promise<ActionResult<{ changed: number; notes: number }>> {
  const result = await runUserAction(importInput, input, async (user, { text }) => {
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed.error;
    const { before, after } = await applyLevelPlan(
      user.id,
      (current) => Object.fromEntries(planImport(current, parsed.levels).map((c) => [c.skillId, c.to])),
      parsed.notes,
    );
    if (user.handle) updateTag(profileTag(user.handle));
    const changed = Object.keys({ ...before, ...after }).filter((id) => (before[id] ?? 0) !== (after[id] ?? 0)).length;
    return { changed, notes: Object.keys(parsed.notes).length };
  });
  if (!result.ok) return result;
  return typeof result.data === "string" ? { ok: false, error: result.data } : { ok: true, data: result.data };
}

"use client";

import { LEVEL_NAMES, type Level } from "@/lib/levels";
import { computeReadiness, summarizeReadiness, type ReadinessSummary } from "@/lib/readiness";
import { getSkill } from "@/lib/roadmap";
import { saveLevel, showLevel, useAccountLevels, type Levels } from "./account-levels";
import { setSaveFeedback } from "./save-feedback";
import { SkillsBoard } from "./skills-board";

type Props = { ownerId: string; initialLevels: Levels; initialReadiness: ReadinessSummary };

/** Signed-in Skills page: optimistic level changes through a server action, rolled back on failure. */
export function AccountSkillsBoard({ ownerId, initialLevels, initialReadiness }: Props) {
  const seed = { ownerId, levels: initialLevels, readiness: initialReadiness };
  const { levels, readiness: serverReadiness, saving } = useAccountLevels(seed);

  async function change(skillId: string, level: Level) {
    const previous = showLevel(seed, skillId, level);
    if (previous === null) return;
    setSaveFeedback({ error: null });
    const outcome = await saveLevel(skillId, level, previous);
    const name = getSkill(skillId)?.name ?? skillId;
    if (outcome.ok) {
      setSaveFeedback({ status: `Saved ${name}: ${LEVEL_NAMES[level]}.` });
      return;
    }
    const { error } = outcome;
    const reason = error instanceof Error && error.message && !/fetch|network/i.test(error.message) ? error.message : "Check your connection and try again.";
    setSaveFeedback({ error: `Could not save ${name}: it is back to ${LEVEL_NAMES[previous]}. ${reason}`, status: "" });
  }

  // Shown at once from the same pure function the server uses; the server's answer confirms it.
  const summary = saving ? summarizeReadiness(computeReadiness(levels)) : serverReadiness;
  return <SkillsBoard levels={levels} summary={summary} onChange={(skillId, level) => void change(skillId, level)} />;
}

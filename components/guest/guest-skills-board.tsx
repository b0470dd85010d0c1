"use client";

import Link from "next/link";
import { LEVEL_NAMES, type Level } from "@/lib/levels";
import { computeReadiness, summarizeReadiness } from "@/lib/readiness";
import { getSkill } from "@/lib/roadmap";
import { setGuestLevel, useGuestLevels } from "@/client/guest-levels";
import { setSaveFeedback } from "@/client/save-feedback";
import { SkillsBoard } from "@/components/skills/skills-board";

/** Skills page without an account: levels live in this browser until sign-up offers to keep them. */
export function GuestSkillsBoard() {
  const levels = useGuestLevels();
  function change(skillId: string, level: Level) {
    try {
      setGuestLevel(skillId, level);
      setSaveFeedback({ error: null, status: `Saved ${getSkill(skillId)?.name ?? skillId}: ${LEVEL_NAMES[level]}. (Kept in this browser.)` });
    } catch {
      setSaveFeedback({ error: "Could not save in this browser (storage is blocked or full).", status: "" });
    }
  }
  return (
    <SkillsBoard
      levels={levels}
      summary={summarizeReadiness(computeReadiness(levels))}
      onChange={change}
      banner={
        <p className="rounded-md border border-line/60 bg-surface px-3 py-2 text-sm">
          <span aria-hidden="true">ℹ </span>
          Guest mode: your levels are kept in this browser only.{" "}
          <Link prefetch={false} href="/signup" className="font-semibold underline">
            Create an account
          </Link>{" "}
          to keep them everywhere.
        </p>
      }
    />
  );
}

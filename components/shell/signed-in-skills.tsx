"use client";

import type { Level } from "@/lib/levels";
import { QueryProvider } from "@/components/skills/query-provider";
import { SignedInSkillsBoard } from "@/components/skills/signed-in-skills-board";

/** The user's Skills board with TanStack Query around it (its optimistic level changes): loaded by SkillsArea beside the read. */
export function SignedInSkills({ ownerId, initialLevels }: { ownerId: string; initialLevels: Record<string, Level> }) {
  return (
    <QueryProvider>
      <SignedInSkillsBoard ownerId={ownerId} initialLevels={initialLevels} />
    </QueryProvider>
  );
}

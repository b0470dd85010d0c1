"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { getMyLevelsAction, setSkillLevelAction, type SetLevelResult } from "@/app/(shell)/skills/actions";
import { LEVEL_NAMES, type Level } from "@/lib/levels";
import { computeReadiness, summarizeReadiness } from "@/lib/readiness";
import { getSkill } from "@/lib/roadmap";
import { levelsKey } from "@/client/query-keys";
import { setSaveFeedback } from "@/client/save-feedback";
import { SkillsBoard } from "./skills-board";

type Levels = Record<string, Level>;
type Props = { ownerId: string; initialLevels: Levels };

const SET_LEVEL_KEY = ["set-level"] as const;

type Change = { skillId: string; level: Level; previous: Level };

async function fetchLevels(): Promise<Levels> {
  const result = await getMyLevelsAction();
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** Signed-in Skills page: optimistic level changes through a server action, rolled back on failure. */
export function SignedInSkillsBoard({ ownerId, initialLevels }: Props) {
  const queryClient = useQueryClient();
  const levelsQueryKey = levelsKey(ownerId);
  const { data: levels = initialLevels } = useQuery({ queryKey: levelsQueryKey, queryFn: fetchLevels, initialData: initialLevels });

  const mutation = useMutation({
    mutationKey: SET_LEVEL_KEY,
    mutationFn: async (vars: Change): Promise<SetLevelResult> => {
      const result = await setSkillLevelAction({ skillId: vars.skillId, level: vars.level });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onError: (err, { skillId, level, previous }) => {
      // Roll back only this skill, and only if nothing newer has been chosen for it meanwhile.
      queryClient.setQueryData<Levels>(levelsQueryKey, (current) =>
        current && current[skillId] === level ? { ...current, [skillId]: previous } : current,
      );
      const name = getSkill(skillId)?.name ?? skillId;
      const reason = err instanceof Error && err.message && !/fetch|network/i.test(err.message) ? err.message : "Check your connection and try again.";
      setSaveFeedback({ error: `Could not save ${name}: it is back to ${LEVEL_NAMES[previous]}. ${reason}`, status: "" });
    },
    onSuccess: (_data, { skillId, level }) => {
      setSaveFeedback({ status: `Saved ${getSkill(skillId)?.name ?? skillId}: ${LEVEL_NAMES[level]}.` });
    },
  });

  function change(skillId: string, level: Level) {
    // The optimistic update is synchronous so the controlled radio never snaps back.
    void queryClient.cancelQueries({ queryKey: levelsQueryKey });
    const current = queryClient.getQueryData<Levels>(levelsQueryKey) ?? initialLevels;
    if (current[skillId] === level) return;
    queryClient.setQueryData<Levels>(levelsQueryKey, { ...current, [skillId]: level });
    setSaveFeedback({ error: null });
    mutation.mutate({ skillId, level, previous: current[skillId] ?? 0 });
  }

  // Readiness is a function of the levels: the same pure function the server uses, so the optimistic
  // levels show their numbers at once, and a rollback takes its numbers back with it.
  const summary = useMemo(() => summarizeReadiness(computeReadiness(levels)), [levels]);
  return <SkillsBoard levels={levels} summary={summary} onChange={change} />;
}

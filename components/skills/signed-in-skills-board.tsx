"use client";

import { useIsMutating, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getMyLevelsAction, setSkillLevelAction, type SetLevelResult } from "@/app/(app)/skills/actions";
import { LEVEL_NAMES, type Level } from "@/lib/levels";
import { computeReadiness, summarizeReadiness, type ReadinessSummary } from "@/lib/readiness";
import { getSkill } from "@/lib/roadmap";
import { levelsKey, readinessKey } from "@/client/query-keys";
import { setSaveFeedback } from "@/client/save-feedback";
import { SkillsBoard } from "./skills-board";

type Levels = Record<string, Level>;
type Props = { ownerId: string; initialLevels: Levels; initialReadiness: ReadinessSummary };

const SET_LEVEL_KEY = ["set-level"] as const;

type Change = { skillId: string; level: Level; previous: Level };

async function fetchLevels(): Promise<Levels> {
  const result = await getMyLevelsAction();
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** Signed-in Skills page: optimistic level changes through a server action, rolled back on failure. */
export function AccountSkillsBoard({ ownerId, initialLevels, initialReadiness }: Props) {
  const queryClient = useQueryClient();
  const levelsQueryKey = levelsKey(ownerId);
  const readinessQueryKey = readinessKey(ownerId);
  const { data: levels = initialLevels } = useQuery({ queryKey: levelsQueryKey, queryFn: fetchLevels, initialData: initialLevels });
  // What the server last confirmed; kept in the query cache so it survives a remount.
  const { data: serverReadiness = initialReadiness } = useQuery({
    queryKey: readinessQueryKey,
    queryFn: () => initialReadiness,
    initialData: initialReadiness,
    staleTime: Infinity,
  });
  const saving = useIsMutating({ mutationKey: SET_LEVEL_KEY }) > 0;

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
    onSuccess: (data, { skillId, level }) => {
      // This mutation still counts as pending here; a newer one in flight will bring fresher numbers.
      if (queryClient.isMutating({ mutationKey: SET_LEVEL_KEY }) <= 1) {
        queryClient.setQueryData(readinessQueryKey, data.readiness);
      }
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

  // Shown at once from the same pure function the server uses; the server's answer confirms it.
  const summary = saving ? summarizeReadiness(computeReadiness(levels)) : serverReadiness;
  return <SkillsBoard levels={levels} summary={summary} onChange={change} />;
}

"use client";

import { useIsMutating, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getMyLevelsAction, setSkillLevelAction, type SetLevelResult } from "@/app/(app)/skills/actions";
import { LEVEL_NAMES, type Level } from "@/lib/levels";
import { computeReadiness, summarizeReadiness, type ReadinessSummary } from "@/lib/readiness";
import { CATEGORIES, getSkill } from "@/lib/roadmap";
import { LevelPicker } from "./level-picker";
import { ReadinessSummaryBar } from "./readiness-summary";
import { setSaveFeedback, useSaveFeedback } from "./save-feedback";

type Levels = Record<string, Level>;
type Props = { initialLevels: Levels; initialReadiness: ReadinessSummary };

const LEVELS_KEY = ["levels"] as const;
const READINESS_KEY = ["readiness"] as const;
const SET_LEVEL_KEY = ["set-level"] as const;

type Change = { skillId: string; level: Level; previous: Level };

async function fetchLevels(): Promise<Levels> {
  const result = await getMyLevelsAction();
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

export function SkillsBoard({ initialLevels, initialReadiness }: Props) {
  const queryClient = useQueryClient();
  const { data: levels = initialLevels } = useQuery({
    queryKey: LEVELS_KEY,
    queryFn: fetchLevels,
    initialData: initialLevels,
  });
  // What the server last confirmed; kept in the query cache so it survives a remount.
  const { data: serverReadiness = initialReadiness } = useQuery({
    queryKey: READINESS_KEY,
    queryFn: () => initialReadiness,
    initialData: initialReadiness,
    staleTime: Infinity,
  });
  const saving = useIsMutating({ mutationKey: SET_LEVEL_KEY }) > 0;
  const { status, error } = useSaveFeedback();

  const mutation = useMutation({
    mutationKey: SET_LEVEL_KEY,
    mutationFn: async (vars: Change): Promise<SetLevelResult> => {
      const result = await setSkillLevelAction({ skillId: vars.skillId, level: vars.level });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onError: (err, { skillId, level, previous }) => {
      // Roll back only this skill, and only if nothing newer has been chosen for it meanwhile.
      queryClient.setQueryData<Levels>(LEVELS_KEY, (current) =>
        current && current[skillId] === level ? { ...current, [skillId]: previous } : current,
      );
      const name = getSkill(skillId)?.name ?? skillId;
      const reason = err instanceof Error && err.message && !/fetch|network/i.test(err.message) ? err.message : "Check your connection and try again.";
      setSaveFeedback({ error: `Could not save ${name}: it is back to ${LEVEL_NAMES[previous]}. ${reason}`, status: "" });
    },
    onSuccess: (data, { skillId, level }) => {
      // This mutation still counts as pending here; a newer one in flight will bring fresher numbers.
      if (queryClient.isMutating({ mutationKey: SET_LEVEL_KEY }) <= 1) {
        queryClient.setQueryData(READINESS_KEY, data.readiness);
      }
      setSaveFeedback({ status: `Saved ${getSkill(skillId)?.name ?? skillId}: ${LEVEL_NAMES[level]}.` });
    },
  });

  // Shown at once from the same pure function the server uses; the server's answer confirms it.
  const optimistic = summarizeReadiness(computeReadiness(levels));
  const summary = saving ? optimistic : serverReadiness;

  function change(skillId: string, level: Level) {
    // The optimistic update is synchronous so the controlled radio never snaps back.
    void queryClient.cancelQueries({ queryKey: LEVELS_KEY });
    const current = queryClient.getQueryData<Levels>(LEVELS_KEY) ?? initialLevels;
    queryClient.setQueryData<Levels>(LEVELS_KEY, { ...current, [skillId]: level });
    setSaveFeedback({ error: null });
    mutation.mutate({ skillId, level, previous: current[skillId] ?? 0 });
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="sticky top-0 z-10 -mx-1 bg-page/95 px-1 py-2 backdrop-blur">
        <ReadinessSummaryBar summary={summary} />
        {error ? (
          <p role="alert" className="mt-2 rounded-md border border-danger bg-danger-soft px-3 py-2 text-danger">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <p role="status" className="sr-only">
          {status}
        </p>
      </div>
      {CATEGORIES.map((category) => (
        <section key={category.id} aria-labelledby={`cat-${category.id}`} className="card">
          <h2 id={`cat-${category.id}`} className="mb-1 text-lg font-semibold">
            {category.name}
          </h2>
          {category.skills.map((skill) => (
            <LevelPicker
              key={skill.id}
              skill={skill}
              value={levels[skill.id] ?? 0}
              onChange={(level) => change(skill.id, level)}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

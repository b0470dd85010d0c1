import { historySeries, type HistorySeries } from "./history-series";
import type { ChangeEvent } from "./history";
import { computePace, type LoggedChange, type Pace } from "./pace";
import { computeReadiness, type LevelMap, type Readiness } from "./readiness";
import { recommendNextWithRubric, type LearnNextWithRubric } from "./recommendations";
import { firstMapTier } from "./skill-map";
import type { Tier } from "./tiers";

export type DashboardGoal = { tier: Tier; targetDate: string };

/**
 * Everything the signed-in Dashboard shows beyond the levels themselves, computed where the data is
 * (GET /api/me?view=dashboard), so the rubric text and these functions stay out of the page's scripts.
 * Plain JSON: no Date, no class.
 */
export type DashboardView = {
  readiness: Readiness;
  /** The skill map's tier checked at first: the goal's, else the first not yet reached. */
  mapTier: Tier;
  goal: DashboardGoal | null;
  pace: Pace | null;
  learnNext: LearnNextWithRubric;
  history: HistorySeries;
};

type Input = {
  levels: LevelMap;
  /**
   * For the history chart: the change log, or only each skill's last change of each UTC day
   * (the same chart from a read that does not grow with the number of changes a day).
   */
  history: readonly ChangeEvent[];
  /** For the pace: the change log, or only each skill's first change after paceWindowStart(now). */
  recent: readonly LoggedChange[];
  goal: DashboardGoal | null;
  now: Date;
};

export function dashboardView({ levels, history, recent, goal, now }: Input): DashboardView {
  return {
    readiness: computeReadiness(levels),
    mapTier: firstMapTier(levels, goal?.tier),
    goal,
    pace: goal ? computePace({ ...goal, now, levels, changes: recent }) : null,
    learnNext: recommendNextWithRubric(levels),
    history: historySeries(history),
  };
}

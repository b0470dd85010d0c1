"use client";

import type { DashboardView } from "@/lib/dashboard-view";
import type { Level } from "@/lib/levels";
import { computeReadiness } from "@/lib/readiness";
import { TIERS } from "@/lib/tiers";
import { GoalPace } from "@/components/dashboard/goal-pace";
import { HistoryChart } from "@/components/dashboard/history-chart";
import { LearnNext } from "@/components/dashboard/learn-next";
import { TierCard } from "@/components/dashboard/tier-card";
import { SkillMap } from "@/components/skill-map/skill-map";

type Props = { view: DashboardView; levels: Record<string, Level> } | { view: null; levels?: undefined };

// Drawn, hidden, while the read is on its way: the same boxes as the real numbers (no layout
// shift), and none of its zeros ever shows or reaches a screen reader (visibility: hidden).
const LOADING: DashboardView = {
  readiness: computeReadiness({}),
  mapTier: "junior",
  goal: null,
  pace: null,
  learnNext: null,
  history: { granularity: "day", points: [] },
};

/** The signed-in Dashboard's numbers, from GET /api/me?view=dashboard; `view` null while it loads. */
export function SignedInDashboard({ view, levels }: Props) {
  const loading = view === null;
  const { readiness, mapTier, goal, pace, learnNext, history } = view ?? LOADING;
  return (
    // aria-busy on a box that stays visible: a hidden one is not in the accessibility tree at all.
    <div aria-busy={loading || undefined}>
      <div className={`flex flex-col gap-6 ${loading ? "invisible" : ""}`}>
        <div className="grid gap-4 lg:grid-cols-3">
          {TIERS.map((tier) => (
            <TierCard key={tier} readiness={readiness[tier]} />
          ))}
        </div>
        {/* Keyed by tier: a new goal re-opens the map on its tier (radios keep their own state otherwise). */}
        <SkillMap key={mapTier} levels={levels ?? {}} tier={mapTier} />
        <GoalPace goal={goal} pace={pace} defaultTier={mapTier} />
        <LearnNext data={learnNext} />
        <HistoryChart series={history} />
      </div>
    </div>
  );
}

import type { ReactNode } from "react";
import type { DashboardView } from "@/lib/dashboard-view";
import type { Level } from "@/lib/levels";
import { TIERS } from "@/lib/tiers";
import { GoalPace } from "@/components/dashboard/goal-pace";
import { HistoryChart } from "@/components/dashboard/history-chart";
import { LearnNext } from "@/components/dashboard/learn-next";
import { TierCard } from "@/components/dashboard/tier-card";
import { SkillMap } from "@/components/skill-map/skill-map";

type Props = {
  view: DashboardView;
  levels: Record<string, Level>;
  /** The goal form: the working one, or its still copy in the loading skeleton. */
  goalForm: ReactNode;
  /** Drawn hidden (the skeleton): the same boxes as the real numbers, none of its zeros ever seen or read out. */
  loading?: boolean;
};

/**
 * The signed-in Dashboard's sections. No hooks and no "use client": the page renders its loading
 * skeleton on the server (dashboard-skeleton.tsx), and the browser loads this code only with the
 * user's numbers (signed-in-dashboard.tsx), so it is not part of the page's first-load JavaScript.
 */
export function DashboardSections({ view, levels, goalForm, loading = false }: Props) {
  const { readiness, mapTier, goal, pace, learnNext, history } = view;
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
        <SkillMap key={mapTier} levels={levels} tier={mapTier} skeleton={loading} />
        <GoalPace goal={goal} pace={pace} form={goalForm} />
        <LearnNext data={learnNext} />
        <HistoryChart series={history} />
      </div>
    </div>
  );
}

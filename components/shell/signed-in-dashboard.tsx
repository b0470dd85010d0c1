"use client";

import type { DashboardView } from "@/lib/dashboard-view";
import type { Level } from "@/lib/levels";
import { GoalForm } from "@/components/dashboard/goal-form";
import { DashboardSections } from "./dashboard-sections";

/** The signed-in Dashboard's numbers, from GET /api/me?view=dashboard (loaded by DashboardArea once they are on their way). */
export function SignedInDashboard({ view, levels }: { view: DashboardView; levels: Record<string, Level> }) {
  return <DashboardSections view={view} levels={levels} goalForm={<GoalForm goal={view.goal} defaultTier={view.goal?.tier ?? view.mapTier} />} />;
}

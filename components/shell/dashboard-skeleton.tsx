import { computeReadiness, type Readiness } from "@/lib/readiness";
import type { DashboardView } from "@/lib/dashboard-view";
import { GoalFormFields } from "@/components/dashboard/goal-form-fields";
import { DashboardSections } from "./dashboard-sections";

// The gap lists sit in closed <details> (no size): the skeleton leaves them out, and its bytes with them.
const full = computeReadiness({});
const readiness: Readiness = {
  junior: { ...full.junior, gaps: [], met: [] },
  mid: { ...full.mid, gaps: [], met: [] },
  senior: { ...full.senior, gaps: [], met: [] },
};

const EMPTY: DashboardView = {
  readiness,
  mapTier: "junior",
  goal: null,
  pace: null,
  learnNext: null,
  history: { granularity: "day", points: [] },
};

/**
 * What the Dashboard shows, hidden, until the user's numbers and their code have arrived: the same
 * sections with no levels, rendered on the server into the cached shell (a server component, so
 * none of it weighs on the page's scripts).
 */
export function DashboardSkeleton() {
  return (
    <DashboardSections
      view={EMPTY}
      levels={{}}
      loading
      goalForm={
        <div className="flex flex-col gap-3">
          <GoalFormFields goal={null} defaultTier={EMPTY.mapTier} />
        </div>
      }
    />
  );
}

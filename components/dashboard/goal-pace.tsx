import type { Pace } from "@/lib/pace";
import { TIER_NAMES, type Tier } from "@/lib/tiers";
import type { ReactNode } from "react";

type Props = { goal: { tier: Tier; targetDate: string } | null; pace: Pace | null; form: ReactNode };

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0$/, ""));

/** The learner's goal and the pace it needs, in words; `form`: the goal form (or its still copy in the loading skeleton). */
export function GoalPace({ goal, pace, form }: Props) {
  return (
    <section aria-labelledby="goal-heading" className="card flex flex-col gap-3">
      <h2 id="goal-heading" className="text-lg font-semibold">
        Goal and pace
      </h2>
      {goal && pace ? (
        <>
          <p className={`font-semibold ${pace.status.kind === "behind" ? "text-danger" : "text-ok"}`}>
            <span aria-hidden="true">{pace.status.kind === "behind" ? "⚠ " : "✓ "}</span>
            {pace.sentence}
          </p>
          <dl aria-label="Pace" className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-muted">Goal</dt>
            <dd>{`${TIER_NAMES[goal.tier]} by ${goal.targetDate}`}</dd>
            <dt className="text-muted">Points left</dt>
            <dd>{`${pace.pointsLeft} of ${pace.total}`}</dd>
            <dt className="text-muted">Needed per week</dt>
            <dd>{pace.neededPerWeek === null ? "The target date is not ahead" : `${num(pace.neededPerWeek)} points`}</dd>
            <dt className="text-muted">Last four weeks</dt>
            <dd>{`${num(pace.recentPerWeek)} points a week (${pace.recentGain} in all)`}</dd>
          </dl>
        </>
      ) : (
        <p className="text-sm text-muted">Pick a tier and a date: the Dashboard then tells you the weekly pace you need, and whether you are keeping it.</p>
      )}
      {form}
    </section>
  );
}

"use client";

import { useState, useTransition } from "react";
import { clearGoalAction, saveGoalAction, type GoalFormState } from "@/app/(shell)/dashboard/goal-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { invalidateMe } from "@/client/me";
import { setSaveFeedback } from "@/client/save-feedback";
import { TIER_NAMES, TIERS, type Tier } from "@/lib/tiers";

type Props = { goal: { tier: Tier; targetDate: string } | null; defaultTier: Tier };

/** Target tier and date; on save the Dashboard reads its numbers again (GET /api/me?view=dashboard) for the new pace. */
export function GoalForm({ goal, defaultTier }: Props) {
  const [state, setState] = useState<GoalFormState>({});
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<GoalFormState>) {
    setState({});
    setSaveFeedback({ status: "" });
    startTransition(async () => {
      const next = await action();
      setState(next);
      if (next.ok && next.message) {
        setSaveFeedback({ status: next.message });
        invalidateMe();
      }
    });
  }

  const dateError = state.fields?.targetDate;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        run(() => saveGoalAction({}, data));
      }}
      className="flex flex-col gap-3"
      noValidate
    >
      <FormAlert message={state.error} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="goal-tier" className="font-medium">
            Target tier
          </label>
          <select id="goal-tier" name="tier" defaultValue={goal?.tier ?? defaultTier} className="rounded-md border border-line bg-surface px-3 py-2">
            {TIERS.map((t) => (
              <option key={t} value={t}>
                {TIER_NAMES[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="goal-date" className="font-medium">
            Target date
          </label>
          <input
            id="goal-date"
            name="targetDate"
            type="date"
            defaultValue={goal?.targetDate ?? ""}
            aria-invalid={dateError ? true : undefined}
            className="rounded-md border border-line bg-surface px-3 py-2"
          />
        </div>
        <button type="submit" aria-disabled={pending} className="btn-primary">
          {goal ? "Update goal" : "Set goal"}
        </button>
        {goal ? (
          <button type="button" aria-disabled={pending} className="btn-secondary" onClick={() => !pending && run(clearGoalAction)}>
            Clear goal
          </button>
        ) : null}
      </div>
    </form>
  );
}

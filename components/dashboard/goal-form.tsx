"use client";

import { useState, useTransition } from "react";
import { clearGoalAction, saveGoalAction, type GoalFormState } from "@/app/(shell)/dashboard/goal-actions";
import { invalidateMe } from "@/client/me";
import { setSaveFeedback } from "@/client/save-feedback";
import type { Tier } from "@/lib/tiers";
import { GoalFormFields } from "./goal-form-fields";

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
      <GoalFormFields
        goal={goal}
        defaultTier={defaultTier}
        error={state.error}
        dateError={dateError}
        pending={pending}
        onClear={() => !pending && run(clearGoalAction)}
      />
    </form>
  );
}

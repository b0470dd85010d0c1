import { FormAlert } from "@/components/ui/form-alert";
import { TIER_NAMES, TIERS, type Tier } from "@/lib/tiers";

type Props = {
  goal: { tier: Tier; targetDate: string } | null;
  defaultTier: Tier;
  error?: string;
  dateError?: string;
  pending?: boolean;
  onClear?: () => void;
};

/**
 * The goal form's fields and buttons, without its behaviour: GoalForm drives them, and the
 * Dashboard's loading skeleton (rendered on the server, hidden) draws them at the same size.
 */
export function GoalFormFields({ goal, defaultTier, error, dateError, pending = false, onClear }: Props) {
  return (
    <>
      <FormAlert message={error} />
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
          <button type="button" aria-disabled={pending} className="btn-secondary" onClick={onClear}>
            Clear goal
          </button>
        ) : null}
      </div>
    </>
  );
}

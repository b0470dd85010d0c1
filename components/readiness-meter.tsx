import { TIER_NAMES, type Tier } from "@/lib/roadmap";

type Props = { tier: Tier; percent: number; ready: boolean; size?: "large" | "small" };

/** One tier's readiness: a labelled progressbar whose text says the percent, and "Ready" when met. */
export function ReadinessMeter({ tier, percent, ready, size = "large" }: Props) {
  const name = TIER_NAMES[tier];
  const valueText = ready ? `${percent}%, Ready` : `${percent}%`;
  return (
    <div
      role="progressbar"
      aria-label={`${name} readiness`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className="flex flex-col gap-1"
    >
      <div className={`flex justify-between gap-x-2 ${size === "large" ? "items-baseline" : "flex-col sm:flex-row sm:items-baseline"}`}>
        <span className={size === "large" ? "text-lg font-semibold" : "font-medium"}>{name}</span>
        <span className={size === "large" ? "text-2xl font-bold tabular-nums" : "font-semibold tabular-nums"}>
          {percent}%
          {ready ? (
            <span className="ml-2 inline-flex items-center gap-1 rounded-full bg-ok-soft px-2 py-0.5 text-sm font-semibold text-ok">
              <span aria-hidden="true">✓</span> Ready
            </span>
          ) : null}
        </span>
      </div>
      <div className={`w-full overflow-hidden rounded-full bg-track ${size === "large" ? "h-3" : "h-2"}`}>
        <div
          className={`h-full rounded-full ${ready ? "bg-ok" : "bg-accent"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}

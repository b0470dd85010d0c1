import type { CSSProperties } from "react";
import { TIER_NAMES, type Tier } from "@/lib/tiers";

type Props = { tier: Tier; percent: number; ready: boolean; size?: "large" | "small" };

/** One tier's readiness: a labelled progressbar whose text says the percent, and "Ready" when met. */
export function ReadinessMeter({ tier, percent, ready, size = "large" }: Props) {
  const name = TIER_NAMES[tier];
  const valueText = ready ? `${percent}%, Ready` : `${percent}%`;
  // The .meter rules in globals.css lay out both spans and draw the bar from --p.
  const className = `meter meter-${size}${ready ? " meter-ready" : ""}`;
  return (
    <div
      role="progressbar"
      aria-label={`${name} readiness`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className={className}
      style={{ "--p": `${percent}%` } as CSSProperties}
    >
      <span>{name}</span>
      <span>
        {`${percent}%`}
        {ready ? (
          <span className="ml-2 inline-flex items-center gap-1 rounded-full bg-ok-soft px-2 py-0.5 text-sm font-semibold text-ok">
            <span aria-hidden="true">✓</span> Ready
          </span>
        ) : null}
      </span>
    </div>
  );
}

"use client";

import { LEVEL_NAMES } from "@/lib/levels";
import type { LearnNext as LearnNextData } from "@/lib/recommendations";
import { TIER_NAMES } from "@/lib/tiers";

export function LearnNext({ data }: { data: LearnNextData }) {
  return (
    <section aria-labelledby="learn-next-heading" className="card flex flex-col gap-3">
      <h2 id="learn-next-heading" className="text-lg font-semibold">
        Learn next
      </h2>
      {data ? (
        <>
          <p className="text-sm text-muted">
            The upgrades that raise your {TIER_NAMES[data.tier]} readiness the most.
          </p>
          <ol aria-label="Learn next" className="flex flex-col gap-2">
            {data.items.map((item) => (
              <li key={item.skillId} className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span>
                  <span className="font-medium">{item.name}</span>: reach {LEVEL_NAMES[item.to]}
                  <span className="text-muted"> (now {LEVEL_NAMES[item.from]})</span>
                </span>
                <span className="font-semibold tabular-nums text-ok">+{item.percentGain}% {TIER_NAMES[data.tier]}</span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          <span aria-hidden="true">✓ </span>Every tier is met: nothing left to learn on this roadmap.
        </p>
      )}
    </section>
  );
}

import type { ReadinessSummary } from "./readiness";
import { TIERS, type Tier } from "./roadmap";

/** The highest tier fully met, or null; tiers are checked in order, so Mid needs Junior. */
export function highestTierReached(summary: ReadinessSummary): Tier | null {
  let reached: Tier | null = null;
  for (const tier of TIERS) {
    if (!summary[tier].ready) break;
    reached = tier;
  }
  return reached;
}

/** The first tier not yet met, or null when every tier is met. */
export function nextTier(summary: ReadinessSummary): Tier | null {
  return TIERS.find((tier) => !summary[tier].ready) ?? null;
}

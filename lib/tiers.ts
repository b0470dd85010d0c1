export const TIERS = ["junior", "mid", "senior"] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_NAMES: Record<Tier, string> = {
  junior: "Junior",
  mid: "Mid",
  senior: "Senior",
};

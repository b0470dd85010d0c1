import type { Level } from "./levels";
import { SKILLS, TIERS, type Tier } from "./roadmap";

/** Levels held by a user, by skill id; a missing skill counts as 0. */
export type LevelMap = Readonly<Record<string, Level | undefined>>;

export type Gap = { skillId: string; name: string; held: Level; needed: Level };
export type Met = { skillId: string; name: string; held: Level; needed: Level };

export type TierReadiness = {
  tier: Tier;
  percent: number;
  ready: boolean;
  points: number;
  total: number;
  met: Met[];
  /** Largest shortfall first, then roadmap order. */
  gaps: Gap[];
};

export type Readiness = Record<Tier, TierReadiness>;

/** The summary a client needs to redraw the three meters. */
export type ReadinessSummary = Record<Tier, { percent: number; ready: boolean }>;

// The rule, in one place: a required skill earns its level toward a tier, capped at what the tier
// needs; the percent is the whole part of points over the tier's total.
function earned(held: Level, needed: Level): number {
  return Math.min(held, needed);
}

function percentOf(points: number, total: number): number {
  return Math.floor((100 * points) / total);
}

export function computeTierReadiness(levels: LevelMap, tier: Tier): TierReadiness {
  let points = 0;
  let total = 0;
  const met: Met[] = [];
  const gaps: Gap[] = [];
  for (const skill of SKILLS) {
    const needed = skill.required[tier];
    if (needed === 0) continue;
    const held = levels[skill.id] ?? 0;
    total += needed;
    points += earned(held, needed);
    const entry = { skillId: skill.id, name: skill.name, held, needed };
    if (held >= needed) met.push(entry);
    else gaps.push(entry);
  }
  // Stable sort keeps roadmap order among equal shortfalls.
  gaps.sort((a, b) => b.needed - b.held - (a.needed - a.held));
  return {
    tier,
    percent: percentOf(points, total),
    ready: gaps.length === 0,
    points,
    total,
    met,
    gaps,
  };
}

export function computeReadiness(levels: LevelMap): Readiness {
  return {
    junior: computeTierReadiness(levels, "junior"),
    mid: computeTierReadiness(levels, "mid"),
    senior: computeTierReadiness(levels, "senior"),
  };
}

/** Only each tier's percent (computeReadiness's, without the met and gap lists): for replaying a history. */
export function readinessPercents(levels: LevelMap): Record<Tier, number> {
  const percents = {} as Record<Tier, number>;
  for (const tier of TIERS) {
    let points = 0;
    let total = 0;
    for (const skill of SKILLS) {
      const needed = skill.required[tier];
      if (needed === 0) continue;
      total += needed;
      points += earned(levels[skill.id] ?? 0, needed);
    }
    percents[tier] = percentOf(points, total);
  }
  return percents;
}

export function summarizeReadiness(readiness: Readiness): ReadinessSummary {
  const summary = {} as ReadinessSummary;
  for (const tier of TIERS) {
    summary[tier] = { percent: readiness[tier].percent, ready: readiness[tier].ready };
  }
  return summary;
}

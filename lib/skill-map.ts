import type { Level } from "./levels";
import { computeTierReadiness, type LevelMap } from "./readiness";
import { CATEGORIES, TIERS, type Tier } from "./roadmap";

/**
 * - "not-needed": the tier requires nothing of the skill (needed 0), whatever level is held; a
 *   level held there earns no points for the tier, so it is shown but never counts as met.
 * - "met": needed > 0 and held ≥ needed (the same test as readiness's met list).
 * - "one-short": held = needed − 1.
 * - "two-plus-short": held ≤ needed − 2.
 */
export type CellState = "met" | "one-short" | "two-plus-short" | "not-needed";

export const CELL_STATES = ["met", "one-short", "two-plus-short", "not-needed"] as const satisfies readonly CellState[];

/** Words for each state, for the map's text equivalent and legend. */
export const CELL_STATE_LABELS: Record<CellState, string> = {
  met: "Met",
  "one-short": "One level short",
  "two-plus-short": "Two or more levels short",
  "not-needed": "Not needed",
};

export type SkillCell = {
  skillId: string;
  name: string;
  categoryId: string;
  category: string;
  held: Level;
  /** 0 when the tier does not require the skill. */
  needed: Level;
  state: CellState;
};

export type SkillMapCategory = { categoryId: string; category: string; cells: SkillCell[] };

export type SkillMap = {
  tier: Tier;
  /** The 14 categories in roadmap order, each with its skills in roadmap order. */
  categories: SkillMapCategory[];
  counts: Record<CellState, number>;
};

export function cellState(held: Level, needed: Level): CellState {
  if (needed === 0) return "not-needed";
  if (held >= needed) return "met";
  return needed - held === 1 ? "one-short" : "two-plus-short";
}

/** One cell per roadmap skill for `tier`, grouped by category; a skill never touched is held at 0. */
export function buildSkillMap(tier: Tier, levels: LevelMap): SkillMap {
  const counts: Record<CellState, number> = { met: 0, "one-short": 0, "two-plus-short": 0, "not-needed": 0 };
  const categories = CATEGORIES.map((c) => ({
    categoryId: c.id,
    category: c.name,
    cells: c.skills.map((s): SkillCell => {
      const held = levels[s.id] ?? 0;
      const needed = s.required[tier];
      const state = cellState(held, needed);
      counts[state] += 1;
      return { skillId: s.id, name: s.name, categoryId: c.id, category: c.name, held, needed, state };
    }),
  }));
  return { tier, categories, counts };
}

/** The map for each tier, for a tier switch that needs no round trip. */
export function buildSkillMaps(levels: LevelMap): Record<Tier, SkillMap> {
  return Object.fromEntries(TIERS.map((t) => [t, buildSkillMap(t, levels)])) as Record<Tier, SkillMap>;
}

/** The cells in roadmap order, e.g. for the "Skills by category" table. */
export function skillMapCells(map: SkillMap): SkillCell[] {
  return map.categories.flatMap((c) => c.cells);
}

/** The tier a map opens on: the goal's tier if there is one, else the first tier not yet met, else Senior. */
export function firstMapTier(levels: LevelMap, goalTier?: Tier | null): Tier {
  if (goalTier) return goalTier;
  return TIERS.find((t) => !computeTierReadiness(levels, t).ready) ?? "senior";
}

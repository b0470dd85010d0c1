import type { Level } from "./levels";
import { highestTierReached } from "./highest-tier";
import { computeReadiness, summarizeReadiness, type LevelMap, type ReadinessSummary } from "./readiness";
import { CATEGORIES, TIER_NAMES, type Tier } from "./roadmap";

export type PublicProfile = {
  handle: string;
  /** What to call the person: their display name, else their handle. */
  displayName: string;
  readiness: ReadinessSummary;
  highestTier: Tier | null;
  categories: { id: string; name: string; skills: PublicSkill[] }[];
};

export type PublicSkill = { id: string; name: string; level: Level; note?: { text: string; links: string[] } };

/** The whole public view of a profile, built from the handle, name and levels only. */
export function buildPublicProfile(input: {
  handle: string;
  name: string | null;
  levels: Readonly<Record<string, Level | undefined>>;
  /** Only the notes the owner chose to show. */
  notes?: Readonly<Record<string, { note: string; links: string[]; isPublic: boolean } | undefined>>;
}): PublicProfile {
  const readiness = summarizeReadiness(computeReadiness(input.levels));
  return {
    handle: input.handle,
    displayName: input.name ?? input.handle,
    readiness,
    highestTier: highestTierReached(readiness),
    categories: CATEGORIES.map((c) => ({
      id: c.id,
      name: c.name,
      skills: c.skills.map((s): PublicSkill => {
        const note = input.notes?.[s.id];
        const skill: PublicSkill = { id: s.id, name: s.name, level: input.levels[s.id] ?? 0 };
        if (note?.isPublic && (note.note || note.links.length > 0)) skill.note = { text: note.note, links: note.links };
        return skill;
      }),
    })),
  };
}

export function describeReadiness(readiness: ReadinessSummary): string {
  return (["junior", "mid", "senior"] as const)
    .map((t) => `${TIER_NAMES[t]} ${readiness[t].percent}%${readiness[t].ready ? " (ready)" : ""}`)
    .join(", ");
}

/** The levels a public profile shows, by skill id (for its skill map). */
export function profileLevels(profile: PublicProfile): LevelMap {
  return Object.fromEntries(profile.categories.flatMap((c) => c.skills.map((s) => [s.id, s.level])));
}

import type { Level } from "../levels";
import { DELIVERY_RUBRICS } from "./delivery";
import { FOUNDATIONS_RUBRICS } from "./foundations";
import { PACKAGING_DATABASES_RUBRICS } from "./packaging-databases";
import { QUALITY_ARCHITECTURE_RUBRICS } from "./quality-architecture";
import type { DocLink, RubricData, RubricLevel, SkillRubric } from "./types";
import { WEB_API_RUBRICS } from "./web-api";

export type { DocLink, RubricData, RubricLevel, SkillRubric } from "./types";

/** Bump when a statement or link changes meaning, so a learner can be asked to re-check a level. */
export const RUBRIC_VERSION = 1;

export const RUBRIC_LEVELS = [1, 2, 3] as const satisfies readonly RubricLevel[];

/** Every skill's rubric, keyed by stable skill id, in roadmap order. */
export const RUBRICS: RubricData = {
  ...FOUNDATIONS_RUBRICS,
  ...PACKAGING_DATABASES_RUBRICS,
  ...WEB_API_RUBRICS,
  ...QUALITY_ARCHITECTURE_RUBRICS,
  ...DELIVERY_RUBRICS,
};

export type LevelStatements = { level: RubricLevel; statements: readonly string[] };

export function getRubric(skillId: string): SkillRubric | undefined {
  return Object.hasOwn(RUBRICS, skillId) ? RUBRICS[skillId] : undefined;
}

/** Only what `level` adds on top of the level below it. */
export function statementsAddedAt(skillId: string, level: RubricLevel): readonly string[] {
  return getRubric(skillId)?.adds[level] ?? [];
}

/** Everything `level` asks, lowest level first (None asks nothing). */
export function cumulativeStatements(skillId: string, level: Level): LevelStatements[] {
  return upgradeStatements(skillId, 0, level);
}

/** What going from `from` to `to` asks: the statements of each level above `from` up to `to`. */
export function upgradeStatements(skillId: string, from: Level, to: Level): LevelStatements[] {
  const rubric = getRubric(skillId);
  if (!rubric) return [];
  return RUBRIC_LEVELS.filter((l) => l > from && l <= to).map((level) => ({
    level,
    statements: rubric.adds[level],
  }));
}

export function docLinks(skillId: string): readonly DocLink[] {
  return getRubric(skillId)?.docs ?? [];
}

export function firstDocLink(skillId: string): DocLink | undefined {
  return docLinks(skillId)[0];
}

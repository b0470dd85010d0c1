import type { Level } from "../levels";

/** The levels a rubric describes; None (0) asks nothing. */
export type RubricLevel = Exclude<Level, 0>;

export type DocLink = { readonly title: string; readonly url: string };

/**
 * One skill's rubric. `adds[n]` lists only what level n adds on top of level n − 1: each level
 * includes everything below it, so an Intermediate can also do every Beginner statement
 * (use `cumulativeStatements` for the full list a level asks).
 */
export type SkillRubric = {
  readonly adds: { readonly [L in RubricLevel]: readonly string[] };
  readonly docs: readonly DocLink[];
};

/** Rubrics keyed by the stable skill ids of lib/roadmap.ts. */
export type RubricData = { readonly [skillId: string]: SkillRubric };

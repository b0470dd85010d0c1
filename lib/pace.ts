import type { ChangeEvent } from "./history";
import type { Level } from "./levels";
import { computeTierReadiness, type LevelMap } from "./readiness";
import { TIER_NAMES, type Tier } from "./roadmap";

/** A row of the level-change log (db/schema.ts level_changes): history's event plus the level before. */
export type LoggedChange = ChangeEvent & { oldLevel: Level };

export type PaceInput = {
  tier: Tier;
  /** The target day, "YYYY-MM-DD", read as a UTC calendar day like the history chart's dates. */
  targetDate: string;
  now: Date;
  /** The levels held now (the source of truth; the log is only used to look back). */
  levels: LevelMap;
  /** The change log, or only each skill's first change after paceWindowStart(now): the same pace. */
  changes: readonly LoggedChange[];
};

export type PaceStatus = { kind: "reached" } | { kind: "on-track" } | { kind: "behind"; points: number };

export type Pace = {
  tier: Tier;
  targetDate: string;
  /** Σ max(0, r(s) − min(level, r(s))) over the tier's skills: its total minus readiness points. */
  pointsLeft: number;
  total: number;
  /** Whole UTC days from today to the target day; 0 when it is today, negative once it has passed. */
  daysLeft: number;
  /**
   * Points a week needed to reach the tier by the target day, rounded up to two decimals so that
   * keeping to it is always enough; 0 when reached; null when points are left and no day is.
   */
  neededPerWeek: number | null;
  /** Net points gained toward the tier over the last 28 days (negative when levels were lowered). */
  recentGain: number;
  /** recentGain / 4: exact in quarters, so it never needs rounding. */
  recentPerWeek: number;
  status: PaceStatus;
  /** The Dashboard's sentence: "Target reached: …", "On track: …" or "Behind by N points: …". */
  sentence: string;
};

export const PACE_WINDOW_DAYS = 28;
const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A real calendar day written "YYYY-MM-DD". */
export function isGoalDate(value: string): boolean {
  return parseDay(value) !== null;
}

function parseDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole UTC calendar days from `now`'s day to `targetDate` (0 today, negative once past). */
export function daysUntil(targetDate: string, now: Date): number {
  const target = parseDay(targetDate);
  if (target === null) throw new RangeError(`Not a calendar day: ${targetDate}`);
  return Math.round((target - utcDay(now)) / DAY_MS);
}

/** Where the pace's look back starts: the levels held then against those held now. */
export function paceWindowStart(now: Date): Date {
  return new Date(now.getTime() - PACE_WINDOW_DAYS * DAY_MS);
}

/**
 * The levels held at `at`: the current levels with every logged change after `at` undone (each
 * skill goes back to the old level of its first change after `at`), so only the log's recent
 * part has to be complete.
 */
export function levelsAt(levels: LevelMap, changes: readonly LoggedChange[], at: Date): LevelMap {
  const out: Record<string, Level | undefined> = { ...levels };
  const later = changes
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.changedAt.getTime() > at.getTime())
    .sort((a, b) => a.c.changedAt.getTime() - b.c.changedAt.getTime() || a.i - b.i);
  const undone = new Set<string>();
  for (const { c } of later) {
    if (undone.has(c.skillId)) continue;
    undone.add(c.skillId);
    out[c.skillId] = c.oldLevel;
  }
  return out;
}

export function computePace(input: PaceInput): Pace {
  const { tier, targetDate, now, levels, changes } = input;
  const daysLeft = daysUntil(targetDate, now);
  const current = computeTierReadiness(levels, tier);
  const before = computeTierReadiness(levelsAt(levels, changes, paceWindowStart(now)), tier);
  const pointsLeft = current.total - current.points;
  const recentGain = current.points - before.points;
  const recentPerWeek = recentGain / 4;
  const base = { tier, targetDate, pointsLeft, total: current.total, daysLeft, recentGain, recentPerWeek };

  if (pointsLeft === 0) {
    const status: PaceStatus = { kind: "reached" };
    return { ...base, neededPerWeek: 0, status, sentence: sentence(base, status, 0) };
  }
  if (daysLeft <= 0) {
    const status: PaceStatus = { kind: "behind", points: pointsLeft };
    return { ...base, neededPerWeek: null, status, sentence: sentence(base, status, null) };
  }
  const neededPerWeek = ceil2((pointsLeft * 7) / daysLeft);
  // Projected gain by the target day at the recent pace = recentGain × daysLeft / 28; compared in
  // whole numbers so "exactly on pace" is on track. A losing pace projects no gain, not a loss.
  const projected28 = Math.max(0, recentGain) * daysLeft;
  const status: PaceStatus =
    projected28 >= pointsLeft * PACE_WINDOW_DAYS
      ? { kind: "on-track" }
      : { kind: "behind", points: Math.ceil((pointsLeft * PACE_WINDOW_DAYS - projected28) / PACE_WINDOW_DAYS) };
  return { ...base, neededPerWeek, status, sentence: sentence(base, status, neededPerWeek) };
}

function ceil2(x: number): number {
  // The epsilon absorbs binary noise such as 1.5 × 100 = 150.00000000000003.
  return Math.ceil(x * 100 - 1e-9) / 100;
}

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
}

function points(n: number): string {
  return `${num(n)} ${n === 1 ? "point" : "points"}`;
}

function formatDay(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

type Base = Omit<Pace, "neededPerWeek" | "status" | "sentence">;

function sentence(p: Base, status: PaceStatus, needed: number | null): string {
  const tier = TIER_NAMES[p.tier];
  const date = formatDay(p.targetDate);
  if (status.kind === "reached") return `Target reached: you meet every ${tier} requirement.`;
  const head = status.kind === "on-track" ? "On track" : `Behind by ${points(status.points)}`;
  if (needed === null) {
    const when = p.daysLeft === 0 ? `the target date, ${date}, is today` : `the target date, ${date}, has passed`;
    return `${head}: ${when}, with ${points(p.pointsLeft)} left for ${tier}.`;
  }
  const recent =
    p.recentPerWeek < 0
      ? `the last four weeks lost ${points(-p.recentPerWeek)} a week`
      : `the last four weeks averaged ${points(p.recentPerWeek)} a week`;
  return `${head}: ${points(p.pointsLeft)} left for ${tier} by ${date} means ${points(needed)} a week, and ${recent}.`;
}

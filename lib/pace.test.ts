import { describe, expect, it } from "vitest";
import type { Level } from "./levels";
import { computePace, isGoalDate, levelsAt, type LoggedChange } from "./pace";
import { computeTierReadiness, type LevelMap } from "./readiness";
import { SKILLS } from "./roadmap";

const NOW = new Date("2026-12-02T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 60 * 60 * 1000);
const ch = (skillId: string, oldLevel: Level, newLevel: Level, changedAt: Date): LoggedChange => ({
  skillId,
  oldLevel,
  newLevel,
  changedAt,
});
const JUNIOR_SKILLS = SKILLS.filter((s) => s.required.junior === 1).map((s) => s.id);

/** `n` Junior skills raised to Beginner `ago` days back: levels now and their log. */
function gained(n: number, ago: number): { levels: LevelMap; changes: LoggedChange[] } {
  const ids = JUNIOR_SKILLS.slice(0, n);
  return {
    levels: Object.fromEntries(ids.map((id) => [id, 1 as Level])),
    changes: ids.map((id) => ch(id, 0, 1, daysAgo(ago))),
  };
}

describe("computePace", () => {
  it("with no history: every point left, no recent pace, behind by all of them", () => {
    const pace = computePace({ tier: "junior", targetDate: "2027-01-27", now: NOW, levels: {}, changes: [] });
    expect(pace).toMatchObject({
      pointsLeft: 20,
      total: 20,
      daysLeft: 56,
      neededPerWeek: 2.5,
      recentGain: 0,
      recentPerWeek: 0,
      status: { kind: "behind", points: 20 },
    });
    expect(pace.sentence).toBe(
      "Behind by 20 points: 20 points left for Junior by 27 January 2027 means 2.5 points a week, and the last four weeks averaged 0 points a week.",
    );
  });

  it("counts points left the way readiness counts points", () => {
    const levels: LevelMap = { "python-fundamentals": 3, kubernetes: 3, "linux-basics": 1 };
    for (const tier of ["junior", "mid", "senior"] as const) {
      const r = computeTierReadiness(levels, tier);
      const pace = computePace({ tier, targetDate: "2027-06-01", now: NOW, levels, changes: [] });
      expect(pace.pointsLeft).toBe(r.total - r.points);
      const byFormula = SKILLS.reduce((sum, s) => {
        const need = s.required[tier];
        return sum + Math.max(0, need - Math.min(levels[s.id] ?? 0, need));
      }, 0);
      expect(pace.pointsLeft).toBe(byFormula);
    }
  });

  it("takes the recent pace from the last 28 days only", () => {
    const recent = gained(4, 10);
    const old = ch("git", 0, 1, daysAgo(29));
    const pace = computePace({
      tier: "junior",
      targetDate: "2027-01-27",
      now: NOW,
      levels: { ...recent.levels, git: 1 },
      changes: [old, ...recent.changes],
    });
    expect(pace).toMatchObject({ pointsLeft: 15, recentGain: 4, recentPerWeek: 1, neededPerWeek: 1.88 });
    // 8 weeks at 1 a week brings 8 of the 15 points.
    expect(pace.status).toEqual({ kind: "behind", points: 7 });
    expect(pace.sentence).toBe(
      "Behind by 7 points: 15 points left for Junior by 27 January 2027 means 1.88 points a week, and the last four weeks averaged 1 point a week.",
    );
  });

  it("nets gains and losses, and counts only points the tier can use", () => {
    const changes = [
      ch("python-fundamentals", 2, 0, daysAgo(3)), // −2 for Junior
      ch("git", 0, 1, daysAgo(5)), // +1
      ch("docker", 0, 1, daysAgo(6)),
      ch("docker", 1, 0, daysAgo(2)), // raised and lowered: nets 0
      ch("kubernetes", 0, 3, daysAgo(1)), // not required for Junior
      ch("linux-basics", 1, 3, daysAgo(4)), // above Junior's Beginner: no Junior gain
    ];
    const levels: LevelMap = { git: 1, kubernetes: 3, "linux-basics": 3, "python-fundamentals": 0, docker: 0 };
    const junior = computePace({ tier: "junior", targetDate: "2027-03-03", now: NOW, levels, changes });
    expect(junior).toMatchObject({ recentGain: -1, recentPerWeek: -0.25, status: { kind: "behind", points: 18 } });
    expect(junior.sentence).toContain("the last four weeks lost 0.25 points a week");
    const mid = computePace({ tier: "mid", targetDate: "2027-03-03", now: NOW, levels, changes });
    // Mid: Kubernetes +1 (needs Beginner), Linux +1 (1 → 2), Git +1, Python −2.
    expect(mid.recentGain).toBe(1);
  });

  it("is on track exactly on pace, and behind by a whole point just short of it", () => {
    // 8 points gained in the window: 2 a week; 12 left; 6 weeks left needs exactly 2 a week.
    const { levels, changes } = gained(8, 7);
    const exact = computePace({ tier: "junior", targetDate: "2027-01-13", now: NOW, levels, changes });
    expect(exact).toMatchObject({ pointsLeft: 12, daysLeft: 42, neededPerWeek: 2, recentPerWeek: 2, status: { kind: "on-track" } });
    expect(exact.sentence).toBe(
      "On track: 12 points left for Junior by 13 January 2027 means 2 points a week, and the last four weeks averaged 2 points a week.",
    );
    const dayLess = computePace({ tier: "junior", targetDate: "2027-01-12", now: NOW, levels, changes });
    // 41 days at 2 a week projects 11.71 of 12 points.
    expect(dayLess).toMatchObject({ neededPerWeek: 2.05, status: { kind: "behind", points: 1 } });
    expect(dayLess.sentence.startsWith("Behind by 1 point: ")).toBe(true);
    const ahead = computePace({ tier: "junior", targetDate: "2027-06-01", now: NOW, levels, changes });
    expect(ahead.status).toEqual({ kind: "on-track" });
  });

  it("gives quarter-point paces and two-decimal needs, as the Dashboard shows them", () => {
    // 3 of Junior's 20 points, all gained this week: 0.75 a week; 17 left.
    const levels: LevelMap = { "python-fundamentals": 2, git: 1 };
    const changes = [ch("python-fundamentals", 0, 2, daysAgo(1)), ch("git", 0, 1, daysAgo(1))];
    const near = computePace({ tier: "junior", targetDate: "2027-02-10", now: NOW, levels, changes });
    // 70 days: 1.7 a week needed; 0.75 × 10 weeks = 7.5 projected, 9.5 short → behind by 10.
    expect(near).toMatchObject({ pointsLeft: 17, daysLeft: 70, neededPerWeek: 1.7, recentGain: 3, recentPerWeek: 0.75, status: { kind: "behind", points: 10 } });
    expect(near.sentence).toBe(
      "Behind by 10 points: 17 points left for Junior by 10 February 2027 means 1.7 points a week, and the last four weeks averaged 0.75 points a week.",
    );
    // 200 days: 17 × 7 / 200 = 0.595, rounded up to 0.6; 0.75 a week keeps it.
    const far = computePace({ tier: "junior", targetDate: "2027-06-20", now: NOW, levels, changes });
    expect(far).toMatchObject({ daysLeft: 200, neededPerWeek: 0.6, status: { kind: "on-track" } });
  });

  it("says the target is reached once the tier is met, whatever the date", () => {
    const levels = Object.fromEntries(SKILLS.map((s) => [s.id, s.required.junior]));
    for (const targetDate of ["2027-06-01", "2026-12-02", "2026-01-01"]) {
      const pace = computePace({ tier: "junior", targetDate, now: NOW, levels, changes: [] });
      expect(pace).toMatchObject({ pointsLeft: 0, neededPerWeek: 0, status: { kind: "reached" } });
      expect(pace.sentence).toBe("Target reached: you meet every Junior requirement.");
    }
  });

  it("is behind by every point left when the date is today or past", () => {
    const { levels, changes } = gained(8, 7);
    const today = computePace({ tier: "junior", targetDate: "2026-12-02", now: NOW, levels, changes });
    expect(today).toMatchObject({ daysLeft: 0, neededPerWeek: null, status: { kind: "behind", points: 12 } });
    expect(today.sentence).toBe("Behind by 12 points: the target date, 2 December 2026, is today, with 12 points left for Junior.");
    const past = computePace({ tier: "mid", targetDate: "2026-11-30", now: NOW, levels, changes });
    expect(past).toMatchObject({ daysLeft: -2, neededPerWeek: null, status: { kind: "behind", points: 51 } });
    expect(past.sentence).toBe("Behind by 51 points: the target date, 30 November 2026, has passed, with 51 points left for Mid.");
  });

  it("counts days in UTC calendar days, whatever the hour", () => {
    const late = new Date("2026-12-02T23:59:59Z");
    const early = new Date("2026-12-02T00:00:00Z");
    for (const now of [late, early]) {
      expect(computePace({ tier: "senior", targetDate: "2026-12-09", now, levels: {}, changes: [] }).daysLeft).toBe(7);
    }
  });

  it("says on track exactly when the shown recent pace reaches the shown needed pace", () => {
    for (let gain = 0; gain <= 20; gain++) {
      for (let days = 1; days <= 120; days += 7) {
        const { levels, changes } = gained(gain, 3);
        const p = computePace({ tier: "junior", targetDate: new Date(NOW.getTime() + days * 864e5).toISOString().slice(0, 10), now: NOW, levels, changes });
        if (p.status.kind === "reached") continue;
        expect(p.status.kind === "on-track", `gain ${gain}, ${days} days`).toBe(p.recentPerWeek >= p.neededPerWeek!);
        expect(p.neededPerWeek! * days).toBeGreaterThanOrEqual((p.pointsLeft * 7) - 1e-9);
      }
    }
  });

  it("rejects a target that is not a calendar day", () => {
    expect(() => computePace({ tier: "junior", targetDate: "2027-02-30", now: NOW, levels: {}, changes: [] })).toThrow(RangeError);
    for (const bad of ["2027-02-30", "2027-1-5", "", "2027-13-01", "27-01-01", "2027-01-01T00:00:00Z"]) {
      expect(isGoalDate(bad), bad).toBe(false);
    }
    expect(isGoalDate("2028-02-29")).toBe(true);
  });
});

describe("levelsAt", () => {
  it("undoes changes after the moment, back to the first one's old level", () => {
    const changes = [
      ch("git", 0, 1, daysAgo(40)),
      ch("git", 1, 2, daysAgo(20)),
      ch("git", 2, 3, daysAgo(10)),
      ch("docker", 0, 2, daysAgo(28)),
    ];
    const now: LevelMap = { git: 3, docker: 2 };
    expect(levelsAt(now, changes, daysAgo(28))).toEqual({ git: 1, docker: 2 });
    expect(levelsAt(now, changes, daysAgo(15))).toEqual({ git: 2, docker: 2 });
    expect(levelsAt(now, changes, NOW)).toEqual(now);
    // Log order does not matter, only time.
    expect(levelsAt(now, [...changes].reverse(), daysAgo(28))).toEqual({ git: 1, docker: 2 });
  });
});

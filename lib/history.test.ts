import { describe, expect, it } from "vitest";
import { readinessHistory, type ChangeEvent } from "./history";
import type { Level } from "./levels";
import { computeReadiness } from "./readiness";
import { SKILLS } from "./roadmap";

const at = (iso: string) => new Date(iso);

describe("readinessHistory", () => {
  it("is empty without changes", () => {
    expect(readinessHistory([])).toEqual([]);
  });

  it("gives one day of changes a starting point, so the chart has a line", () => {
    const points = readinessHistory([
      { skillId: "linux-basics", newLevel: 1, changedAt: at("2026-03-10T09:00:00Z") },
      { skillId: "git", newLevel: 1, changedAt: at("2026-03-10T10:00:00Z") },
    ]);
    expect(points).toEqual([
      { date: "2026-03-09", junior: 0, mid: 0, senior: 0 },
      { date: "2026-03-10", junior: 10, mid: 3, senior: 1 },
    ]);
  });

  it("keeps the end-of-day state, replays in time order and follows decreases", () => {
    const points = readinessHistory([
      { skillId: "python-fundamentals", newLevel: 3, changedAt: at("2026-03-12T08:00:00Z") },
      { skillId: "python-fundamentals", newLevel: 2, changedAt: at("2026-03-10T08:00:00Z") },
      { skillId: "python-fundamentals", newLevel: 0, changedAt: at("2026-03-13T08:00:00Z") },
    ]);
    expect(points.map((p) => [p.date, p.junior, p.mid])).toEqual([
      ["2026-03-09", 0, 0],
      ["2026-03-10", 10, 3],
      ["2026-03-12", 10, 5],
      ["2026-03-13", 0, 0],
    ]);
  });
});

describe("readinessHistory against a plain replay", () => {
  // The rule as first written: full readiness after every change, the last one of each day kept.
  function replay(changes: readonly ChangeEvent[]) {
    const sorted = [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
    const levels: Record<string, Level> = {};
    const byDay = new Map<string, { date: string; junior: number; mid: number; senior: number }>();
    for (const change of sorted) {
      levels[change.skillId] = change.newLevel;
      const r = computeReadiness(levels);
      const date = change.changedAt.toISOString().slice(0, 10);
      byDay.set(date, { date, junior: r.junior.percent, mid: r.mid.percent, senior: r.senior.percent });
    }
    return [...byDay.values()];
  }

  it("gives the same points for random logs, several changes a day and days apart, out of order", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let log = 0; log < 100; log++) {
      const changes: ChangeEvent[] = [];
      let time = Date.parse("2026-01-01T00:00:00Z");
      const count = Math.floor(next() * 40);
      for (let i = 0; i < count; i++) {
        time += Math.floor(next() * (next() < 0.5 ? 3 : 72) * 3_600_000);
        changes.push({ skillId: SKILLS[Math.floor(next() * SKILLS.length)]!.id, newLevel: Math.floor(next() * 4) as Level, changedAt: new Date(time) });
      }
      changes.sort(() => next() - 0.5);
      expect(readinessHistory(changes).slice(1)).toEqual(replay(changes));
    }
  });
});
